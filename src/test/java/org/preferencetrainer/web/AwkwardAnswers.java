package org.preferencetrainer.web;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Answers a static server cannot give, under /awkward/: a pack that never finishes arriving in
 * time, and one that streams past 2 MB without announcing its length. Each stops by itself.
 */
final class AwkwardAnswers extends Handler.Abstract {
    /** How long /awkward/slow.json keeps the widget waiting. */
    static final long SLOW_MS = 4000;

    /** How much /awkward/endless.json sends, with no Content-Length: 3 MB. */
    static final int ENDLESS_BYTES = 3 * 1024 * 1024;

    @Override
    public boolean handle(Request request, Response response, Callback callback)
            throws Exception {
        String path = Request.getPathInContext(request);
        if (path.equals("/awkward/slow.json")) {
            Thread.sleep(SLOW_MS);
            response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
            Content.Sink.write(response, true, "{}", callback);
            return true;
        }
        if (path.equals("/awkward/endless.json")) {
            response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
            byte[] chunk = ("{\"padding\": \"" + "x".repeat(64 * 1024 - 20) + "\"}\n")
                    .getBytes(StandardCharsets.UTF_8);
            try (OutputStream out = Content.Sink.asOutputStream(response)) {
                for (int sent = 0; sent < ENDLESS_BYTES; sent += chunk.length) {
                    out.write(chunk);
                    out.flush();
                }
            } catch (IOException e) {
                // the widget hung up once it had seen enough, as it should
                callback.failed(e);
                return true;
            }
            callback.succeeded();
            return true;
        }
        return false;
    }
}
