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
 * it has; and where it cannot be had, the lesson plays on and the page's developer is told.
 */
class ReportingOnDemandInChromiumTest {
    private static final String SCRIPT = "preference-trainer-reporting.js";
    private static final String ACTOR = "{\"name\":\"Ada Lovelace\",\"mbox\":"
            + "\"mailto:ada@example.org\"}";
    private static final String VERBS = "http://adlnet.gov/expapi/verbs/";

    /** How the server treats the reporting script: served, served late, or missing. */
    private enum Script { SERVED, SLOW, MISSING }

    private static volatile Script script = Script.SERVED;

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
                if (script == Script.SERVED
                        || !Request.getPathInContext(request).endsWith("/" + SCRIPT)) {
                    return false;
                }
                if (script == Script.MISSING) {
                    Response.writeError(request, response, callback, HttpStatus.NOT_FOUND_404);
                    return true;
                }
                Thread.sleep(6000);
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

    @Test
    void whatTheLearnerDoesBeforeTheScriptArrivesReachesTheLrsInOrder() throws Exception {
        script = Script.SLOW;
        Map<String, String> registrations = new LinkedHashMap<>();
        for (String engine : List.of("js", "wasm")) {
            registrations.put(engine, UUID.randomUUID().toString());
            add(engine, reporting(engine, registrations.get(engine)));
        }

        Map<String, List<String>> chosen = new LinkedHashMap<>();
        for (String engine : registrations.keySet()) {
            LessonPage page = widget(engine).waitFor("intro");
            page.start();
            List<String> responses = new ArrayList<>();
            for (Side side : List.of(Side.B, Side.A)) {
                responses.add(page.find(".pt-response[data-side=" + side + "]")
                        .getDomAttribute("data-response"));
                page.clickPrefer(side);
            }
            chosen.put(engine, responses);
        }
        // all of it happened while the script was still on its way
        assertEquals(0, scriptFetches());

        for (String engine : registrations.keySet()) {
            List<JsonNode> statements = lrs.awaitStatements(registrations.get(engine), 4,
                    Duration.ofSeconds(30));
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
            assertEquals(chosen.get(engine), responses, engine);
        }
        // the two widgets shared one fetch
        assertEquals(1, scriptFetches());
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

        List<String> warnings = new ArrayList<>();
        List<String> severe = new ArrayList<>();
        for (LogEntry entry : chrome.manage().logs().get(LogType.BROWSER)) {
            if (entry.getMessage().contains("LMS reporting is off")) {
                warnings.add(entry.getMessage());
            } else if (entry.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue()
                    && !entry.getMessage().contains(SCRIPT)) {
                severe.add(entry.getMessage());
            }
        }
        assertEquals(2, warnings.size(), warnings.toString());
        for (String warning : warnings) {
            assertTrue(warning.contains(SCRIPT + " could not be loaded"), warning);
        }
        assertEquals(List.of(), severe, "nothing else went wrong on the page");
        assertEquals(0, lrs.statements(registration).size());
    }
}
