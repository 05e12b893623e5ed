package org.preferencetrainer.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A real Learning Record Store for the browser tests: Learning Locker's statement service (npm
 * {@code xapi-statements}, installed by the build), started by {@code src/test/lms/lrs.js} as a
 * child process on 127.0.0.1, statements in memory. It accepts one set of credentials,
 * {@link #AUTH}, and refuses any other with 401. The process ends when {@link #close()} is
 * called or, failing that, when this JVM ends and its standard input closes.
 */
final class Lrs implements AutoCloseable {
    static final String AUTH = "Basic " + Base64.getEncoder().encodeToString(
            "widget-tests:s3cret-key".getBytes(StandardCharsets.UTF_8));

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration START_TIMEOUT = Duration.ofSeconds(40);

    private final Process process;
    private final String endpoint;
    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5)).build();

    private Lrs(Process process, String endpoint) {
        this.process = process;
        this.endpoint = endpoint;
    }

    static Lrs start() throws IOException, InterruptedException {
        Path tools = Path.of(System.getProperty("lms.tools.dir", "src/test/lms"));
        if (!Files.isDirectory(tools.resolve("node_modules/xapi-statements"))) {
            throw new IllegalStateException("The LRS is not installed in " + tools
                    + "/node_modules; the build installs it (npm ci) before the tests");
        }
        Path logs = Path.of("target", "lrs");
        Files.createDirectories(logs);
        ProcessBuilder builder = new ProcessBuilder("node", "lrs.js").directory(tools.toFile())
                .redirectError(logs.resolve("stderr.log").toFile());
        builder.environment().put("LRS_AUTH", AUTH);
        builder.environment().put("LRS_LOG_DIR", logs.toAbsolutePath().toString());
        Process process = builder.start();

        // the script prints its address once the service listens
        BlockingQueue<String> lines = new ArrayBlockingQueue<>(16);
        Thread reader = new Thread(() -> {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(
                    process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    lines.offer(line);
                }
            } catch (IOException e) {
                lines.offer("(output closed: " + e.getMessage() + ")");
            }
        }, "lrs-output");
        reader.setDaemon(true);
        reader.start();
        String line = lines.poll(START_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        if (line == null || !line.startsWith("lrs http://127.0.0.1:")) {
            process.destroyForcibly();
            throw new IllegalStateException("The LRS did not start within " + START_TIMEOUT
                    + " (it said: " + line + "); see " + logs.resolve("stderr.log"));
        }
        return new Lrs(process, line.substring("lrs ".length()).trim());
    }

    /** The xAPI base URL, such as {@code http://127.0.0.1:40123/xAPI/}. */
    String endpoint() {
        return endpoint;
    }

    /** Every statement of a registration, oldest stored first, following the LRS's pages. */
    List<JsonNode> statements(String registration) throws IOException, InterruptedException {
        List<JsonNode> statements = new ArrayList<>();
        String next = endpoint + "statements?ascending=true&limit=100&registration="
                + URLEncoder.encode(registration, StandardCharsets.UTF_8);
        for (int page = 0; next != null && page < 50; page++) {
            JsonNode body = get(next);
            body.get("statements").forEach(statements::add);
            String more = body.path("more").asText("");
            next = more.isEmpty() ? null : URI.create(endpoint).resolve(more).toString();
        }
        return statements;
    }

    /** Waits until the registration has at least {@code count} statements; returns them all. */
    List<JsonNode> awaitStatements(String registration, int count, Duration timeout)
            throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        List<JsonNode> statements = statements(registration);
        while (statements.size() < count && System.nanoTime() < deadline) {
            Thread.sleep(250);
            statements = statements(registration);
        }
        return statements;
    }

    private JsonNode get(String url) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", AUTH).header("X-Experience-API-Version", "1.0.3")
                .timeout(Duration.ofSeconds(10)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException("GET " + url + " answered " + response.statusCode() + ": "
                    + response.body());
        }
        return JSON.readTree(response.body());
    }

    @Override
    public void close() throws Exception {
        process.getOutputStream().close();
        if (!process.waitFor(5, TimeUnit.SECONDS)) {
            process.destroy();
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }

    /** Where the LRS's own log goes, for a failing test to point at. */
    static File log() {
        return Path.of("target", "lrs", "stderr.log").toFile();
    }
}
