package org.preferencetrainer.web;

import java.util.ArrayList;
import java.util.List;
import org.preferencetrainer.content.JsonValue;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;

/** A value from the browser's {@code JSON.parse}, seen as a {@link JsonValue}. */
final class JsJson implements JsonValue {
    /** The kinds in the order {@link #kindOf} numbers them. */
    private static final Kind[] KINDS = {Kind.NULL, Kind.ARRAY, Kind.STRING, Kind.NUMBER,
        Kind.BOOLEAN, Kind.OBJECT};

    private final JSObject value;
    private final Kind kind;

    JsJson(JSObject value) {
        this.value = value;
        this.kind = KINDS[kindOf(value)];
    }

    /**
     * Parses JSON text with the browser's parser.
     *
     * @throws IllegalArgumentException with the parser's message, for text that is not JSON
     */
    static JsJson parse(String text) {
        JSObject parsed = Js.parseJson(text);
        String error = Js.string(parsed, "error");
        if (error != null) {
            throw new IllegalArgumentException(error);
        }
        return new JsJson(Js.member(parsed, "value"));
    }

    @Override
    public Kind kind() {
        return kind;
    }

    @Override
    public String asString() {
        return asText(value);
    }

    @Override
    public double asNumber() {
        return asDouble(value);
    }

    @Override
    public boolean asBoolean() {
        return asBool(value);
    }

    @Override
    public int size() {
        return kind == Kind.OBJECT ? keyCount(value) : length(value);
    }

    @Override
    public JsonValue at(int index) {
        return new JsJson(item(value, index));
    }

    @Override
    public boolean has(String key) {
        return has(value, key);
    }

    @Override
    public JsonValue get(String key) {
        return has(value, key) ? new JsJson(member(value, key)) : null;
    }

    @Override
    public List<String> keys() {
        String[] names = keysOf(value);
        List<String> keys = new ArrayList<>(names.length);
        for (String name : names) {
            keys.add(name);
        }
        return keys;
    }

    /** The kind as a number, an index into KINDS: cheaper to cross into Java than a name. */
    @JSBody(params = "v", script = "if (v === null || v === undefined) return 0;"
            + "if (Array.isArray(v)) return 1;"
            + "var t = typeof v; return t === 'string' ? 2 : t === 'number' ? 3"
            + " : t === 'boolean' ? 4 : 5;")
    private static native int kindOf(JSObject v);

    @JSBody(params = "v", script = "return v;")
    private static native String asText(JSObject v);

    @JSBody(params = "v", script = "return v;")
    private static native double asDouble(JSObject v);

    @JSBody(params = "v", script = "return v;")
    private static native boolean asBool(JSObject v);

    @JSBody(params = "v", script = "return Object.keys(v).length;")
    private static native int keyCount(JSObject v);

    @JSBody(params = "v", script = "return v.length;")
    private static native int length(JSObject v);

    @JSBody(params = {"v", "i"}, script = "return v[i];")
    private static native JSObject item(JSObject v, int i);

    @JSBody(params = {"v", "k"}, script = "return Object.prototype.hasOwnProperty.call(v, k);")
    private static native boolean has(JSObject v, String k);

    @JSBody(params = {"v", "k"}, script = "return v[k];")
    private static native JSObject member(JSObject v, String k);

    @JSBody(params = "v", script = "return Object.keys(v);")
    private static native String[] keysOf(JSObject v);
}
