package org.preferencetrainer.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The hand-written checks for ids, language tags and markup, case by case, each held to the
 * pattern the JSON Schema states for the same rule.
 */
class PlainTextTest {
    private static final JsonNode SCHEMA = schema();
    private static final JsonNode DEFS = SCHEMA.get("$defs");

    private static JsonNode schema() {
        try {
            return new ObjectMapper().readTree(PackSchemaTest.SCHEMA.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Pattern schemaPattern(JsonNode node) {
        return Pattern.compile(node.get("pattern").textValue());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "Plain words.|-",
        "3 < 4 and 5 > 2|-",
        "x<y and y>z|<y and y>",
        "I <3 tea|-",
        "salt & pepper, AT&T|-",
        "&nbsp;|&nbsp;",
        "caf&#233;|&#233;",
        "caf&#xE9;|&#xE9;",
        "R&D; and more|&D;",
        "<b>bold</b>|<b>",
        "</p>|</p>",
        "<a href=\"https://example.org\">link</a>|<a href=\"https://example.org\">",
        "before <!-- a comment|<!--",
        "an arrow -> here|-",
        "< b >|-",
        "&#;|-",
        "&#x;|-",
        "unclosed <b|-",
    })
    void markupIsFoundWhereTheSchemaFindsIt(String text, String expected) {
        String found = PlainText.markup(text);

        assertEquals(expected, found);
        Matcher matcher = schemaPattern(DEFS.get("markup")).matcher(text);
        assertEquals(expected != null, matcher.find(), "the schema's pattern on " + text);
        if (expected != null) {
            assertEquals(expected, matcher.group());
        }
    }

    @ParameterizedTest
    @CsvSource({"clarity,true", "q-1,true", "42,true", "-q,false", "Clarity,false", "a_b,false",
        "'',false", "a b,false", "é,false",
        "a234567890123456789012345678901234567890123456789012345678901234,true",
        "a2345678901234567890123456789012345678901234567890123456789012345,false"})
    void idsFollowTheSchemasPattern(String id, boolean valid) {
        assertEquals(valid, PlainText.isId(id));
        assertEquals(valid, schemaPattern(DEFS.get("id")).matcher(id).find());
    }

    @ParameterizedTest
    @CsvSource({"en,true", "fr-CA,true", "zh-Hant-TW,true", "pt-BR,true", "EN,true",
        "english,false", "e,false", "en_GB,false", "en-,false", "-en,false", "en--GB,false",
        "en-abcdefghi,false", "'',false"})
    void languageTagsFollowTheSchemasPattern(String tag, boolean valid) {
        assertEquals(valid, PlainText.isLanguageTag(tag));
        assertEquals(valid, schemaPattern(SCHEMA.get("properties").get("language"))
                .matcher(tag).find());
    }
}
