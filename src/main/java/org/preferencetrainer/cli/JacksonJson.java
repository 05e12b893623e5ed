package org.preferencetrainer.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.preferencetrainer.content.JsonValue;

/**
 * Jackson's tree seen as a {@link JsonValue}: how the JVM tools hand a parsed file to
 * {@link org.preferencetrainer.content.PackReader}, as the browser hands it the result of
 * {@code JSON.parse}.
 */
public final class JacksonJson implements JsonValue {
    private final JsonNode node;

    public JacksonJson(JsonNode node) {
        this.node = node;
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
    public boolean has(String key) {
        return node.has(key);
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
