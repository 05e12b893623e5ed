package org.preferencetrainer.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.preferencetrainer.session.Side;

/**
 * Ten widgets on one page, each with its own pack, seed, LRS registration and activity, one
 * of them broken: each keeps its own state through a reload and its own statement queue
 * through an outage. And everywhere the widget writes, the credentials never show: not in the
 * console, not in localStorage, not in a message on screen, not in an event's detail.
 */
class TenWidgetsInChromiumTest {
    private static final String ACTOR = "{\"name\":\"Alan Turing\",\"mbox\":"
            + "\"mailto:alan@example.org\"}";
    private static final String WRONG_AUTH = "Basic " + Base64.getEncoder().encodeToString(
            "widget-tests:wr0ng-key-xyzzy".getBytes(StandardCharsets.UTF_8));
    /** Each widget: id, pack, seed, rounds to play. The sixth is broken. */
    private static final String[][] WIDGETS = {
        {"w0", "content/en.json", "1", "2"},
        {"w1", "content/es.json", "2", "1"},
        {"w2", "content/fr.json", "3", "3"},
        {"w3", "packs/good/minimal.json", "4", "1"},
        {"w4", "packs/good/tres-criterios-es.json", "5", "2"},
        {"w5", "packs/bad/ten-problems.json", "6", "0"},
        {"w6", "packs/good/six-criteres-fr.json", "7", "1"},
        {"w7", "packs/good/eight-criteria.json", "8", "1"},
        {"w8", "packs/good/plain-text-edge.json", "9", "0"},
        {"w9", "content/en.json", "10", "3"},
    };

    /** The launch addresses opened, which hold the credential as TinCan puts it there. */
    private static final List<String> launches = new ArrayList<>();
    private static Lrs lrs;
    private static FaultyLrsProxy proxy;
    private static DistServer server;
    private static ChromeDriver chrome;

    @BeforeAll
    static void start() throws Exception {
        lrs = Lrs.start();
        proxy = FaultyLrsProxy.start(lrs);
        server = DistServer.startDist(Path.of("src/test/resources/site"),
                Path.of("src/test/resources"));
        chrome = Chromium.start();
    }

    @AfterAll
    static void stop() throws Exception {
        Chromium.stop(chrome, server, proxy, lrs);
    }

    @BeforeEach
    void forgetSavedState() {
        Chromium.forgetSavedSessions(chrome, server);
        proxy.onlyFor(null);
    }

    private static String activity(int i) {
        return "https://example.org/activities/widget-" + i;
    }

    /** Opens the page, records every widget event that reaches it, and adds the ten. */
    private void openPage(List<String> registrations) {
        chrome.get(server.url() + "widgets.html");
        recordAllEvents();
        for (int i = 0; i < WIDGETS.length; i++) {
            Map<String, String> attributes = new LinkedHashMap<>();
            attributes.put("src", WIDGETS[i][1]);
            attributes.put("seed", WIDGETS[i][2]);
            attributes.put("engine", i % 2 == 0 ? "js" : "wasm");
            attributes.put("endpoint", proxy.endpoint());
            attributes.put("auth", Lrs.AUTH);
            attributes.put("actor", ACTOR);
            attributes.put("registration", registrations.get(i));
            attributes.put("activity-id", activity(i));
            chrome.executeScript("addWidget(arguments[0], arguments[1]);", WIDGETS[i][0],
                    attributes);
        }
    }

    private static void recordAllEvents() {
        chrome.executeScript("window.allEvents = window.allEvents || [];"
                + "['ready', 'choice', 'complete', 'score', 'error', 'lrs-refused']"
                + ".forEach(function (type) { document.addEventListener('preference-trainer:'"
                + " + type, function (e) { window.allEvents.push(type + ' '"
                + " + JSON.stringify(e.detail)); }); });");
    }

    private static LessonPage widget(int i) {
        return new LessonPage(chrome, chrome.findElement(By.id(WIDGETS[i][0])));
    }

    private static boolean broken(int i) {
        return WIDGETS[i][1].contains("/bad/");
    }

