package org.preferencetrainer.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.preferencetrainer.content.Pack;
import org.preferencetrainer.content.Packs;
import org.preferencetrainer.content.Question;
import org.preferencetrainer.content.QuizQuestion;
import org.preferencetrainer.content.Response;
import org.preferencetrainer.session.Side;

/**
 * Reporting tested against the real thing: whole lessons in Chromium, launched as an LMS
 * launches them, with the statements read back from a real LRS ({@link Lrs}, Learning
 * Locker's statement service) through an LMS gateway ({@link LmsGateway}) that can cut the
 * LRS off; and SCORM 1.2 inside scorm-again's runtime in the parent frame.
 */
class ReportingInChromiumTest {
    private static final Pack ENGLISH = Packs.shipped("en");
    private static final String ACTIVITY = "https://example.org/activities/rlhf-basics";
    private static final String ACTOR = "{\"name\":\"Ada Lovelace\",\"mbox\":\"mailto:ada@example.org\"}";
    private static final Pattern UUID_FORM = Pattern.compile(
            "[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
    private static final Duration DELIVERY = Duration.ofSeconds(30);
    /** Statements of a whole lesson: initialized, attempted, the rounds, the quiz, the end. */
    private static final int LESSON = 2 + ENGLISH.rounds() + ENGLISH.quiz().size() + 3;

    private static Lrs lrs;
    private static LmsGateway gateway;
    private static DistServer server;
    private static DistServer scormPackage;
    private static Path scoLesson;
    private static Path packs;
    private static ChromeDriver chrome;

    @BeforeAll
    static void start() throws Exception {
        lrs = Lrs.start();
        gateway = LmsGateway.start(lrs);
        Path scormAgain = Path.of(System.getProperty("lms.tools.dir", "src/test/lms"),
                "node_modules", "scorm-again", "dist");
        packs = Files.createTempDirectory("preference-trainer-packs");
        ObjectNode withoutQuiz = (ObjectNode) new ObjectMapper().readTree(Files.readString(
                Path.of(System.getProperty("content.dir", "content"), "en.json")));
        withoutQuiz.remove("quiz");
        withoutQuiz.remove("passingScore");
        Files.writeString(packs.resolve("no-quiz.json"), withoutQuiz.toString());
        server = DistServer.startDist(Path.of("src/test/resources/site"), scormAgain, packs);
        scormPackage = servePackage(scormAgain);
        chrome = Chromium.start();
    }

    /**
     * The SCORM 1.2 package as an LMS serves it, with the LMS's page beside it on the same
     * origin: the zip the build ships, unpacked, the fixture page that holds the API, and
     * scorm-again.
     */
    private static DistServer servePackage(Path scormAgain) throws Exception {
        Path lesson = Files.createTempDirectory("preference-trainer-sco");
        scoLesson = lesson;
        unzip(ScormPackageTest.shippedZip(), lesson);
        return DistServer.start(0, lesson, Path.of("src/test/resources/site"), scormAgain);
    }

    private static void unzip(Path zip, Path into) throws IOException {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                Path file = into.resolve(entry.getName()).normalize();
                if (!file.startsWith(into)) {
                    throw new IOException(zip + " holds a path outside its folder: "
                            + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(file);
                } else {
                    Files.createDirectories(file.getParent());
                    Files.copy(in, file);
                }
            }
        }
    }

    /** Each test starts with nothing saved: no session to resume, no statements queued. */
    @BeforeEach
    void forgetSavedState() {
        chrome.get(server.url() + "blank.html");
        chrome.executeScript("window.localStorage.clear();");
    }

    @AfterAll
    static void stop() throws Exception {
        Chromium.stop(chrome, scormPackage, server, gateway, lrs);
        if (packs != null) {
            Files.deleteIfExists(packs.resolve("no-quiz.json"));
            Files.deleteIfExists(packs);
        }
        if (scoLesson != null) {
            try (var files = Files.walk(scoLesson)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile()
                        .delete());
            }
        }
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    /** A TinCan launch URL, as mod_tincanlaunch builds it. */
    private static String tinCan(String engine, String registration, String auth) {
        return server.url() + "launch.html?engine=" + engine + "&seed=21"
                + "&endpoint=" + encode(gateway.endpoint()) + "&auth=" + encode(auth)
                + "&actor=" + encode(ACTOR) + "&registration=" + registration
                + "&activity_id=" + encode(ACTIVITY);
    }

