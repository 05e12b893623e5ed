package org.preferencetrainer.web;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.util.Callback;

/**
 * A proxy on 127.0.0.1 in front of the real {@link Lrs} that does to statement PUTs what bad
 * networks and bad days do: it follows a script, one {@link Fault} for each PUT in turn, and
 * passes everything through unchanged once the script is used up, so every test ends. Other
 * requests (CORS preflights, reads) always pass. It counts what it saw and did.
 */
final class FaultyLrsProxy implements AutoCloseable {
    /** What happens to one PUT. */
    enum Fault {
        /** Passed to the LRS and its answer back. */
        PASS,
        /** The connection is closed at once; the LRS never sees the request. */
        DROP,
        /** Passed on after 1.5 s. */
        DELAY,
        /** Answered 500 Internal Server Error; the LRS never sees it. */
        STATUS_500,
        /** Answered 503 Service Unavailable; the LRS never sees it. */
        STATUS_503,
        /** Answered 401 Unauthorized; the LRS never sees it. */
        STATUS_401,
        /** Passed to the LRS, which stores it; then the connection is closed unanswered. */
        CUT_AFTER_STORE,
        /** Passed to the LRS; half of its answer goes back before the connection is cut. */
        CUT_MID_ANSWER
    }

    private static final Set<String> NOT_FORWARDED = Set.of("host", "connection",
            "content-length", "expect", "upgrade", "keep-alive", "transfer-encoding");

    private final Server server;
    private final String lrs;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final Deque<Fault> script = new ArrayDeque<>();
    private boolean down;
    private String only;
    private final Map<Fault, Integer> injected = new EnumMap<>(Fault.class);
    private final Map<String, Integer> attempts = new LinkedHashMap<>();
    private final List<String> forwarded = new ArrayList<>();

    private FaultyLrsProxy(Server server, String lrs) {
        this.server = server;
        this.lrs = lrs;
    }

    static FaultyLrsProxy start(Lrs lrs) throws Exception {
        Server server = DistServer.loopback(0);
        FaultyLrsProxy proxy = new FaultyLrsProxy(server, lrs.endpoint());
        server.setHandler(new Handler.Abstract() {
            @Override
            public boolean handle(Request request, Response response, Callback callback)
                    throws Exception {
                proxy.handle(request, response, callback);
                return true;
            }
        });
        server.start();
        return proxy;
    }

    /** The xAPI endpoint to launch the widget with. */
    String endpoint() {
        return DistServer.rootUrl(server) + "xAPI/";
    }

    /** Adds faults to the script, for the next PUTs in turn. */
    synchronized void then(Fault... faults) {
        script.addAll(List.of(faults));
    }

    /**
     * Keeps the script for PUTs whose statement holds {@code marker} (a registration, say);
     * others pass, such as a page's last statements from an earlier test. Null: for all.
     */
    synchronized void onlyFor(String marker) {
        only = marker;
    }

    /** While down, every PUT is dropped, on top of the script (which waits). */
    synchronized void down(boolean down) {
        this.down = down;
    }

    /** The faults of the script not used yet. */
    synchronized int scriptLeft() {
        return script.size();
    }

    /** How many of each fault were done, PASS included. */
    synchronized Map<Fault, Integer> injected() {
        return new EnumMap<>(injected);
    }

    /** Statement ids in the order their first PUT arrived, each with the number of PUTs. */
    synchronized Map<String, Integer> attempts() {
        return new LinkedHashMap<>(attempts);
    }

    /** Ids of the PUTs passed on to the LRS, as many times as each was. */
    synchronized List<String> forwarded() {
        return new ArrayList<>(forwarded);
    }

    /** Every PUT seen, faulty or not. */
    synchronized int puts() {
        return attempts.values().stream().mapToInt(Integer::intValue).sum();
    }