    @Test
    void tenWidgetsKeepTheirOwnStateAndQueuesAndOneBrokenOneHarmsNone() throws Exception {
        List<String> registrations = new ArrayList<>();
        for (int i = 0; i < WIDGETS.length; i++) {
            registrations.add(UUID.randomUUID().toString());
        }
        openPage(registrations);
        for (int i = 0; i < WIDGETS.length; i++) {
            widget(i).waitFor(broken(i) ? "error" : "intro");
        }
        // each gets its initialized statement before the LRS drops off
        for (int i = 0; i < WIDGETS.length; i++) {
            if (!broken(i)) {
                assertEquals(1, lrs.awaitStatements(registrations.get(i), 1,
                        Duration.ofSeconds(30)).size(), WIDGETS[i][0]);
            }
        }

        // the LRS drops off; each widget plays its own number of rounds
        proxy.down(true);
        List<Map<String, double[]>> before = new ArrayList<>();
        List<List<String>> chosen = new ArrayList<>();
        for (int i = 0; i < WIDGETS.length; i++) {
            int rounds = Integer.parseInt(WIDGETS[i][3]);
            LessonPage page = widget(i);
            if (rounds > 0) {
                page.start();
                chosen.add(page.playRounds(rounds, i % 3 == 0 ? Side.A : Side.B));
            } else {
                chosen.add(List.of());
            }
            before.add(broken(i) || rounds == 0 ? Map.of() : page.criteria());
        }

        // each queue holds its own widget's statements and no other's
        for (int i = 0; i < WIDGETS.length; i++) {
            String queue = (String) chrome.executeScript("return localStorage.getItem("
                    + "arguments[0]);", "preference-trainer.xapi." + activity(i) + "."
                    + registrations.get(i));
            if (broken(i) || chosen.get(i).isEmpty()) {
                continue;
            }
            assertTrue(queue != null && queue.contains("attempted"), WIDGETS[i][0] + ": " + queue);
            for (String response : chosen.get(i)) {
                assertTrue(queue.contains(response), WIDGETS[i][0]);
            }
            for (int j = 0; j < WIDGETS.length; j++) {
                if (j != i) {
                    assertFalse(queue.contains(registrations.get(j)), WIDGETS[i][0]);
                }
            }
        }

        // a reload: each is where it was, with the same weights; the broken one still says why
        List<String> shown = new ArrayList<>();
        openPage(registrations);
        for (int i = 0; i < WIDGETS.length; i++) {
            int rounds = Integer.parseInt(WIDGETS[i][3]);
            LessonPage page = widget(i).waitFor(broken(i) ? "error" : rounds == 0 ? "intro"
                    : "round");
            if (broken(i)) {
                String reason = page.find(".pt-error-reason").getText();
                assertTrue(reason.contains("packs/bad/ten-problems.json: the lesson has 10"
                        + " problems"), reason);
                page.findAll(".pt-problem").forEach(item -> shown.add(item.getText()));
            } else if (rounds > 0) {
                assertEquals(String.valueOf(rounds + 1), page.find(".pt")
                        .getDomAttribute("data-round"), WIDGETS[i][0]);
                Map<String, double[]> now = page.criteria();
                assertEquals(before.get(i).keySet(), now.keySet());
                for (String criterion : now.keySet()) {
                    assertEquals(before.get(i).get(criterion)[1], now.get(criterion)[1], 1e-12,
                            WIDGETS[i][0] + " " + criterion);
                }
            }
        }
        assertEquals(10, shown.size());

        // back online: each registration gets exactly its own statements, once each
        proxy.down(false);
        for (int i = 0; i < WIDGETS.length; i++) {
            if (broken(i)) {
                assertEquals(0, lrs.statements(registrations.get(i)).size());
                continue;
            }
            int rounds = chosen.get(i).size();
            // initialized, [attempted, rounds], terminated (the reload), initialized
            int expected = 1 + (rounds > 0 ? 1 + rounds : 0) + 1 + 1;
            List<JsonNode> statements = lrs.awaitStatements(registrations.get(i), expected,
                    Duration.ofSeconds(60));
            assertEquals(expected, statements.size(), WIDGETS[i][0]);
            List<String> responses = new ArrayList<>();
            for (JsonNode statement : statements) {
                assertTrue(statement.at("/object/id").asText().startsWith(activity(i)),
                        WIDGETS[i][0]);
                if (statement.at("/verb/id").asText().endsWith("/interacted")) {
                    responses.add(statement.at("/result/response").asText());
                }
            }
            assertEquals(chosen.get(i), responses, WIDGETS[i][0]);
        }
        assertNoCredentialAnywhere(Lrs.AUTH);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    @Test
    void credentialsShowNowhereWhetherTheLrsTakesThemRefusesThemOrTheLaunchIsBroken()
            throws Exception {
        // a TinCan launch through faults, then a refusal
        String registration = UUID.randomUUID().toString();
        String launch = server.url() + "launch.html?engine=js&seed=4&endpoint="
                + encode(proxy.endpoint()) + "&auth=" + encode(Lrs.AUTH) + "&actor="
                + encode(ACTOR) + "&registration=" + registration + "&activity_id="
                + encode(activity(99));
        proxy.onlyFor(registration);
        proxy.then(FaultyLrsProxy.Fault.STATUS_500, FaultyLrsProxy.Fault.CUT_MID_ANSWER,
                FaultyLrsProxy.Fault.STATUS_401);
        launches.add(launch);
        chrome.get(launch);
        recordAllEvents();
        LessonPage page = LessonPage.first(chrome).waitFor("intro");
        page.start();
        page.playRounds(2, Side.A);
        new WebDriverWait(chrome, Duration.ofSeconds(30)).until(d -> !((List<?>) chrome
                .executeScript("return window.refusals;")).isEmpty());
        assertNoCredentialAnywhere(Lrs.AUTH);

        // credentials the LRS refuses, given as attributes
        chrome.get(server.url() + "widgets.html");
        recordAllEvents();
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("endpoint", proxy.endpoint());
        attributes.put("auth", WRONG_AUTH);
        attributes.put("actor", ACTOR);
        attributes.put("registration", UUID.randomUUID().toString());
        attributes.put("activity-id", activity(98));
        attributes.put("engine", "wasm");
        chrome.executeScript("addWidget('refused', arguments[0]);", attributes);
        new LessonPage(chrome, chrome.findElement(By.id("refused"))).waitFor("intro");
        new WebDriverWait(chrome, Duration.ofSeconds(30)).until(d -> chrome.executeScript(
                "return window.allEvents.join(' ');").toString().contains("lrs-refused"));
        assertNoCredentialAnywhere(WRONG_AUTH);

        // launches the widget cannot use: a broken escape beside the credential, an actor that
        // is not JSON; the lesson still shows, and says why reporting is off, without them
        String broken = server.url() + "launch.html?engine=js&endpoint="
                + encode(proxy.endpoint()) + "&auth%zz=" + encode(Lrs.AUTH) + "&auth="
                + encode(Lrs.AUTH) + "&actor=" + encode(ACTOR) + "&activity_id="
                + encode(activity(97));
        launches.add(broken);
        chrome.get(broken);
        LessonPage.first(chrome).waitFor("intro");
        String badActor = server.url() + "launch.html?engine=wasm&endpoint="
                + encode(proxy.endpoint()) + "&auth=" + encode(Lrs.AUTH)
                + "&actor=%7B%22mbox%22%3A&activity_id=" + encode(activity(96));
        launches.add(badActor);
        chrome.get(badActor);
        LessonPage.first(chrome).waitFor("intro");
        List<String> console = assertNoCredentialAnywhere(Lrs.AUTH);
        assertTrue(console.stream().anyMatch(line -> line.contains("xAPI reporting is off:"
                + " launch parameter auth%zz")), console.toString());
        assertTrue(console.stream().anyMatch(line -> line.contains("launch parameter actor")),
                console.toString());
    }

    /**
     * Looks for the credential, its base64 token and what that decodes to, everywhere a page
     * or its developer could read: the console since the last look, localStorage, the events
     * recorded on this page and every text and attribute on the page, inside the widgets'
     * shadow roots too (but for the attributes the host page itself gave the elements).
     *
     * @return the console lines read, for further checks
     */
    private static List<String> assertNoCredentialAnywhere(String auth) {
        String token = auth.substring("Basic ".length());
        String decoded = new String(Base64.getDecoder().decode(token), StandardCharsets.UTF_8);
        String secret = decoded.substring(decoded.indexOf(':') + 1);
        List<String> secrets = List.of(auth, token, decoded, secret, token.substring(8, 24));

        // a TinCan launch's address carries the credential by design, and Chromium's own
        // messages name the page by it: that address is the LMS's, not the widget's words
        List<String> console = new ArrayList<>();
        for (LogEntry entry : chrome.manage().logs().get(LogType.BROWSER)) {
            String message = entry.getMessage();
            for (String page : launches) {
                message = message.replace(page, "(the launch address)");
            }
            console.add(message);
        }
        String storage = (String) chrome.executeScript("return JSON.stringify(localStorage)"
                + " + JSON.stringify(sessionStorage);");
        Object events = chrome.executeScript("return (window.allEvents || []).join('\\n');");
        String screen = (String) chrome.executeScript("var all = [];"
                + "(function walk(node) { if (node.shadowRoot) { walk(node.shadowRoot); }"
                + " all.push(node.nodeType === 3 ? node.nodeValue : '');"
                + " if (node.getAttribute && node.localName !== 'preference-trainer') {"
                + " for (var i = 0; i < node.attributes.length; i++)"
                + " { all.push(node.attributes[i].value); } }"
                + " for (var c = node.firstChild; c; c = c.nextSibling) { walk(c); } })"
                + "(document.body); return all.join('\\n');");
        for (String part : secrets) {
            for (String line : console) {
                assertFalse(line.contains(part), "the console: " + line);
            }
            assertFalse(storage.contains(part), "localStorage: " + storage);
            assertFalse(events.toString().contains(part), "an event's detail: " + events);
            assertFalse(screen.contains(part), "the page's text: " + screen);
        }
        return console;
    }
}
