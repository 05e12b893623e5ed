package org.preferencetrainer.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.preferencetrainer.content.Pack;
import org.preferencetrainer.content.Packs;
import org.preferencetrainer.session.Side;
import org.preferencetrainer.web.FaultyLrsProxy.Fault;

/**
 * The LRS behind a proxy that drops, delays, fails and cuts ({@link FaultyLrsProxy}), in
 * scripted sequences that run out: whatever it does, once it lets statements through every
 * statement the widget made is in the real LRS exactly once, in the order it was made, through
 * reloads and a tab closed with statements still queued. A 401 stops the sending, keeps the
 * queue and tells the host page; the next launch sends what waited.
 */
class LrsFaultsInChromiumTest {
    private static final Pack ENGLISH = Packs.shipped("en");
    private static final String ACTIVITY = "https://example.org/activities/rlhf-faults";
    private static final String ACTOR = "{\"name\":\"Grace Hopper\",\"mbox\":"
            + "\"mailto:grace@example.org\"}";
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Duration DELIVERY = Duration.ofSeconds(90);

    /**
     * The faults of the first visit: every kind, with passes between so back-off stays short.
     * The visit may end before they are used up; the rest meet the next visit's statements.
     */
    static final Fault[] FIRST_VISIT = {Fault.DROP, Fault.PASS, Fault.STATUS_500, Fault.PASS,
        Fault.STATUS_503, Fault.STATUS_503, Fault.PASS, Fault.CUT_AFTER_STORE, Fault.PASS,
        Fault.DELAY, Fault.CUT_MID_ANSWER, Fault.PASS, Fault.DROP, Fault.CUT_AFTER_STORE};
    /** The faults after the reload. */
    static final Fault[] AFTER_RELOAD = {Fault.STATUS_500, Fault.PASS, Fault.CUT_MID_ANSWER,
        Fault.PASS, Fault.DELAY, Fault.DROP, Fault.PASS, Fault.STATUS_503, Fault.PASS,
        Fault.CUT_AFTER_STORE};

    private static Lrs lrs;
    private static FaultyLrsProxy proxy;
    private static DistServer server;
    private static ChromeDriver chrome;