    private static String newRegistration() {
        return UUID.randomUUID().toString();
    }

    /** The quiz answers a test gives: right for every question but the last. */
    private static String answerFor(QuizQuestion question, boolean right) {
        for (QuizQuestion.Choice choice : question.choices()) {
            if (choice.correct() == right) {
                return choice.id();
            }
        }
        throw new AssertionError(question.id());
    }

    /** Plays the quiz from its first question: all right but the last; returns the picks. */
    private static List<String> playQuiz(LessonPage page) {
        List<String> picked = new ArrayList<>();
        for (int i = 0; i < ENGLISH.quiz().size(); i++) {
            QuizQuestion question = ENGLISH.quiz().get(i);
            assertEquals(question.id(), page.quizQuestion());
            String choice = answerFor(question, i < ENGLISH.quiz().size() - 1);
            picked.add(choice);
            assertEquals(i < ENGLISH.quiz().size() - 1, page.answer(choice));
        }
        page.waitFor("result");
        return picked;
    }

    private static String questionOf(String responseId) {
        for (Question question : ENGLISH.questions()) {
            for (Response response : question.responses()) {
                if (response.id().equals(responseId)) {
                    return question.id();
                }
            }
        }
        throw new AssertionError("no response " + responseId);
    }

    private static String verb(JsonNode statement) {
        String id = statement.at("/verb/id").asText();
        assertTrue(id.startsWith("http://adlnet.gov/expapi/verbs/"), id);
        return id.substring("http://adlnet.gov/expapi/verbs/".length());
    }

    private static List<String> verbs(List<JsonNode> statements) {
        List<String> verbs = new ArrayList<>();
        statements.forEach(statement -> verbs.add(verb(statement)));
        return verbs;
    }

    private static List<String> lessonVerbs(String judged) {
        List<String> verbs = new ArrayList<>(List.of("initialized", "attempted"));
        for (int i = 0; i < ENGLISH.rounds(); i++) {
            verbs.add("interacted");
        }
        for (int i = 0; i < ENGLISH.quiz().size(); i++) {
            verbs.add("answered");
        }
        verbs.addAll(List.of("completed", judged, "terminated"));
        return verbs;
    }

    /** Reads the LRS until it holds {@code count} statements, then checks no more arrive. */
    private static List<JsonNode> exactly(String registration, int count) throws Exception {
        List<JsonNode> statements = lrs.awaitStatements(registration, count, DELIVERY);
        assertEquals(count, statements.size(), "statements in the LRS: " + verbs(statements)
                + " (LRS log: " + Lrs.log() + ")");
        Thread.sleep(1000);
        assertEquals(count, lrs.statements(registration).size(), "no statement arrives twice");
        return statements;
    }

