package org.preferencetrainer.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.preferencetrainer.session.Side;

/**
 * LMS reporting is a script of its own, {@code preference-trainer-reporting.js}, fetched only
 * where a widget may report: a page that reports to no LMS never downloads it; widgets that
 * report share one fetch; what a learner does before it arrives reaches the LRS in order once
 * it has, also when the first fetch fails; and where it cannot be had at all, the lesson plays
 * on and the page's developer is told.
 */
class ReportingOnDemandInChromiumTest {
    private static final String SCRIPT = "preference-trainer-reporting.js";
    private static final String ACTOR = "{\"name\":\"Ada Lovelace\",\"mbox\":"
            + "\"mailto:ada@example.org\"}";
    private static final String VERBS = "http://adlnet.gov/expapi/verbs/";

    /**
     * How the server treats the reporting script: served, served late, refused once with a 503
     * and then served, or missing.
     */
    private enum Script { SERVED, SLOW, FLAKY, MISSING }

    private static volatile Script script = Script.SERVED;
    /** Requests for the reporting script since the test began. */
    private static final AtomicInteger requests = new AtomicInteger();

    private static Lrs lrs;
    private static LmsGateway gateway;
    private static DistServer server;
    private static ChromeDriver chrome;

    @BeforeAll
    static void start() throws Exception {
        Handler reportingScript = new Handler.Abstract() {
            @Override
            public boolean handle(Request request, Response response, Callback callback)
                    throws Exception {
                if (!Request.getPathInContext(request).endsWith("/" + SCRIPT)) {
                    return false;
                }
                int count = requests.incrementAndGet();
                if (script == Script.MISSING) {
                    Response.writeError(request, response, callback, HttpStatus.NOT_FOUND_404);
                    return true;
                }
                if (script == Script.FLAKY && count == 1) {
                    Response.writeError(request, response, callback,
                            HttpStatus.SERVICE_UNAVAILABLE_503);
                    return true;
                }
                if (script == Script.SLOW) {
                    Thread.sleep(6000);
                }
                return false;
            }
        };
        lrs = Lrs.start();
        gateway = LmsGateway.start(lrs);
        server = DistServer.startDist(reportingScript, Path.of("src/test/resources/site"),
                Path.of("src/test/resources"));
        chrome = Chromium.start();
        // each test counts its own fetches, so nothing may come from the cache
        Chromium.withoutCache(chrome);
    }

    @AfterAll
    static void stop() throws Exception {
        Chromium.stop(chrome, server, gateway, lrs);
    }

    @BeforeEach
    void openPage() {
        Chromium.forgetSavedSessions(chrome, server);
        chrome.get(server.url() + "widgets.html");
        chrome.manage().logs().get(LogType.BROWSER);
    }

    @AfterEach
    void serveTheScriptAgain() {
        script = Script.SERVED;
        requests.set(0);
    }

    private static void add(String id, Map<String, String> attributes) {
        chrome.executeScript("addWidget(arguments[0], arguments[1]);", id, attributes);
    }

    private static LessonPage widget(String id) {
        return new LessonPage(chrome, chrome.findElement(By.id(id)));
    }

    private static Map<String, String> reporting(String engine, String registration) {
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("engine", engine);
        attributes.put("src", "content/en.json");
        attributes.put("endpoint", gateway.endpoint());
        attributes.put("auth", Lrs.AUTH);
        attributes.put("actor", ACTOR);
        attributes.put("registration", registration);
        attributes.put("activity-id", "https://example.org/activities/on-demand-" + engine);
        return attributes;
    }

    private static long scriptFetches() {
        return Chromium.fetches(chrome, SCRIPT);
    }

    @Test
    void aPageThatReportsToNoLmsNeverFetchesTheScript() {
        add("js", Map.of("engine", "js", "src", "content/en.json"));
        add("wasm", Map.of("engine", "wasm", "src", "content/es.json"));
        add("built-in", Map.of("engine", "js", "seed", "4"));

        for (String id : List.of("js", "wasm", "built-in")) {
            LessonPage page = widget(id).waitFor("intro");
            page.start();
            page.clickPrefer(Side.A);
        }
        assertEquals(0, scriptFetches());
    }

    /** Adds a reporting widget a build, each with its own registration; engine to it. */
    private static Map<String, String> addReportingWidgets() {
        Map<String, String> registrations = new LinkedHashMap<>();
        for (String engine : List.of("js", "wasm")) {
            registrations.put(engine, UUID.randomUUID().toString());
            add(engine, reporting(engine, registrations.get(engine)));
        }
        return registrations;
    }