    private synchronized Fault next(String id, String body) {
        attempts.merge(id, 1, Integer::sum);
        boolean scripted = only == null || body.contains(only);
        Fault fault = down ? Fault.DROP : script.isEmpty() || !scripted ? Fault.PASS
                : script.poll();
        injected.merge(fault, 1, Integer::sum);
        if (fault == Fault.PASS || fault == Fault.DELAY || fault == Fault.CUT_AFTER_STORE
                || fault == Fault.CUT_MID_ANSWER) {
            forwarded.add(id);
        }
        return fault;
    }

    private void handle(Request request, Response response, Callback callback) throws Exception {
        String path = request.getHttpURI().getPath();
        String query = request.getHttpURI().getQuery();
        String body = Content.Source.asString(request, StandardCharsets.UTF_8);
        if (!request.getMethod().equals("PUT")) {
            forward(path, query, body, request, response, callback);
            return;
        }
        String id = String.valueOf(Request.extractQueryParameters(request)
                .getValue("statementId"));
        switch (next(id, body)) {
            case DROP:
                cut(request, callback);
                return;
            case DELAY:
                Thread.sleep(1500);
                break;
            case STATUS_500:
                answer(response, callback, 500, "{\"message\":\"the LRS fell over\"}");
                return;
            case STATUS_503:
                answer(response, callback, 503, "{\"message\":\"the LRS is busy\"}");
                return;
            case STATUS_401:
                answer(response, callback, 401, "{\"message\":\"who are you?\"}");
                return;
            case CUT_AFTER_STORE:
                send(path, query, body, request);
                cut(request, callback);
                return;
            case CUT_MID_ANSWER:
                HttpResponse<String> stored = send(path, query, body, request);
                response.setStatus(stored.statusCode());
                response.getHeaders().put("Content-Length", 4096);
                response.getHeaders().put("Access-Control-Allow-Origin", "*");
                OutputStream out = Content.Sink.asOutputStream(response);
                out.write("{\"half\":".getBytes(StandardCharsets.UTF_8));
                out.flush();
                cut(request, callback);
                return;
            default:
                break;
        }
        forward(path, query, body, request, response, callback);
    }

    private static void cut(Request request, Callback callback) {
        request.getConnectionMetaData().getConnection().getEndPoint().close();
        callback.failed(new IOException("cut on purpose"));
    }

    private HttpResponse<String> send(String path, String query, String body, Request request)
            throws IOException, InterruptedException {
        URI target = URI.create(lrs + path.substring("/xAPI/".length())
                + (query == null ? "" : "?" + query));
        HttpRequest.Builder out = HttpRequest.newBuilder(target).timeout(Duration.ofSeconds(15))
                .method(request.getMethod(), body.isEmpty()
                        ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        for (HttpField field : request.getHeaders()) {
            if (!NOT_FORWARDED.contains(field.getLowerCaseName())) {
                out.header(field.getName(), field.getValue());
            }
        }
        return http.send(out.build(), HttpResponse.BodyHandlers.ofString());
    }

    private void forward(String path, String query, String body, Request request,
            Response response, Callback callback) throws IOException, InterruptedException {
        HttpResponse<String> answer = send(path, query, body, request);
        for (Map.Entry<String, List<String>> header : answer.headers().map().entrySet()) {
            if (!NOT_FORWARDED.contains(header.getKey().toLowerCase())
                    && !header.getKey().startsWith(":")) {
                for (String value : header.getValue()) {
                    response.getHeaders().add(header.getKey(), value);
                }
            }
        }
        response.setStatus(answer.statusCode());
        response.write(true, ByteBuffer.wrap(answer.body().getBytes(StandardCharsets.UTF_8)),
                callback);
    }

    /** The proxy's own answer, with CORS so that the page sees its status. */
    private static void answer(Response response, Callback callback, int status, String body) {
        response.setStatus(status);
        response.getHeaders().put("Content-Type", "application/json");
        response.getHeaders().put("Access-Control-Allow-Origin", "*");
        response.write(true, ByteBuffer.wrap(body.getBytes(StandardCharsets.UTF_8)), callback);
    }

    @Override
    public void close() throws Exception {
        server.stop();
    }
}