    /** Common to every statement: a client UUID, the actor, the registration, a timestamp. */
    private static void assertEveryStatementIsWellFormed(List<JsonNode> statements,
            String registration) {
        Set<String> ids = new HashSet<>();
        String previous = "";
        for (JsonNode statement : statements) {
            String id = statement.get("id").asText();
            assertTrue(UUID_FORM.matcher(id).matches(), id);
            assertTrue(ids.add(id), "statement id " + id + " twice");
            assertEquals("mailto:ada@example.org", statement.at("/actor/mbox").asText());
            assertEquals(registration, statement.at("/context/registration").asText());
            String timestamp = statement.get("timestamp").asText();
            assertTrue(timestamp.compareTo(previous) >= 0, timestamp + " after " + previous);
            previous = timestamp;
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"js", "wasm"})
    void aTinCanLaunchSendsTheWholeLessonInOrderToTheLrs(String engine) throws Exception {
        String registration = newRegistration();
        chrome.get(tinCan(engine, registration, Lrs.AUTH));
        LessonPage page = LessonPage.first(chrome).waitFor("intro");
        assertEquals(engine, page.engine());

        page.start();
        List<String> chosen = page.playRounds(ENGLISH.rounds(), Side.A);
        page.waitFor("summary");
        page.startQuiz();
        List<String> picked = playQuiz(page);
        assertEquals("3", page.find(".pt-result").getDomAttribute("data-raw"));
        lrs.awaitStatements(registration, LESSON - 1, DELIVERY);
        chrome.get("about:blank");

        List<JsonNode> statements = exactly(registration, LESSON);
        assertEquals(lessonVerbs("passed"), verbs(statements));
        assertEveryStatementIsWellFormed(statements, registration);
        for (int round = 0; round < ENGLISH.rounds(); round++) {
            JsonNode interacted = statements.get(2 + round);
            assertEquals(ACTIVITY + "/question/" + questionOf(chosen.get(round)),
                    interacted.at("/object/id").asText());
            assertEquals("choice", interacted.at("/object/definition/interactionType").asText());
            assertEquals(chosen.get(round), interacted.at("/result/response").asText());
            assertEquals(ACTIVITY, interacted.at("/context/contextActivities/parent/0/id")
                    .asText());
        }
        for (int i = 0; i < ENGLISH.quiz().size(); i++) {
            JsonNode answered = statements.get(2 + ENGLISH.rounds() + i);
            assertEquals(ACTIVITY + "/quiz/" + ENGLISH.quiz().get(i).id(),
                    answered.at("/object/id").asText());
            assertEquals(picked.get(i), answered.at("/result/response").asText());
            assertEquals(i < ENGLISH.quiz().size() - 1, answered.at("/result/success").asBoolean());
        }
        JsonNode completed = statements.get(LESSON - 3);
        assertEquals(ACTIVITY, completed.at("/object/id").asText());
        assertEquals(3, completed.at("/result/score/raw").asInt());
        assertEquals(0, completed.at("/result/score/min").asInt());
        assertEquals(4, completed.at("/result/score/max").asInt());
        assertEquals(0.75, completed.at("/result/score/scaled").asDouble(), 1e-12);
        assertTrue(completed.at("/result/success").asBoolean());
        assertTrue(completed.at("/result/completion").asBoolean());
        assertTrue(completed.at("/result/duration").asText().matches("PT(\\d+M)?[\\d.]+S"),
                completed.at("/result/duration").asText());
        JsonNode passed = statements.get(LESSON - 2);
        assertEquals(0.75, passed.at("/result/score/scaled").asDouble(), 1e-12);
        assertTrue(passed.at("/result/success").asBoolean());
        assertTrue(statements.get(LESSON - 1).at("/result/duration").asText().startsWith("PT"));
    }

    @Test
    void aPackWithoutAQuizReportsCompletionOnly() throws Exception {
        String registration = newRegistration();
        chrome.get(tinCan("js", registration, Lrs.AUTH) + "&src=no-quiz.json");
        LessonPage page = LessonPage.first(chrome).waitFor("intro");

        page.start();
        page.playRounds(ENGLISH.rounds(), Side.A);
        page.waitFor("summary");
        assertTrue(page.findAll(".pt-quiz-start").isEmpty(), "no quiz to start");

        List<JsonNode> statements = exactly(registration, 2 + ENGLISH.rounds() + 1);
        List<String> verbs = verbs(statements);
        assertEquals("completed", verbs.get(verbs.size() - 1));
        JsonNode result = statements.get(statements.size() - 1).get("result");
        assertTrue(result.get("completion").asBoolean());
        assertTrue(result.path("score").isMissingNode(), result.toString());
        assertTrue(result.path("success").isMissingNode(), result.toString());
    }

