package org.preferencetrainer.web;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;

/**
 * The page around the widget, for reporting: its address, storage, clock, randomness, timers
 * and the moment it is hidden or left. Storage calls swallow the errors browsers raise where
 * storage is off (private modes, sandboxed frames), and report failure instead.
 */
final class Page {
    private Page() {
    }

    /** A callback from the page. */
    @JSFunctor
    interface Callback extends JSObject {
        void run();
    }

    /** The page's query string, with its {@code ?}; empty when it has none. */
    @JSBody(script = "return String(window.location.search || '');")
    static native String search();

    /** The page's address without query or fragment. */
    @JSBody(script = "return String(window.location.href).split('#')[0].split('?')[0];")
    static native String address();

    /** {@code localStorage[key]}, or null where there is none or storage is off. */
    @JSBody(params = "key", script = "try { return window.localStorage.getItem(key); }"
            + " catch (e) { return null; }")
    static native String load(String key);

    /** Stores {@code value} under {@code key}; false where storage is off or full. */
    @JSBody(params = {"key", "value"}, script = "try { window.localStorage.setItem(key, value);"
            + " return true; } catch (e) { return false; }")
    static native boolean store(String key, String value);

    @JSBody(params = "key", script = "try { window.localStorage.removeItem(key); } catch (e) {}")
    static native void forget(String key);

    /** Milliseconds since 1970-01-01 UTC. */
    @JSBody(script = "return Date.now();")
    static native double now();

    /** The learner's offset from UTC in minutes east (JavaScript counts it west). */
    @JSBody(script = "return -new Date().getTimezoneOffset();")
    static native int offsetMinutes();

    /** 32 random hexadecimal digits, from the browser's cryptographic generator. */
    @JSBody(script = "var b = new Uint8Array(16), c = window.crypto || window.msCrypto, s = '';"
            + "if (c && c.getRandomValues) { c.getRandomValues(b); } else {"
            + " for (var i = 0; i < 16; i++) { b[i] = Math.floor(Math.random() * 256); } }"
            + "for (var j = 0; j < 16; j++) { s += (b[j] < 16 ? '0' : '') + b[j].toString(16); }"
            + "return s;")
    static native String randomHex();

    /** Runs {@code callback} after {@code millis}; returns the timer's id. */
    @JSBody(params = {"callback", "millis"}, script = "return window.setTimeout(function () {"
            + " callback(); }, millis);")
    static native int later(Callback callback, int millis);

    @JSBody(params = "id", script = "window.clearTimeout(id);")
    static native void cancel(int id);

    /** Runs {@code callback} each time the page is hidden: another tab, minimised, or left. */
    @JSBody(params = "callback", script = "document.addEventListener('visibilitychange',"
            + " function () { if (document.visibilityState === 'hidden') { callback(); } });")
    static native void onHidden(Callback callback);

    /** Runs {@code callback} when the page is left: closed, reloaded or navigated away. */
    @JSBody(params = "callback", script = "window.addEventListener('pagehide', function () {"
            + " callback(); });")
    static native void onLeave(Callback callback);

    /** Runs {@code callback} when the browser comes back online. */
    @JSBody(params = "callback", script = "window.addEventListener('online', function () {"
            + " callback(); });")
    static native void onOnline(Callback callback);
}
