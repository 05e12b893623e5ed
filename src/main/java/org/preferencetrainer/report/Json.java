package org.preferencetrainer.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.preferencetrainer.content.JsonValue;
import org.preferencetrainer.model.Decimal;

/**
 * A JSON object or array being built, written out by {@link #toString()}. Statements are built
 * with it in plain Java, so the same bytes come out on the JVM, in JavaScript and in
 * WebAssembly. Members keep their insertion order.
 */
public final class Json {
    private final Map<String, Object> members;
    private final List<Object> items;

    private Json(boolean array) {
        members = array ? null : new LinkedHashMap<>();
        items = array ? new ArrayList<>() : null;
    }

    public static Json object() {
        return new Json(false);
    }

    public static Json array() {
        return new Json(true);
    }

    /** A deep copy of a parsed value: an object or array becomes a Json, a number a JsonNumber. */
    public static Object copyOf(JsonValue value) {
        switch (value.kind()) {
            case OBJECT:
                Json object = object();
                for (String key : value.keys()) {
                    object.members.put(key, copyOf(value.get(key)));
                }
                return object;
            case ARRAY:
                Json array = array();
                for (int i = 0; i < value.size(); i++) {
                    array.items.add(copyOf(value.at(i)));
                }
                return array;
            case STRING:
                return value.asString();
            case NUMBER:
                return new JsonNumber(value.asNumber());
            case BOOLEAN:
                return value.asBoolean();
            default:
                return null;
        }
    }

    /** Sets a member of an object to a number. */
    public Json put(String key, double value) {
        return put(key, new JsonNumber(value));
    }

    /** Sets a member of an object; {@code value} is a String, Number, Boolean, Json or null. */
    public Json put(String key, Object value) {
        if (members == null) {
            throw new IllegalStateException("put(\"" + key + "\") on a JSON array");
        }
        members.put(key, value);
        return this;
    }

    /** Appends an item to an array. */
    public Json add(Object value) {
        if (items == null) {
            throw new IllegalStateException("add() on a JSON object");
        }
        items.add(value);
        return this;
    }

    public boolean isArray() {
        return items != null;
    }

    /** A member of an object, or null. */
    public Object get(String key) {
        return members == null ? null : members.get(key);
    }

    /** The member called {@code key}, made an object first if it is not one. */
    public Json objectAt(String key) {
        Object member = get(key);
        if (member instanceof Json && !((Json) member).isArray()) {
            return (Json) member;
        }
        Json object = object();
        put(key, object);
        return object;
    }

    /** The member called {@code key}, made an array first if it is not one. */
    public Json arrayAt(String key) {
        Object member = get(key);
        if (member instanceof Json && ((Json) member).isArray()) {
            return (Json) member;
        }
        Json array = array();
        put(key, array);
        return array;
    }

    /** The items of an array. */
    public List<Object> items() {
        return items == null ? List.of() : items;
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder();
        write(out, this);
        return out.toString();
    }

    private static void write(StringBuilder out, Object value) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof String) {
            quote(out, (String) value);
        } else if (value instanceof Boolean) {
            out.append(((Boolean) value) ? "true" : "false");
        } else if (value instanceof JsonNumber) {
            out.append(number(((JsonNumber) value).value));
        } else if (value instanceof Number) {
            out.append(number(((Number) value).doubleValue()));
        } else if (((Json) value).isArray()) {
            out.append('[');
            List<Object> items = ((Json) value).items;
            for (int i = 0; i < items.size(); i++) {
                out.append(i == 0 ? "" : ",");
                write(out, items.get(i));
            }
            out.append(']');
        } else {
            out.append('{');
            boolean first = true;
            for (Map.Entry<String, Object> member : ((Json) value).members.entrySet()) {
                out.append(first ? "" : ",");
                first = false;
                quote(out, member.getKey());
                out.append(':');
                write(out, member.getValue());
            }
            out.append('}');
        }
    }

    /** Whole numbers without a fraction (3, not 3.0); others as {@link Decimal} writes them. */
    static String number(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            throw new IllegalArgumentException("JSON has no " + Decimal.text(value));
        }
        return Decimal.text(value);
    }

    private static void quote(StringBuilder out, String text) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"':
                    out.append("\\\"");
                    break;
                case '\\':
                    out.append("\\\\");
                    break;
                case '\n':
                    out.append("\\n");
                    break;
                case '\r':
                    out.append("\\r");
                    break;
                case '\t':
                    out.append("\\t");
                    break;
                default:
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        String hex = Integer.toHexString(c);
                        out.append("\\u");
                        for (int pad = hex.length(); pad < 4; pad++) {
                            out.append('0');
                        }
                        out.append(hex);
                    } else {
                        out.append(c);
                    }
            }
        }
        out.append('"');
    }

    /**
     * A number held by a Json: not a boxed Double, because a Double in any collection would
     * bring Java's double formatter into the browser bundle.
     */
    private static final class JsonNumber {
        final double value;

        JsonNumber(double value) {
            this.value = value;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof JsonNumber
                    && Double.compare(((JsonNumber) other).value, value) == 0;
        }

        @Override
        public int hashCode() {
            return Double.hashCode(value);
        }
    }
}
