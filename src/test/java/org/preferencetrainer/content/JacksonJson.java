package org.preferencetrainer.content;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/** Jackson's tree seen as a {@link JsonValue}: how the JVM side reads packs. */
public final class JacksonJson implements JsonValue {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final JsonNode node;

    public JacksonJson(JsonNode node) {
        this.node = node;
    }

    public static JacksonJson parse(String text) {
        try {
            return new JacksonJson(MAPPER.readTree(text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a pack file; fails the test with the problems if it is not valid. */
    public static Pack pack(Path file) {
        try {
            PackResult result = PackReader.read(parse(Files.readString(file)));
            if (!result.isValid()) {
                throw new AssertionError(file + " is not a valid pack: " + result.problems());
            }
            return result.pack();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The shipped pack of the given language, from the project's content folder. */
    public static Pack shipped(String language) {
        return pack(Path.of(System.getProperty("content.dir", "content"), language + ".json"));
    }

    @Override
    public Kind kind() {
        switch (node.getNodeType()) {
            case OBJECT:
                return Kind.OBJECT;
            case ARRAY:
                return Kind.ARRAY;
            case STRING:
                return Kind.STRING;
            case NUMBER:
                return Kind.NUMBER;
            case BOOLEAN:
                return Kind.BOOLEAN;
            default:
                return Kind.NULL;
        }
    }

    @Override
    public String asString() {
        return node.textValue();
    }

    @Override
    public double asNumber() {
        return node.doubleValue();
    }

    @Override
    public boolean asBoolean() {
        return node.booleanValue();
    }

    @Override
    public int size() {
        return node.size();
    }

    @Override
    public JsonValue at(int index) {
        return new JacksonJson(node.get(index));
    }

    @Override
    public JsonValue get(String key) {
        JsonNode member = node.get(key);
        return member == null ? null : new JacksonJson(member);
    }

    @Override
    public List<String> keys() {
        List<String> keys = new ArrayList<>();
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            keys.add(names.next());
        }
        return keys;
    }
}
