package org.preferencetrainer.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.preferencetrainer.cli.PackFile;
import org.preferencetrainer.content.HostilePacks;
import org.preferencetrainer.content.PackProblem;
import org.preferencetrainer.session.Side;

/**
 * Hostile packs and hostile servers in Chromium. A fixed sample of generated packs, and the
 * hand-made ones, are read by the browser's JSON.parse in both builds and must give exactly
 * what the JVM's Jackson gives; then the ways a server can answer badly: a body cut short,
 * redirects, other content types, another origin with and without CORS, a slow trickle.
 */
class HostilePacksInChromiumTest {
    /** The browser's sample: always the same packs, so a failure can be replayed. */
    static final long SAMPLE_SEED = 20_261_203L;
    static final int SAMPLE_SIZE = 80;

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Comparator<JsonNode> SAME = (a, b) -> a.isNumber() && b.isNumber()
            ? Double.compare(a.doubleValue(), b.doubleValue()) : a.equals(b) ? 0 : 1;

    @TempDir
    static Path folder;

    private static List<Path> files;
    private static DistServer server;
    private static DistServer otherOrigin;
    private static ChromeDriver chrome;

    @BeforeAll
    static void start() throws Exception {
        Path hostile = folder.resolve("hostile");
        List<HostilePacks.Hostile> packs = new ArrayList<>(HostilePacks.sample(SAMPLE_SEED,
                SAMPLE_SIZE));
        packs.addAll(handMade());
        files = HostilePacks.write(packs, hostile);
        Files.writeString(folder.resolve("descriptions.txt"), String.join("\n",
                packs.stream().map(HostilePacks.Hostile::description).toList()));

        otherOrigin = DistServer.startDist(new Answers(null));
        server = DistServer.startDist(new Answers(otherOrigin.url()),
                Path.of("src/test/resources/site"), folder);
        chrome = Chromium.start();
    }

    @AfterAll
    static void stop() throws Exception {
        Chromium.stop(chrome, server, otherOrigin);
    }

    @BeforeEach
    void forgetSavedSessions() {
        Chromium.forgetSavedSessions(chrome, server);
    }

    /** The hand-made cases, the same as the JVM's: each way a file can be wrong. */
    static List<HostilePacks.Hostile> handMade() throws Exception {
        String minimal = MAPPER.writeValueAsString(MAPPER.readTree(
                Path.of("src/test/resources/packs/good/minimal.json").toFile()));
        List<HostilePacks.Hostile> cases = new ArrayList<>();
        cases.add(hand("byte order mark", "\ufeff" + minimal));
        cases.add(hand("cut short", minimal.substring(0, minimal.length() / 2)));
        cases.add(hand("deep nesting", "{\"schemaVersion\": 1, \"id\": \"deep\", \"title\":"
                + " \"Deep\", \"criteria\": " + HostilePacks.nested(1_000_000 - 10) + "}"));
        cases.add(hand("huge text and numbers", "{\"schemaVersion\": 1, \"id\": \"huge\","
                + " \"title\": \"" + "é".repeat(900_000) + "\", \"rounds\": " + "9".repeat(400)
                + ", \"criteria\": [], \"questions\": [], \"passingScore\": 1e400}"));
        cases.add(hand("wrong types", "{\"schemaVersion\": \"1\", \"id\": 7, \"title\": [],"
                + " \"language\": {}, \"rounds\": \"8\", \"criteria\": {}, \"questions\":"
                + " \"none\", \"quiz\": 1, \"passingScore\": \"half\", \"ui\": []}"));
        cases.add(hand("awkward keys", minimal.substring(0, minimal.length() - 1)
                + ", \"0\": 1, \"12\": 2, \"__proto__\": 3, \"constructor\": 4, \"a.b\": 5,"
                + " \"k\\\"q\": 6, \"\\u0000\": 7, \"\": 8, \"toString\": 9}"));
        cases.add(hand("duplicate keys", "{\"id\": \"first\", " + minimal.substring(1)));
        cases.add(hand("numeric names after others", minimal.substring(0, minimal.length() - 1)
                + ", \"zzz\": 1, \"12\": 2, \"b\": 3, \"3\": 4, \"007\": 5, \"4294967295\":"
                + " 6, \"ui\": {\"start\": \"Go\", \"9\": \"x\"}}"));
        return cases;
    }

    private static HostilePacks.Hostile hand(String description, String text) {
        return new HostilePacks.Hostile(description, text.getBytes(StandardCharsets.UTF_8));
    }

    /** The browser's check of a served file: {valid, message, problems, pack}. */
    private JsonNode browserCheck(String url, String engine) throws Exception {
        String report = (String) chrome.executeAsyncScript("checkFile(arguments[0],"
                + " {engine: arguments[1], lang: 'en'}, arguments[arguments.length - 1]);",
                url, engine);
        return MAPPER.readTree(report);
    }

