package org.preferencetrainer.content;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.preferencetrainer.cli.JacksonJson;
import org.preferencetrainer.cli.PackFile;

/** Packs for tests: JSON text parsed as the JVM tools parse it, and the shipped packs. */
public final class Packs {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Packs() {
    }

    /** JSON text as a {@link JsonValue}, parsed by Jackson. */
    public static JsonValue json(String text) {
        try {
            return new JacksonJson(MAPPER.readTree(text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a pack file; fails the test with the problems if it is not valid. */
    public static Pack pack(Path file) {
        PackFile read = PackFile.read(file);
        if (!read.isValid()) {
            throw new AssertionError(file + " is not a valid pack: "
                    + read.report(UiText.english()));
        }
        return read.pack();
    }

    /** The project's content folder, where the shipped packs are. */
    public static Path contentDir() {
        return Path.of(System.getProperty("content.dir", "content"));
    }

    /** The shipped pack of the given language. */
    public static Pack shipped(String language) {
        return pack(contentDir().resolve(language + ".json"));
    }
}
