package org.preferencetrainer.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.preferencetrainer.content.Pack;
import org.preferencetrainer.content.PackProblem;
import org.preferencetrainer.content.PackReader;
import org.preferencetrainer.content.PackResult;
import org.preferencetrainer.content.UiText;

/**
 * A pack file read on the JVM: Jackson parses it, {@link PackReader} checks it, as the widget
 * does with the browser's parser. What cannot even be parsed (a missing file, one over 2 MB,
 * broken JSON) is told apart from a pack that breaks the format's rules.
 */
public final class PackFile {
    /** The largest pack, as in the widget: 2 MB. */
    public static final long MAX_BYTES = 2L * 1024 * 1024;

    /**
     * Jackson stops at 1000 levels of nesting and at field names of 50,000 characters by
     * default, where the browser's JSON.parse takes any: both are allowed here up to what fits
     * in 2 MB, so that both readers name the same problems (Jackson builds its tree without
     * recursion). Numbers keep Jackson's limit of 1000 characters, which no pack needs, and
     * get their own message.
     */
    private static final ObjectMapper MAPPER = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth((int) MAX_BYTES).maxNameLength((int) MAX_BYTES).build())
            .build())
            // JSON.parse refuses anything after the value, so the JVM refuses it too
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private final Path path;
    private final String unreadable;
    private final PackResult result;

    private PackFile(Path path, String unreadable, PackResult result) {
        this.path = path;
        this.unreadable = unreadable;
        this.result = result;
    }

    /** Reads and checks the pack at {@code path}; never throws for a bad file. */
    public static PackFile read(Path path) {
        byte[] bytes;
        try {
            if (Files.isDirectory(path)) {
                return unreadable(path, "is a folder, not a pack file");
            }
            long size = Files.size(path);
            if (size > MAX_BYTES) {
                return unreadable(path, "is " + megabytes(size) + " MB; a pack is at most 2 MB");
            }
            bytes = Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            return unreadable(path, "no such file");
        } catch (IOException e) {
            return unreadable(path, "cannot be read (" + e.getMessage() + ")");
        }
        return parse(path, bytes);
    }

    /**
     * Parses and checks a file's bytes, as {@link #read(Path)} does once it has them;
     * {@code path} names the file in the report. Never throws for bad bytes.
     */
    public static PackFile parse(Path path, byte[] bytes) {
        try {
            // JSON is UTF-8; decoding strictly turns a wrong encoding into a clear message
            StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes));
        } catch (CharacterCodingException e) {
            return unreadable(path, "is not UTF-8 text; save it as UTF-8");
        }
        JsonNode root;
        try {
            root = MAPPER.readTree(bytes);
        } catch (StreamConstraintsException e) {
            return unreadable(path, where(e.getLocation()) + "a number longer than "
                    + StreamReadConstraints.DEFAULT_MAX_NUM_LEN + " characters; no pack needs"
                    + " one so long");
        } catch (JsonProcessingException e) {
            return unreadable(path, where(e.getLocation()) + "not valid JSON: "
                    + e.getOriginalMessage().replace('\n', ' '));
        } catch (IOException e) {
            return unreadable(path, "cannot be read (" + e.getMessage() + ")");
        }
        if (root == null || root.isMissingNode()) {
            return unreadable(path, "is empty; a pack is a JSON object {...}");
        }
        return new PackFile(path, null, PackReader.read(new JacksonJson(root)));
    }

    private static PackFile unreadable(Path path, String why) {
        return new PackFile(path, why, null);
    }

    private static String where(JsonLocation location) {
        return location == null || location.getLineNr() < 1 ? ""
                : "line " + location.getLineNr() + ", column " + location.getColumnNr() + ": ";
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f", bytes / (1024.0 * 1024.0));
    }

    public Path path() {
        return path;
    }

    /** Whether the file is a pack that keeps every rule. */
    public boolean isValid() {
        return result != null && result.isValid();
    }

    /** The pack; null unless {@link #isValid()}. */
    public Pack pack() {
        return result == null ? null : result.pack();
    }

    /** What reading the pack gave; null when the file could not be parsed at all. */
    public PackResult result() {
        return result;
    }

    /**
     * What is wrong, one line each, as the command line prints them: {@code FILE: PATH: MESSAGE},
     * or {@code FILE: MESSAGE} for the file as a whole. Empty for a valid pack.
     */
    public List<String> report(UiText text) {
        List<String> lines = new ArrayList<>();
        if (unreadable != null) {
            lines.add(path + ": " + unreadable);
            return lines;
        }
        for (PackProblem problem : result.problems()) {
            lines.add(path + ": " + problem.describe(text));
        }
        return lines;
    }
}