    @ParameterizedTest
    @ValueSource(strings = {"js", "wasm"})
    void theBrowserNamesTheSameProblemsAsTheJvmForEveryGeneratedAndHandMadePack(String engine)
            throws Exception {
        openWidgetsPage();
        int refused = 0;
        int invalid = 0;
        int valid = 0;
        for (Path file : files) {
            String name = "hostile/" + file.getFileName();
            PackFile jvm = PackFile.read(file);

            String where = name + " (" + description(file) + ")";
            JsonNode browser;
            try {
                browser = browserCheck(name, engine);
            } catch (org.openqa.selenium.ScriptTimeoutException e) {
                throw new AssertionError(where + ": no answer from check(); uncaught errors: "
                        + browserErrors(), e);
            }

            if (jvm.result() == null) {
                refused++;
                assertFalse(browser.get("valid").booleanValue(), where);
                assertTrue(browser.path("message").asText().contains("this is not valid JSON"),
                        where + ": " + browser);
                continue;
            }
            List<PackProblem> problems = jvm.result().problems();
            assertEquals(jvm.isValid(), browser.get("valid").booleanValue(), where + ": "
                    + problems + " / " + browser.get("problems"));
            assertEquals(problems.size(), browser.get("problems").size(), where + ": "
                    + problems + " / " + browser.get("problems"));
            for (int p = 0; p < problems.size(); p++) {
                JsonNode shown = browser.get("problems").get(p);
                assertEquals(problems.get(p).path(), shown.get("path").asText(), where);
                assertEquals(problems.get(p).code(), shown.get("code").asText(), where);
                assertEquals(problems.get(p).message(), shown.get("message").asText(), where);
            }
            if (jvm.isValid()) {
                valid++;
                JsonNode expected = MAPPER.valueToTree(jvm.pack());
                assertTrue(expected.equals(SAME, browser.get("pack")), where);
            } else {
                invalid++;
            }
        }
        System.out.println("Preference Trainer: " + files.size() + " hostile packs in the "
                + engine + " build agree with the JVM: " + refused + " refused as not JSON, "
                + invalid + " with problems, " + valid + " valid");
        assertTrue(refused > 0 && invalid > 0 && valid > 0, "the sample has all three kinds");
    }

    private static String description(Path file) throws Exception {
        int index = files.indexOf(file);
        return Files.readAllLines(folder.resolve("descriptions.txt")).get(index);
    }

    private void add(String id, String src, String engine, String timeout) {
        chrome.executeScript("mountWidget(arguments[0], {src: arguments[1], engine:"
                + " arguments[2], lang: 'en', seed: 3, timeout: arguments[3]});", id, src,
                engine, timeout);
    }

    private String settled(String id) {
        new WebDriverWait(chrome, java.time.Duration.ofSeconds(30)).until(d -> (Boolean) chrome
                .executeScript("return widgetEvents[arguments[0]].length > 0;", id));
        return chrome.findElement(By.cssSelector("#" + id + " .pt"))
                .getDomAttribute("data-phase");
    }

    private String reason(String id) {
        return chrome.findElement(By.cssSelector("#" + id + " .pt-error-reason")).getText();
    }

    @ParameterizedTest
    @ValueSource(strings = {"js", "wasm"})
    void badServersGetAMessageEachAndTheLessonsThatCanArriveDo(String engine) {
        openWidgetsPage();
        String deep = "hostile/" + files.get(SAMPLE_SIZE + 2).getFileName();

        add("deep", deep, engine, "15");
        add("cut", "awkward/cut-short.json", engine, "15");
        add("redirect", "awkward/redirect.json", engine, "15");
        add("away", "awkward/redirect-away.json", engine, "15");
        add("plain", "awkward/plain.json", engine, "15");
        add("xhtml", "awkward/xhtml.json", engine, "15");
        add("trickle", "awkward/trickle.json", engine, "15");
        add("refused", otherOrigin.url() + "closed/en.json", engine, "15");
        add("shared", otherOrigin.url() + "open/en.json", engine, "15");
        add("status", "awkward/busy.json", engine, "15");

        assertEquals("error", settled("deep"));
        assertTrue(reason("deep").startsWith(deep + ": the lesson has 3 problems:"),
                reason("deep"));
        assertEquals("error", settled("cut"));
        assertTrue(reason("cut").startsWith("awkward/cut-short.json: the lesson could not be"
                + " fetched."), reason("cut"));
        assertEquals("intro", settled("redirect"), "a redirect on the same origin is followed");
        assertEquals("error", settled("away"));
        assertTrue(reason("away").contains("does not share the file with this page (CORS)"),
                reason("away"));
        assertEquals("intro", settled("plain"), "JSON served as text/plain is still read");
        assertEquals("error", settled("xhtml"));
        assertTrue(reason("xhtml").contains("the server sent a web page"
                + " (application/xhtml+xml)"), reason("xhtml"));
        assertEquals("intro", settled("trickle"), "a slow body within the time limit arrives");
        assertEquals("error", settled("refused"));
        assertTrue(reason("refused").startsWith(otherOrigin.url() + "closed/en.json: the"
                + " lesson could not be fetched."), reason("refused"));
        assertEquals("intro", settled("shared"), "another origin that allows it is read");
        assertEquals("error", settled("status"));
        assertTrue(reason("status").contains("the server answered 503 Service Unavailable"),
                reason("status"));

        // the page and its other lessons go on
        chrome.findElement(By.cssSelector("#redirect .pt-start")).click();
        chrome.findElement(By.cssSelector("#redirect .pt-prefer[data-side=A]")).click();
        assertEquals("Round 2 / 8", chrome.findElement(By.cssSelector(
                "#redirect .pt-round-title")).getText());
        assertEquals(List.of(), browserErrors(), "no uncaught error on the page");
    }

