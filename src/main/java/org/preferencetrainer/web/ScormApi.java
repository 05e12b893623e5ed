package org.preferencetrainer.web;

import java.util.List;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;

/**
 * A SCORM 1.2 LMS's {@code API} object, found the way SCORM 1.2 runtimes expect: in this
 * window, then up its parent frames, then in the window that opened it and that window's
 * parents. Frames of other origins are skipped. Every call passes plain strings, and a call
 * that fails is reported once with the LMS's own error text.
 */
final class ScormApi {
    /** How far up the frames to look; SCORM's own search gives up after a few levels too. */
    private static final int MAX_DEPTH = 10;

    private final JSObject api;
    private boolean warned;

    private ScormApi(JSObject api) {
        this.api = api;
    }

    /** The LMS's API, or null where the page is not inside a SCORM 1.2 LMS. */
    static ScormApi find() {
        JSObject api = search(MAX_DEPTH);
        return api == null ? null : new ScormApi(api);
    }

    @JSBody(params = "depth", script = "function look(win) {"
            + " for (var i = 0; win && i <= depth; i++) {"
            + "  try { if (win.API && typeof win.API.LMSInitialize === 'function') {"
            + "   return win.API; } } catch (e) { }"
            + "  var up; try { up = win.parent; } catch (e) { up = null; }"
            + "  if (!up || up === win) { break; } win = up; }"
            + " return null; }"
            + "var found = look(window); if (found) { return found; }"
            + "var opener; try { opener = window.opener; } catch (e) { opener = null; }"
            + "return opener ? look(opener) : null;")
    private static native JSObject search(int depth);

    @JSBody(params = {"api", "name", "argument"}, script = "try {"
            + " var r = api[name](argument); return r == null ? '' : String(r); }"
            + " catch (e) { return 'error: ' + (e && e.message || e); }")
    private static native String call(JSObject api, String name, String argument);

    @JSBody(params = {"api", "element", "value"}, script = "try {"
            + " return String(api.LMSSetValue(element, value)); }"
            + " catch (e) { return 'error: ' + (e && e.message || e); }")
    private static native String set(JSObject api, String element, String value);

    boolean initialize() {
        return check("LMSInitialize", call(api, "LMSInitialize", ""));
    }

    String get(String element) {
        return call(api, "LMSGetValue", element);
    }

    /** Sets each element and value pair, then commits. */
    void setAll(List<String[]> values) {
        for (String[] pair : values) {
            check("LMSSetValue(" + pair[0] + ")", set(api, pair[0], pair[1]));
        }
        if (!values.isEmpty()) {
            commit();
        }
    }

    void commit() {
        check("LMSCommit", call(api, "LMSCommit", ""));
    }

    void finish() {
        check("LMSFinish", call(api, "LMSFinish", ""));
    }

    /** Whether an API call answered "true"; warns once with the LMS's error otherwise. */
    private boolean check(String what, String result) {
        if ("true".equals(result)) {
            return true;
        }
        if (!warned) {
            warned = true;
            String code = call(api, "LMSGetLastError", "");
            Js.warn("SCORM: " + what + " answered " + result + " (error " + code + ": "
                    + call(api, "LMSGetErrorString", code) + ")");
        }
        return false;
    }
}
