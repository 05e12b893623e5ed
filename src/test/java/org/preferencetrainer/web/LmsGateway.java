package org.preferencetrainer.web;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;

/**
 * The LMS side of a launch, on 127.0.0.1, in front of the real {@link Lrs}:
 * <ul>
 * <li>{@code /lrs/...} passes every request to the LRS and its answer back, unchanged; while
 *     the gateway is {@link #down()}, it drops each connection instead, so the browser sees
 *     the LRS unreachable (the LRS process and its statements stay as they are);</li>
 * <li>{@code /lrs/activities/state} serves cmi5's {@code LMS.LaunchData}, which an LMS writes
 *     to its LRS before a launch (the statement service has no State API);</li>
 * <li>{@code /cmi5/fetch} is a cmi5 fetch URL: the first POST gets the auth token, later ones
 *     cmi5's error.</li>
 * </ul>
 * It counts what it sees, so tests can show that an outage really happened.
 */
final class LmsGateway implements AutoCloseable {
    private static final Set<String> NOT_FORWARDED = Set.of("host", "connection",
            "content-length", "expect", "upgrade", "keep-alive", "transfer-encoding");

    private final Server server;
    private final String lrs;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private volatile boolean up = true;
    private volatile String launchData;
    private final AtomicInteger dropped = new AtomicInteger();
    private final AtomicInteger fetches = new AtomicInteger();
    private final Map<String, AtomicInteger> puts = new ConcurrentHashMap<>();

    private LmsGateway(Server server, String lrs) {
        this.server = server;
        this.lrs = lrs;
    }

    static LmsGateway start(Lrs lrs) throws Exception {
        Server server = DistServer.loopback(0);
        LmsGateway gateway = new LmsGateway(server, lrs.endpoint());
        server.setHandler(new Handler.Abstract() {
            @Override
            public boolean handle(Request request, Response response, Callback callback)
                    throws Exception {
                gateway.handle(request, response, callback);
                return true;
            }
        });
        server.start();
        return gateway;
    }

    /** The gateway's root URL, ending in a slash. */
    String url() {
        return DistServer.rootUrl(server);
    }

    /** The xAPI endpoint the widget is launched with. */
    String endpoint() {
        return url() + "lrs/";
    }

    /** The LRS becomes unreachable: every connection is dropped unanswered. */
    void down() {
        up = false;
    }

    void up() {
        up = true;
    }

    /** The LMS.LaunchData document to serve (cmi5). */
    void launchData(String json) {
        launchData = json;
    }

    /** Requests dropped while down. */
    int dropped() {
        return dropped.get();
    }

    /** POSTs to the fetch URL. */
    int fetches() {
        return fetches.get();
    }

    /** How many PUTs of a statement reached the LRS. */
    int puts(String statementId) {
        AtomicInteger count = puts.get(statementId);
        return count == null ? 0 : count.get();
    }

    private void handle(Request request, Response response, Callback callback) throws Exception {
        String path = request.getHttpURI().getPath();
        if (!up) {
            dropped.incrementAndGet();
            request.getConnectionMetaData().getConnection().getEndPoint().close();
            callback.failed(new IOException("the gateway is down"));
            return;
        }
        if (path.equals("/cmi5/fetch") || path.equals("/lrs/activities/state")) {
            local(path, request, response, callback);
        } else if (path.startsWith("/lrs/")) {
            forward(path.substring("/lrs/".length()), request, response, callback);
        } else {
            answer(response, callback, 404, "{\"message\":\"no such path\"}");
        }
    }

    /** The LMS's own answers: the fetch URL and the launch data, with CORS for any origin. */
    private void local(String path, Request request, Response response, Callback callback) {
        response.getHeaders().put("Access-Control-Allow-Origin", "*");
        if (request.getMethod().equals("OPTIONS")) {
            response.getHeaders().put("Access-Control-Allow-Methods", "GET, POST, PUT");
            response.getHeaders().put("Access-Control-Allow-Headers",
                    "Authorization, Content-Type, X-Experience-API-Version");
            answer(response, callback, 204, "");
        } else if (path.equals("/cmi5/fetch")) {
            boolean first = fetches.incrementAndGet() == 1;
            answer(response, callback, 200, first
                    ? "{\"auth-token\":\"" + Lrs.AUTH.substring("Basic ".length()) + "\"}"
                    : "{\"error-code\":\"1\",\"error-text\":\"the fetch URL was already used\"}");
        } else {
            Fields query = Request.extractQueryParameters(request);
            boolean authorised = Lrs.AUTH.equals(request.getHeaders().get("Authorization"));
            boolean asked = "LMS.LaunchData".equals(query.getValue("stateId"))
                    && query.getValue("activityId") != null && query.getValue("agent") != null
                    && query.getValue("registration") != null;
            answer(response, callback, !authorised ? 401 : asked && launchData != null ? 200 : 404,
                    authorised && asked && launchData != null ? launchData : "{}");
        }
    }

    private void forward(String rest, Request request, Response response, Callback callback)
            throws IOException, InterruptedException {
        String query = request.getHttpURI().getQuery();
        URI target = URI.create(lrs + rest + (query == null ? "" : "?" + query));
        String body = Content.Source.asString(request, StandardCharsets.UTF_8);
        HttpRequest.Builder out = HttpRequest.newBuilder(target).timeout(Duration.ofSeconds(15))
                .method(request.getMethod(), body.isEmpty()
                        ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        for (HttpField field : request.getHeaders()) {
            if (!NOT_FORWARDED.contains(field.getLowerCaseName())) {
                out.header(field.getName(), field.getValue());
            }
        }
        if (request.getMethod().equals("PUT")) {
            String id = Request.extractQueryParameters(request).getValue("statementId");
            puts.computeIfAbsent(String.valueOf(id), key -> new AtomicInteger()).incrementAndGet();
        }
        HttpResponse<String> answer = http.send(out.build(), HttpResponse.BodyHandlers.ofString());
        for (Map.Entry<String, List<String>> header : answer.headers().map().entrySet()) {
            if (!NOT_FORWARDED.contains(header.getKey().toLowerCase()) && !header.getKey()
                    .startsWith(":")) {
                for (String value : header.getValue()) {
                    response.getHeaders().add(header.getKey(), value);
                }
            }
        }
        answer(response, callback, answer.statusCode(), answer.body());
    }

    private static void answer(Response response, Callback callback, int status, String body) {
        response.setStatus(status);
        if (!body.isEmpty() && !response.getHeaders().contains("Content-Type")) {
            response.getHeaders().put("Content-Type", "application/json");
        }
        response.write(true, ByteBuffer.wrap(body.getBytes(StandardCharsets.UTF_8)), callback);
    }

    @Override
    public void close() throws Exception {
        server.stop();
    }
}
