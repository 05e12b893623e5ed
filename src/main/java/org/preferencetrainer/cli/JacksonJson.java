package org.preferencetrainer.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
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

    /**
     * The member names in the order the browser gives them, so both readers report problems
     * in one order: JavaScript lists names that are array indexes ("0", "12") first, in
     * ascending order, then the others as they come in the file.
     */
    @Override
    public List<String> keys() {
        List<String> indexes = new ArrayList<>();
        List<String> others = new ArrayList<>();
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            (isArrayIndex(name) ? indexes : others).add(name);
        }
        indexes.sort(Comparator.comparingLong(Long::parseLong));
        indexes.addAll(others);
        return indexes;
    }

    /** Whether ECMAScript counts {@code name} as an array index: 0 to 2^32 - 2, no zero first. */
    static boolean isArrayIndex(String name) {
        if (name.isEmpty() || name.length() > 10 || (name.length() > 1 && name.charAt(0) == '0')) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            if (name.charAt(i) < '0' || name.charAt(i) > '9') {
                return false;
            }
        }
        return Long.parseLong(name) <= 4_294_967_294L;
    }
}
