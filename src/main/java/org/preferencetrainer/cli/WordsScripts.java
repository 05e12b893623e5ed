package org.preferencetrainer.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.preferencetrainer.content.UiText;

/**
 * Writes the widget's own words in each language but English as scripts for the browser
 * builds, {@code preference-trainer-words-es.js} and so on, from the same tables the JVM tools
 * use. The engines carry English only; the loader fetches a language's script the first time a
 * widget on the page speaks it. The build runs this before it lays out {@code target/dist/}:
 *
 * <pre>
 * java org.preferencetrainer.cli.WordsScripts target/dist
 * </pre>
 */
public final class WordsScripts {
    private static final ObjectMapper JSON = new ObjectMapper();

    private WordsScripts() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("Give the folder to write the scripts into.");
        }
        Path folder = Path.of(args[0]);
        Files.createDirectories(folder);
        for (String language : UiText.LANGUAGES) {
            String[][] table = UiText.bundled(language);
            if (table != null) {
                Files.writeString(folder.resolve(fileName(language)), script(language, table),
                        StandardCharsets.UTF_8);
            }
        }
    }

    /** The script's name for {@code language}, beside the loader. */
    static String fileName(String language) {
        return "preference-trainer-words-" + language + ".js";
    }

    /**
     * The script that hands {@code table} to the loader:
     * {@code PreferenceTrainer._words("es", [["start", "Comenzar"], ...]);}.
     */
    static String script(String language, String[][] table) throws JsonProcessingException {
        // JSON is JavaScript but for two line separators, which older engines end a string at
        String pairs = JSON.writeValueAsString(table)
                .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029");
        return "PreferenceTrainer._words(" + JSON.writeValueAsString(language) + "," + pairs
                + ");\n";
    }
}