    @Test
    void aCmi5LaunchFetchesItsTokenOnceAndFollowsTheLaunchData() throws Exception {
        String registration = newRegistration();
        String session = UUID.randomUUID().toString();
        gateway.launchData("{\"launchMode\":\"Normal\",\"masteryScore\":0.5,\"moveOn\":"
                + "\"CompletedAndPassed\",\"contextTemplate\":{\"contextActivities\":{\"grouping\":"
                + "[{\"id\":\"https://example.org/courses/ai-literacy\"}]},\"extensions\":{"
                + "\"https://w3id.org/xapi/cmi5/context/extensions/sessionid\":\"" + session
                + "\"}}}");
        int fetchesBefore = gateway.fetches();
        String url = server.url() + "launch.html?engine=js&seed=8&endpoint="
                + encode(gateway.endpoint()) + "&fetch=" + encode(gateway.url() + "cmi5/fetch")
                + "&actor=" + encode(ACTOR) + "&registration=" + registration
                + "&activityId=" + encode(ACTIVITY);
        chrome.get(url);
        LessonPage page = LessonPage.first(chrome).waitFor("intro");

        page.start();
        page.playRounds(ENGLISH.rounds(), Side.B);
        page.waitFor("summary");
        page.startQuiz();
        playQuiz(page);
        lrs.awaitStatements(registration, LESSON - 1, DELIVERY);
        chrome.get("about:blank");

        List<JsonNode> statements = exactly(registration, LESSON);
        assertEquals(1, gateway.fetches() - fetchesBefore, "the fetch URL is used once");
        assertEquals(lessonVerbs("passed"), verbs(statements));
        assertEveryStatementIsWellFormed(statements, registration);
        Set<String> defined = Set.of("initialized", "completed", "passed", "terminated");
        for (JsonNode statement : statements) {
            String verb = verb(statement);
            String categories = statement.at("/context/contextActivities/category").toString();
            assertEquals(defined.contains(verb),
                    categories.contains("https://w3id.org/xapi/cmi5/context/categories/cmi5"),
                    verb);
            assertEquals(verb.equals("completed") || verb.equals("passed"),
                    categories.contains("https://w3id.org/xapi/cmi5/context/categories/moveon"),
                    verb);
            assertEquals(session, statement.at("/context/extensions").get(
                    "https://w3id.org/xapi/cmi5/context/extensions/sessionid").asText(), verb);
            assertEquals("https://example.org/courses/ai-literacy",
                    statement.at("/context/contextActivities/grouping/0/id").asText());
        }
        JsonNode completed = statements.get(LESSON - 3);
        assertTrue(completed.at("/result/completion").asBoolean());
        assertTrue(completed.at("/result/score").isMissingNode(), "cmi5: score goes on passed");
        JsonNode passed = statements.get(LESSON - 2);
        assertEquals(0.75, passed.at("/result/score/scaled").asDouble(), 1e-12);
        assertEquals(0.5, passed.at("/context/extensions").get(
                "https://w3id.org/xapi/cmi5/context/extensions/masteryscore").asDouble(), 1e-12);

        // a reload of the same launch: the lesson resumes, but the fetch URL refuses a second
        // token, and the page is told
        chrome.get(url);
        LessonPage.first(chrome).waitFor("result");
        List<?> refusals = awaitRefusals();
        assertTrue(((Map<?, ?>) refusals.get(0)).get("message").toString()
                .contains("the fetch URL was already used"), refusals.toString());
        assertEquals(LESSON, lrs.statements(registration).size());
    }

    private static List<?> awaitRefusals() {
        return new WebDriverWait(chrome, Duration.ofSeconds(20)).until(d -> {
            List<?> refusals = (List<?>) chrome.executeScript("return window.refusals;");
            return refusals != null && !refusals.isEmpty() ? refusals : null;
        });
    }

    @Test
    void withTheLrsCutOffMidLessonAndBackAfterAReloadEveryStatementArrivesOnce()
            throws Exception {
        String registration = newRegistration();
        String queueKey = "preference-trainer.xapi." + ACTIVITY + "." + registration;
        chrome.get(tinCan("js", registration, Lrs.AUTH));
        LessonPage page = LessonPage.first(chrome).waitFor("intro");
        page.start();
        List<String> chosen = new ArrayList<>(page.playRounds(3, Side.B));
        assertEquals(5, lrs.awaitStatements(registration, 5, DELIVERY).size());

        // the LRS drops off; the learner finishes the lesson
        gateway.down();
        int droppedBefore = gateway.dropped();
        chosen.addAll(page.playRounds(ENGLISH.rounds() - 3, Side.B));
        page.waitFor("summary");
        page.startQuiz();
        playQuiz(page);
        new WebDriverWait(chrome, Duration.ofSeconds(20))
                .until(d -> gateway.dropped() > droppedBefore);
        String queue = (String) chrome.executeScript(
                "return window.localStorage.getItem(arguments[0]);", queueKey);
        assertNotNull(queue, "the unsent statements are kept in localStorage");
        assertFalse(queue.contains(Lrs.AUTH.substring("Basic ".length())),
                "no credential in storage");
        assertEquals(5, lrs.statements(registration).size(), "nothing got through");

        // a reload while the LRS is still away (the lesson resumes at its result); then it is
        // back
        chrome.navigate().refresh();
        LessonPage.first(chrome).waitFor("result");
        int droppedAfterReload = gateway.dropped();
        new WebDriverWait(chrome, Duration.ofSeconds(20))
                .until(d -> gateway.dropped() > droppedAfterReload);
        long back = System.nanoTime();
        gateway.up();
        List<JsonNode> delivered = lrs.awaitStatements(registration, LESSON + 1, DELIVERY);
        long catchUpMillis = (System.nanoTime() - back) / 1_000_000;
        System.out.println("Preference Trainer: after the LRS came back, the queued statements"
                + " arrived in " + catchUpMillis + " ms; " + (gateway.dropped() - droppedBefore)
                + " requests were dropped during the outage");
        assertEquals(LESSON + 1, delivered.size(), verbs(delivered).toString());
        chrome.get("about:blank");

        // the first visit's lesson and end, then the second visit's start and end
        List<JsonNode> statements = exactly(registration, LESSON + 2);
        List<String> expected = lessonVerbs("passed");
        expected.addAll(List.of("initialized", "terminated"));
        assertEquals(expected, verbs(statements));
        assertEveryStatementIsWellFormed(statements, registration);
        for (int round = 0; round < ENGLISH.rounds(); round++) {
            assertEquals(chosen.get(round), statements.get(2 + round).at("/result/response")
                    .asText());
        }
        for (JsonNode statement : statements) {
            assertTrue(gateway.puts(statement.get("id").asText()) >= 1);
        }
    }

