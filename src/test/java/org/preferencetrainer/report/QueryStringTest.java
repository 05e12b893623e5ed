package org.preferencetrainer.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.junit.jupiter.api.Test;

class QueryStringTest {
    @Test
    void decodesATinCanLaunchQuery() {
        Map<String, String> query = QueryString.parse("?endpoint=http%3A%2F%2Flrs%2FxAPI%2F"
                + "&actor=%7B%22name%22%3A%22Zo%C3%AB+M%22%7D&auth=Basic%20a2V5&seed=&flag"
                + "&seed=4");

        assertEquals("http://lrs/xAPI/", query.get("endpoint"));
        assertEquals("{\"name\":\"Zoë M\"}", query.get("actor"));
        assertEquals("Basic a2V5", query.get("auth"));
        assertEquals("", query.get("seed"), "the first value of a repeated key counts");
        assertEquals("", query.get("flag"));
    }

    @Test
    void unescapedTextPassesThrough() {
        assertEquals("ë/日本", QueryString.parse("x=ë/日本").get("x"));
        assertEquals(Map.of(), QueryString.parse(""));
    }

    @Test
    void aBrokenEscapeNamesTheParameter() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> QueryString.parse("actor=%7B%2"));

        assertEquals("launch parameter actor has a broken escape at \"%2\"", error.getMessage());
    }

    @Test
    void escapedUtf8DecodesToTheSameTextAsTheJdk() {
        for (String text : new String[] {"Zoë", "日本語", "a😀b", "€ 5", "\u0000\u007f\u0080\u07ff"
                + "\u0800\uffff", "\ud800\udc00\udbff\udfff"}) {
            String escaped = java.net.URLEncoder.encode(text,
                    java.nio.charset.StandardCharsets.UTF_8);
            assertEquals(text, QueryString.parse("x=" + escaped).get("x"), escaped);
        }
    }

    @Test
    void bytesThatAreNotUtf8BecomeReplacementCharacters() {
        assertEquals("a\ufffdb", QueryString.parse("x=a%FFb").get("x"));
        assertEquals("\ufffd", QueryString.parse("x=%C3").get("x"), "a sequence cut short");
        assertEquals("\ufffdA", QueryString.parse("x=%C3%41").get("x"), "a bad continuation");
        assertEquals("\ufffd\ufffd", QueryString.parse("x=%C0%80").get("x"), "an overlong zero");
        assertEquals("\ufffd\ufffd\ufffd", QueryString.parse("x=%ED%A0%80").get("x"),
                "a lone surrogate");
        assertEquals("\ufffd\ufffd\ufffd", QueryString.parse("x=%F4%90%80").get("x"),
                "beyond U+10FFFF");
    }

    @Test
    void aBrokenEscapeInANameNamesTheNameAloneNotTheValueBesideIt() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> QueryString.parse("auth%zz=Basic%20c2VjcmV0&actor=x"));

        assertEquals("launch parameter auth%zz has a broken escape at \"%zz\"",
                error.getMessage());
    }
}
