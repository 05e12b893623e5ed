package org.preferencetrainer.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.preferencetrainer.content.Pack;
import org.preferencetrainer.content.PackProblem;
import org.preferencetrainer.content.PackReader;
import org.preferencetrainer.content.PackResult;

/**
 * A pack for a command to work on: a file read with Jackson and checked by {@link PackReader},
 * as the widget checks it, or the built-in English pack. Either a pack or the lines that say
 * what is wrong, each starting with where.
 */
final class PackSource {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Pack pack;
    private final List<String> problems;

    private PackSource(Pack pack, List<String> problems) {
        this.pack = pack;
        this.problems = List.copyOf(problems);
    }

    /** content/en.json, which the build puts on the class path. */
    private static final String BUILT_IN = "/org/preferencetrainer/content/en.json";

    /** The built-in pack, the one the widget plays with no {@code src}. */
    static PackSource builtIn() {
        try (InputStream in = PackSource.class.getResourceAsStream(BUILT_IN)) {
            if (in == null) {
                throw new IllegalStateException("the built-in pack " + BUILT_IN
                        + " is missing from the class path");
            }
            return parse("the built-in pack", new String(in.readAllBytes(),
                    StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The pack in a file; never throws for a bad file. */
    static PackSource read(Path path) {
        String text;
        try {
            text = Files.readString(path);
        } catch (NoSuchFileException e) {
            return failed(path + ": no such file");
        } catch (IOException e) {
            return failed(path + ": cannot be read (" + e.getMessage() + ")");
        }
        return parse(path.toString(), text);
    }

    private static PackSource parse(String where, String text) {
        JsonNode root;
        try {
            root = MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            return failed(where + ": not valid JSON: " + e.getOriginalMessage());
        }
        if (root == null || root.isMissingNode()) {
            return failed(where + ": is empty; a pack is a JSON object {...}");
        }
        PackResult result = PackReader.read(new JacksonJson(root));
        List<String> problems = new ArrayList<>();
        for (PackProblem problem : result.problems()) {
            problems.add(where + ": " + problem);
        }
        return new PackSource(result.isValid() ? result.pack() : null, problems);
    }

    private static PackSource failed(String problem) {
        return new PackSource(null, List.of(problem));
    }

    /** The pack, or null if it could not be read or breaks a rule. */
    Pack pack() {
        return pack;
    }

    /** What is wrong, one line each; empty for a good pack. */
    List<String> problems() {
        return problems;
    }
}
