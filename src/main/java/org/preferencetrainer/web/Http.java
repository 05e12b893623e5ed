package org.preferencetrainer.web;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;

/**
 * HTTP requests with the browser's {@code fetch}. Every request ends in one call of its
 * {@link Answer}: the status and body text, or status 0 and the browser's message when no
 * answer came (offline, refused connection, CORS failure).
 */
final class Http {
    private Http() {
    }

    @JSFunctor
    interface Answer extends JSObject {
        void answer(int status, String body);
    }

    /**
     * Sends a request.
     *
     * @param headers header names to values (a plain object)
     * @param body the body text, or null for none
     * @param keepalive whether the request may outlive the page (a page being left)
     */
    @JSBody(params = {"method", "url", "headers", "body", "keepalive", "answer"},
            script = "var done = false, settle = function (status, text) {"
            + " if (!done) { done = true; answer(status, text); } };"
            + "try { fetch(url, { method: method, headers: headers, body: body,"
            + " keepalive: keepalive, credentials: 'omit', cache: 'no-store' })"
            + ".then(function (r) { return r.text().then(function (t) { settle(r.status, t); },"
            + " function () { settle(r.status, ''); }); },"
            + " function (e) { settle(0, String(e && e.message || e)); });"
            + "} catch (e) { settle(0, String(e && e.message || e)); }")
    static native void send(String method, String url, JSObject headers, String body,
            boolean keepalive, Answer answer);

    /** The xAPI headers, with Authorization when {@code auth} is not null. */
    static JSObject xapiHeaders(String auth) {
        JSObject headers = Js.newObject();
        Js.setString(headers, "X-Experience-API-Version", "1.0.3");
        if (auth != null) {
            Js.setString(headers, "Authorization", auth);
        }
        return headers;
    }

    /** {@code encodeURIComponent}. */
    @JSBody(params = "text", script = "return encodeURIComponent(text);")
    static native String encode(String text);
}