    @BeforeAll
    static void start() throws Exception {
        lrs = Lrs.start();
        proxy = FaultyLrsProxy.start(lrs);
        server = DistServer.startDist(Path.of("src/test/resources/site"));
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

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static String launch(String engine, String registration) {
        return server.url() + "launch.html?engine=" + engine + "&seed=77"
                + "&endpoint=" + encode(proxy.endpoint()) + "&auth=" + encode(Lrs.AUTH)
                + "&actor=" + encode(ACTOR) + "&registration=" + registration
                + "&activity_id=" + encode(ACTIVITY);
    }

    private static List<String> verbs(List<JsonNode> statements) {
        List<String> verbs = new ArrayList<>();
        for (JsonNode statement : statements) {
            String id = statement.at("/verb/id").asText();
            verbs.add(id.substring(id.lastIndexOf('/') + 1));
        }
        return verbs;
    }

    private static String queue(String registration) {
        return (String) chrome.executeScript("return window.localStorage.getItem(arguments[0]);",
                "preference-trainer.xapi." + ACTIVITY + "." + registration);
    }

    /**
     * Every statement made, once, in order: the LRS holds {@code count} statements, all
     * different, stored in the order of their timestamps (the order they were made).
     */
    private static List<JsonNode> exactlyOnceInOrder(String registration, int count)
            throws Exception {
        List<JsonNode> statements = lrs.awaitStatements(registration, count, DELIVERY);
        Thread.sleep(1500);
        statements = lrs.statements(registration);
        assertEquals(count, statements.size(), "statements in the LRS: " + verbs(statements));
        Set<String> ids = new HashSet<>();
        String previous = "";
        for (JsonNode statement : statements) {
            assertTrue(ids.add(statement.get("id").asText()), "stored twice: " + statement);
            String timestamp = statement.get("timestamp").asText();
            assertTrue(timestamp.compareTo(previous) >= 0, "stored out of the order made: "
                    + verbs(statements));
            previous = timestamp;
        }
        return statements;
    }

    @Test
    void throughDropsDelaysErrorsCutsReloadsAndAClosedTabEveryStatementArrivesOnceInOrder()
            throws Exception {
        String registration = UUID.randomUUID().toString();
        int putsBefore = proxy.puts();
        Map<String, Integer> attemptsBefore = proxy.attempts();

        // first visit: start and four rounds while the proxy works through its first script
        proxy.onlyFor(registration);
        proxy.then(FIRST_VISIT);
        chrome.get(launch("js", registration));
        LessonPage page = LessonPage.first(chrome).waitFor("intro");
        page.start();
        List<String> chosen = new ArrayList<>(page.playRounds(4, Side.A));

        // a reload; four more rounds and the quiz's first answers under the second script
        proxy.then(AFTER_RELOAD);
        chrome.navigate().refresh();
        page = LessonPage.first(chrome).waitFor("round");
        chosen.addAll(page.playRounds(ENGLISH.rounds() - 4, Side.B));
        page.waitFor("summary");

        // the LRS drops off; the learner does the quiz, then closes the tab with statements
        // still queued, and comes back in a new tab of the same browser
        proxy.down(true);
        page.startQuiz();
        for (int i = 0; i < ENGLISH.quiz().size(); i++) {
            page.answer(ENGLISH.quiz().get(i).choices().get(0).id());
        }
        page.waitFor("result");
        assertTrue(queue(registration).contains("answered"), "the answers wait in storage");
        String closing = chrome.getWindowHandle();
        chrome.switchTo().newWindow(WindowType.TAB);
        String fresh = chrome.getWindowHandle();
        chrome.switchTo().window(closing).close();
        chrome.switchTo().window(fresh);
        chrome.get(launch("js", registration));
        LessonPage.first(chrome).waitFor("result");
        proxy.down(false);

        // visits: 1 (initialized, attempted, 4 rounds, terminated), 2 (initialized, 4 rounds,
        // the quiz, completed, passed or failed, terminated), 3 (initialized), then its end
        int made = 2 + 4 + 1 + 1 + (ENGLISH.rounds() - 4) + ENGLISH.quiz().size() + 2 + 1 + 1;
        lrs.awaitStatements(registration, made, DELIVERY);
        chrome.get("about:blank");
        List<JsonNode> statements = exactlyOnceInOrder(registration, made + 1);

        List<String> verbs = verbs(statements);
        assertEquals(List.of("initialized", "attempted"), verbs.subList(0, 2));
        assertEquals("terminated", verbs.get(6));
        assertEquals("initialized", verbs.get(7));
        assertEquals("terminated", verbs.get(verbs.size() - 1));
        assertEquals("initialized", verbs.get(verbs.size() - 2));
        List<String> responses = new ArrayList<>();
        for (JsonNode statement : statements) {
            if (verbs.get(statements.indexOf(statement)).equals("interacted")) {
                responses.add(statement.at("/result/response").asText());
            }
        }
        assertEquals(chosen, responses, "each choice once, in the order made");

        // every fault was met; every statement the proxy saw is in the LRS; nothing waits
        assertEquals(0, proxy.scriptLeft(), "the scripts ran out");
        Map<String, Integer> attempts = proxy.attempts();
        attempts.keySet().removeAll(attemptsBefore.keySet());
        Set<String> stored = new HashSet<>();
        statements.forEach(s -> stored.add(s.get("id").asText()));
        assertEquals(stored, attempts.keySet(), "what was sent is what was stored");
        // the last statement went out with keepalive as the page closed: its answer came to no
        // page, so it may still be queued; it is stored, and sending it again changes nothing
        chrome.get(server.url() + "blank.html");
        String left = queue(registration);
        if (left != null) {
            for (JsonNode waiting : MAPPER.readTree(left).get("pending")) {
                assertTrue(stored.contains(waiting.get("id").asText()),
                        "only stored statements may wait: " + left);
            }
        }
        System.out.println("Preference Trainer: through the faulty proxy, " + statements.size()
                + " statements made, " + (proxy.puts() - putsBefore) + " PUTs sent, "
                + statements.size() + " stored once each, in order; faults so far "
                + proxy.injected());
    }

    @Test
    void a401StopsTheSendingKeepsTheQueueAndTellsThePageAndTheNextLaunchSendsIt()
            throws Exception {
        String registration = UUID.randomUUID().toString();
        chrome.get(launch("wasm", registration));
        LessonPage page = LessonPage.first(chrome).waitFor("intro");
        assertEquals(1, lrs.awaitStatements(registration, 1, DELIVERY).size());

        // the LRS refuses the next statement; the learner plays on
        proxy.onlyFor(registration);
        proxy.then(Fault.STATUS_401);
        page.start();
        List<?> refusals = new WebDriverWait(chrome, Duration.ofSeconds(20)).until(d -> {
            List<?> now = (List<?>) chrome.executeScript("return window.refusals;");
            return now.isEmpty() ? null : now;
        });
        Map<?, ?> refusal = (Map<?, ?>) refusals.get(0);
        assertEquals(401L, ((Number) refusal.get("status")).longValue());
        assertEquals(proxy.endpoint(), refusal.get("endpoint"));
        int putsAtRefusal = proxy.puts();
        page.playRounds(3, Side.A);
        Thread.sleep(3000);
        assertEquals(putsAtRefusal, proxy.puts(), "nothing more is sent after a 401");
        String queue = queue(registration);
        assertTrue(queue.contains("attempted") && queue.contains("interacted"), queue);
        assertFalse(queue.contains(Lrs.AUTH.substring("Basic ".length())));
        assertEquals(1, lrs.statements(registration).size(), "only initialized got through");

        // a new launch with credentials the LRS accepts sends what waited, once each
        chrome.get(launch("wasm", registration));
        LessonPage.first(chrome).waitFor("round");
        lrs.awaitStatements(registration, 7, DELIVERY);
        chrome.get("about:blank");
        // initialized, attempted, 3 rounds, terminated; initialized, terminated
        List<JsonNode> statements = exactlyOnceInOrder(registration, 8);
        assertEquals(List.of("initialized", "attempted", "interacted", "interacted",
                "interacted", "terminated", "initialized", "terminated"), verbs(statements));
        System.out.println("Preference Trainer: after a 401, " + statements.size()
                + " statements stored once each, in order, by the next launch");
    }
}