    /** Starts each widget and makes two choices; engine to the responses chosen, in order. */
    private static Map<String, List<String>> startAndChooseTwice(Iterable<String> ids) {
        Map<String, List<String>> chosen = new LinkedHashMap<>();
        for (String id : ids) {
            LessonPage page = widget(id).waitFor("intro");
            page.start();
            List<String> responses = new ArrayList<>();
            for (Side side : List.of(Side.B, Side.A)) {
                responses.add(page.find(".pt-response[data-side=" + side + "]")
                        .getDomAttribute("data-response"));
                page.clickPrefer(side);
            }
            chosen.put(id, responses);
        }
        return chosen;
    }

    /** The LRS holds the visit's first statements, in order, with the responses chosen. */
    private static void assertReported(String registration, List<String> chosen, String engine)
            throws Exception {
        List<JsonNode> statements = lrs.awaitStatements(registration, 4, Duration.ofSeconds(30));
        List<String> verbs = new ArrayList<>();
        List<String> responses = new ArrayList<>();
        for (JsonNode statement : statements) {
            verbs.add(statement.at("/verb/id").asText().replace(VERBS, ""));
            if (statement.at("/verb/id").asText().endsWith("/interacted")) {
                responses.add(statement.at("/result/response").asText());
            }
        }
        assertEquals(List.of("initialized", "attempted", "interacted", "interacted"), verbs,
                engine);
        assertEquals(chosen, responses, engine);
    }

    /** The console's lines that say reporting is off, and its errors, over {@code wait}. */
    private static List<String> reportingOff(Duration wait, int expected, List<String> severe)
            throws InterruptedException {
        List<String> warnings = new ArrayList<>();
        long deadline = System.nanoTime() + wait.toNanos();
        do {
            for (LogEntry entry : chrome.manage().logs().get(LogType.BROWSER)) {
                if (entry.getMessage().contains("LMS reporting is off")) {
                    warnings.add(entry.getMessage());
                } else if (entry.getLevel().intValue() >= Level.SEVERE.intValue()
                        && !entry.getMessage().contains(SCRIPT)) {
                    severe.add(entry.getMessage());
                }
            }
            if (warnings.size() < expected) {
                Thread.sleep(250);
            }
        } while (warnings.size() < expected && System.nanoTime() < deadline);
        return warnings;
    }

    @Test
    void whatTheLearnerDoesBeforeTheScriptArrivesReachesTheLrsInOrder() throws Exception {
        script = Script.SLOW;
        Map<String, String> registrations = addReportingWidgets();
        Map<String, List<String>> chosen = startAndChooseTwice(registrations.keySet());
        // all of it happened while the script was still on its way
        assertEquals(0, scriptFetches());

        for (String engine : registrations.keySet()) {
            assertReported(registrations.get(engine), chosen.get(engine), engine);
        }
        // the two widgets shared one fetch
        assertEquals(1, scriptFetches());
        assertEquals(1, requests.get());
    }

    @Test
    void aScriptRefusedOnceIsFetchedAgainAndNothingIsLost() throws Exception {
        script = Script.FLAKY;
        Map<String, String> registrations = addReportingWidgets();
        Map<String, List<String>> chosen = startAndChooseTwice(registrations.keySet());

        for (String engine : registrations.keySet()) {
            assertReported(registrations.get(engine), chosen.get(engine), engine);
        }
        assertEquals(2, requests.get(), "one refused request, one that served the script");
        List<String> severe = new ArrayList<>();
        assertEquals(List.of(), reportingOff(Duration.ZERO, 0, severe));
        assertEquals(List.of(), severe, "nothing else went wrong on the page");
    }

    @Test
    void withoutTheScriptTheLessonPlaysOnAndTheDeveloperIsTold() throws Exception {
        script = Script.MISSING;
        String registration = UUID.randomUUID().toString();
        add("js", reporting("js", registration));
        add("wasm", reporting("wasm", registration));

        for (String id : List.of("js", "wasm")) {
            LessonPage page = widget(id).waitFor("intro");
            page.start();
            page.clickPrefer(Side.B);
            assertEquals("Round 2 / 8", page.roundTitle(), id);
        }

        // the loader tries three times in all, 2 and 6 seconds apart, then gives up
        List<String> severe = new ArrayList<>();
        List<String> warnings = reportingOff(Duration.ofSeconds(30), 2, severe);
        assertEquals(2, warnings.size(), warnings.toString());
        for (String warning : warnings) {
            assertTrue(warning.contains(SCRIPT + " could not be loaded"), warning);
        }
        assertEquals(List.of(), severe, "nothing else went wrong on the page");
        assertEquals(3, requests.get());
        assertEquals(0, lrs.statements(registration).size());
        // the lesson goes on unreported
        widget("js").clickPrefer(Side.A);
        assertEquals("Round 3 / 8", widget("js").roundTitle());
    }
}