    /** Opens the widgets page, noting every error that no code catches. */
    private void openWidgetsPage() {
        chrome.get(server.url() + "widgets.html");
        chrome.executeScript("window.uncaught = []; window.addEventListener('error',"
                + " function (e) { window.uncaught.push(String(e.message)); });"
                + " window.addEventListener('unhandledrejection',"
                + " function (e) { window.uncaught.push(String(e.reason)); });");
    }

    @SuppressWarnings("unchecked")
    private List<Object> browserErrors() {
        return (List<Object>) chrome.executeScript("return window.uncaught;");
    }

    /**
     * The awkward answers: under /awkward/ a body cut short, redirects, other content types,
     * a 503 and a slow trickle; under /open/ and /closed/ (on the other origin) the English
     * pack with and without CORS. Each answer ends by itself.
     */
    static final class Answers extends Handler.Abstract {
        private final String away;

        Answers(String away) {
            this.away = away;
        }

        @Override
        public boolean handle(Request request, Response response, Callback callback)
                throws Exception {
            String path = Request.getPathInContext(request);
            byte[] english = Files.readAllBytes(Path.of(System.getProperty("content.dir",
                    "content"), "en.json"));
            switch (path) {
                case "/awkward/cut-short.json":
                    response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
                    response.getHeaders().put(HttpHeader.CONTENT_LENGTH, english.length);
                    OutputStream out = Content.Sink.asOutputStream(response);
                    out.write(english, 0, english.length / 3);
                    out.flush();
                    request.getConnectionMetaData().getConnection().getEndPoint().close();
                    callback.failed(new java.io.IOException("cut short on purpose"));
                    return true;
                case "/awkward/redirect.json":
                    Response.sendRedirect(request, response, callback, 302, "/content/en.json",
                            false);
                    return true;
                case "/awkward/redirect-away.json":
                    Response.sendRedirect(request, response, callback, 302,
                            away + "closed/en.json", false);
                    return true;
                case "/awkward/plain.json":
                    return send(response, callback, "text/plain; charset=utf-8", english, null);
                case "/awkward/xhtml.json":
                    return send(response, callback, "application/xhtml+xml", english, null);
                case "/awkward/busy.json":
                    response.setStatus(503);
                    return send(response, callback, "application/json", "{}".getBytes(), null);
                case "/awkward/trickle.json":
                    response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
                    try (OutputStream slow = Content.Sink.asOutputStream(response)) {
                        int step = english.length / 10 + 1;
                        for (int at = 0; at < english.length; at += step) {
                            slow.write(english, at, Math.min(step, english.length - at));
                            slow.flush();
                            Thread.sleep(150);
                        }
                    }
                    callback.succeeded();
                    return true;
                case "/open/en.json":
                    return send(response, callback, "application/json", english, "*");
                case "/closed/en.json":
                    return send(response, callback, "application/json", english, null);
                default:
                    return false;
            }
        }

        private static boolean send(Response response, Callback callback, String type,
                byte[] body, String allowOrigin) {
            response.getHeaders().put(HttpHeader.CONTENT_TYPE, type);
            if (allowOrigin != null) {
                response.getHeaders().put("Access-Control-Allow-Origin", allowOrigin);
            }
            response.write(true, java.nio.ByteBuffer.wrap(body), callback);
            return true;
        }
    }

    @Test
    void aDeeplyNestedPackBesideAGoodOneLeavesTheGoodOnePlayable() {
        chrome.get(server.url() + "widgets.html");
        String deep = "hostile/" + files.get(SAMPLE_SIZE + 2).getFileName();
        add("deep", deep, "js", "15");
        add("good", "content/en.json", "js", "15");

        assertEquals("error", settled("deep"));
        List<String> shown = new ArrayList<>();
        chrome.findElements(By.cssSelector("#deep .pt-problem")).forEach(li -> shown.add(
                li.getText()));
        assertEquals(List.of("criteria: has 1 criterion; a pack needs from 2 to 8",
                "criteria[0]: must be an object {...}, not a list", "questions: is missing"),
                shown);
        assertEquals("intro", settled("good"));
        chrome.findElement(By.cssSelector("#good .pt-start")).click();
        chrome.findElement(By.cssSelector("#good .pt-prefer[data-side=" + Side.B + "]"))
                .click();
        assertEquals("Round 2 / 8", chrome.findElement(By.cssSelector("#good .pt-round-title"))
                .getText());
    }
}
