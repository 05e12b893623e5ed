package org.preferencetrainer.web;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * The few JavaScript one-liners the widget needs that the JSO APIs do not offer. Each takes and
 * returns plain values, so it behaves the same in the JavaScript and the WebAssembly build.
 */
final class Js {
    private Js() {
    }

    /** {@code object[key]} as text, or null where it is missing, null or empty. */
    @JSBody(params = {"object", "key"}, script = "var v = object == null ? null : object[key];"
            + "return v == null || v === '' ? null : String(v);")
    static native String string(JSObject object, String key);

    /** {@code object[key]} as a number, or NaN where it is missing or not a number. */
    @JSBody(params = {"object", "key"}, script = "var v = object == null ? null : object[key];"
            + "if (v == null || v === '') return NaN; v = Number(v); return v;")
    static native double number(JSObject object, String key);

    /**
     * The language of the page around {@code element}: the nearest {@code lang} attribute, or
     * null where the page sets none.
     */
    @JSBody(params = "element", script = "var e = element && element.closest"
            + " ? element.closest('[lang]') : null;"
            + "var l = e ? e.getAttribute('lang') : document.documentElement.getAttribute('lang');"
            + "return l ? l : null;")
    static native String pageLanguage(JSObject element);

    /**
     * The browser's {@code i}-th preferred language ({@code navigator.languages}, else
     * {@code navigator.language} as the only one), or null past the end.
     */
    @JSBody(params = "i", script = "var n = typeof navigator === 'undefined' ? null : navigator;"
            + "var all = n && n.languages && n.languages.length ? n.languages"
            + " : n && n.language ? [n.language] : [];"
            + "return i < all.length ? String(all[i]) : null;")
    static native String browserLanguage(int i);

    /** {@code object[key]} as an object, or null. */
    @JSBody(params = {"object", "key"}, script = "var v = object == null ? null : object[key];"
            + "return v == null ? null : v;")
    static native JSObject member(JSObject object, String key);

    @JSBody(script = "return {};")
    static native JSObject newObject();

    @JSBody(script = "return [];")
    static native JSObject newArray();

    @JSBody(params = {"object", "key", "value"}, script = "object[key] = value;")
    static native void set(JSObject object, String key, JSObject value);

    @JSBody(params = {"object", "key", "value"}, script = "object[key] = value;")
    static native void setString(JSObject object, String key, String value);

    @JSBody(params = {"object", "key", "value"}, script = "object[key] = value;")
    static native void setNumber(JSObject object, String key, double value);

    @JSBody(params = {"object", "key", "value"}, script = "object[key] = value;")
    static native void setBoolean(JSObject object, String key, boolean value);

    @JSBody(params = {"array", "value"}, script = "array.push(value);")
    static native void push(JSObject array, JSObject value);

    @JSBody(params = {"array", "value"}, script = "array.push(value);")
    static native void pushString(JSObject array, String value);

    /**
     * Parses JSON with the browser's own parser. Returns {@code {value}} on success and
     * {@code {error}} with the parser's message on failure, so no exception crosses into Java.
     */
    @JSBody(params = "text", script = "try { return { value: JSON.parse(text) }; }"
            + " catch (e) { return { error: String(e && e.message || e) }; }")
    static native JSObject parseJson(String text);

    @JSBody(params = {"target", "type", "detail"}, script = "var event;"
            + "try { event = new CustomEvent(type, { bubbles: true, composed: true,"
            + " detail: detail }); } catch (e) { event = document.createEvent('CustomEvent');"
            + " event.initCustomEvent(type, true, false, detail); }"
            + "target.dispatchEvent(event);")
    static native void dispatch(JSObject target, String type, JSObject detail);

    /** Calls a host-supplied function with one argument; a failing host cannot break us. */
    @JSBody(params = {"fn", "arg"}, script = "try { fn(arg); } catch (e) {"
            + " if (typeof console !== 'undefined') console.error(e); }")
    static native void call(JSObject fn, JSObject arg);

    /**
     * A number as JavaScript writes it: the shortest text that reads back to the same double,
     * and much cheaper here than Java's Double.toString.
     */
    @JSBody(params = "value", script = "return String(value);")
    static native String numberText(double value);

    /** A whole number written in decimal, as the browser reads it; 0 for anything else. */
    @JSBody(params = "text", script = "var n = parseInt(text, 10); return isNaN(n) ? 0 : n;")
    static native int wholeNumber(String text);

    /** A new SVG element; the HTML document's createElement would make an unknown HTML one. */
    @JSBody(params = "tag", script = "return document.createElementNS("
            + "'http://www.w3.org/2000/svg', tag);")
    static native HTMLElement svg(String tag);

    /** One warning for the host page's developer; the widget's only logging. */
    @JSBody(params = "message", script = "if (typeof console !== 'undefined') {"
            + " console.warn('Preference Trainer: ' + message); }")
    static native void warn(String message);

    /** A seed when the host gives none: different for each page load. */
    @JSBody(script = "return Math.floor(Math.random() * 2147483647);")
    static native double randomSeed();

    @JSBody(params = {"element", "property", "value"},
            script = "element.style.setProperty(property, value);")
    static native void style(JSObject element, String property, String value);
}