    @Test
    void anLrsThatRefusesTheCredentialsIsReportedAndTheStatementsWait() throws Exception {
        String registration = newRegistration();
        String wrong = "Basic " + Base64.getEncoder().encodeToString(
                "widget-tests:not-the-key".getBytes(StandardCharsets.UTF_8));
        chrome.get(tinCan("js", registration, wrong));
        LessonPage page = LessonPage.first(chrome).waitFor("intro");
        page.start();

        List<?> refusals = awaitRefusals();
        Map<?, ?> refusal = (Map<?, ?>) refusals.get(0);
        assertEquals(401L, ((Number) refusal.get("status")).longValue());
        assertEquals(gateway.endpoint(), refusal.get("endpoint"));
        String storage = (String) chrome.executeScript(
                "return JSON.stringify(window.localStorage);");
        assertTrue(storage.contains("initialized") && storage.contains("attempted"), storage);
        assertFalse(storage.contains("bm90LXRoZS1rZXk"), "the credential is not stored");
        assertEquals(0, lrs.statements(registration).size());
    }

    @Test
    void theScormPackageInsideAScorm12RuntimeRecordsTheScoreAndStatus() {
        chrome.get(scormPackage.url() + "scorm.html");
        chrome.switchTo().frame(chrome.findElement(By.id("lesson")));
        LessonPage page = LessonPage.first(chrome).waitFor("intro");
        page.start();
        page.playRounds(ENGLISH.rounds(), Side.A);
        page.waitFor("summary");
        page.startQuiz();
        playQuiz(page);
        chrome.switchTo().defaultContent();

        assertEquals("75", lms("cmi.core.score.raw"));
        assertEquals("0", lms("cmi.core.score.min"));
        assertEquals("100", lms("cmi.core.score.max"));
        assertEquals("passed", lms("cmi.core.lesson_status"));
        List<?> calls = (List<?>) chrome.executeScript("return window.scormCalls;");
        assertEquals("LMSInitialize", calls.get(0));
        assertTrue(calls.contains("LMSSetValue cmi.core.lesson_status=incomplete"), calls.toString());
        assertTrue(calls.indexOf("LMSSetValue cmi.core.lesson_status=passed")
                < calls.lastIndexOf("LMSCommit"), calls.toString());

        // leaving the lesson ends the LMS session
        chrome.executeScript("document.getElementById('lesson').src = 'about:blank';");
        List<?> ended = new WebDriverWait(chrome, Duration.ofSeconds(10)).until(d -> {
            List<?> now = (List<?>) chrome.executeScript("return window.scormCalls;");
            return now.contains("LMSFinish") ? now : null;
        });
        assertTrue(ended.stream().anyMatch(call -> call.toString()
                .startsWith("LMSSetValue cmi.core.session_time=")), ended.toString());
        assertEquals("LMSFinish", ended.get(ended.size() - 1));
    }

    private static String lms(String element) {
        return (String) chrome.executeScript("return window.API.LMSGetValue(arguments[0]);",
                element);
    }
}
