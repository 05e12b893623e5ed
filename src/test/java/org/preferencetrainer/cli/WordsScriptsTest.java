package org.preferencetrainer.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.preferencetrainer.content.UiText;

class WordsScriptsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CALL = "PreferenceTrainer._words(";

    @TempDir
    Path folder;

    /** The table a script hands to the loader, read back as JSON. */
    private static String[][] tableIn(String script) throws Exception {
        assertTrue(script.endsWith(");\n"), script);
        String arguments = script.substring(CALL.length(), script.length() - ");\n".length());
        String pairs = arguments.substring(arguments.indexOf(',') + 1);
        return JSON.readValue(pairs, String[][].class);
    }

    @Test
    void eachLanguageButEnglishGetsAScriptHoldingItsWholeTable() throws Exception {
        WordsScripts.main(new String[] {folder.toString()});

        try (var files = Files.list(folder)) {
            assertEquals(List.of("preference-trainer-words-es.js",
                    "preference-trainer-words-fr.js"),
                    files.map(f -> f.getFileName().toString()).sorted().toList());
        }
        for (String language : List.of("es", "fr")) {
            String script = Files.readString(folder.resolve(WordsScripts.fileName(language)),
                    StandardCharsets.UTF_8);
            assertTrue(script.startsWith(CALL + "\"" + language + "\","), script);
            assertArrayEquals(UiText.bundled(language), tableIn(script), language);
        }
    }

    @Test
    void lineSeparatorsInAWordAreEscapedSoThatAnyEngineParsesTheScript() throws Exception {
        String script = WordsScripts.script("xx", new String[][] {{"k", "a\u2028b\u2029c\"d"}});

        assertFalse(script.contains("\u2028") || script.contains("\u2029"), script);
        assertEquals("a\u2028b\u2029c\"d", tableIn(script)[0][1]);
    }
}
