package org.preferencetrainer.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.preferencetrainer.content.Packs;

class JsonTest {
    @Test
    void writesWhatJsonParsersReadBack() {
        Json json = Json.object().put("text", "quote \" slash \\ line\n tab\t \u0001 é")
                .put("whole", 3).put("fraction", 0.75).put("yes", true).put("none", null)
                .put("list", Json.array().add("a").add(Json.object()));

        String text = json.toString();

        assertEquals("{\"text\":\"quote \\\" slash \\\\ line\\n tab\\t \\u0001 é\",\"whole\":3,"
                + "\"fraction\":0.75,\"yes\":true,\"none\":null,\"list\":[\"a\",{}]}", text);
        assertEquals("quote \" slash \\ line\n tab\t \u0001 é",
                Packs.json(text).get("text").asString());
    }

    @Test
    void aParsedValueIsCopiedDeeply() {
        String text = "{\"a\":[1,2.5,\"x\",false,null,{\"b\":{}}]}";

        assertEquals(text, Json.copyOf(Packs.json(text)).toString());
    }
}
