package org.preferencetrainer.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.preferencetrainer.content.Pack;
import org.preferencetrainer.content.Packs;
import org.preferencetrainer.content.Question;
import org.preferencetrainer.content.QuizQuestion;
import org.preferencetrainer.model.ModelSettings;
import org.preferencetrainer.session.Session;
import org.preferencetrainer.session.Side;

/** The statements of whole lessons, read back as JSON: verbs, order, ids, results, context. */
class XapiSessionTest {
    private static final Pack ENGLISH = Packs.shipped("en");
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String ACTIVITY = "https://example.org/activities/rlhf";

    private final FixedStamps stamps = new FixedStamps();
    private final Outbox outbox = new Outbox();

    private static Launch tinCan() {
        return Launch.read(Map.of(), LaunchTest.tinCan(), LaunchTest::parse, null).launch();
    }

    private static Launch cmi5() {
        Map<String, String> query = LaunchTest.tinCan();
        query.remove("auth");
        query.remove("activity_id");
        query.put("fetch", "http://127.0.0.1:9/fetch");
        query.put("activityId", ACTIVITY);
        return Launch.read(Map.of(), query, LaunchTest::parse, null).launch();
    }

    private static LaunchData launchData(String extra) {
        return LaunchData.read(Packs.json("{\"contextTemplate\":{\"contextActivities\":"
                + "{\"grouping\":[{\"id\":\"https://example.org/course\"}]},\"extensions\":"
                + "{\"https://w3id.org/xapi/cmi5/context/extensions/sessionid\":\"s-1\"}}"
                + extra + "}"));
    }

    private XapiSession xapi(Launch launch, LaunchData data) {
        return new XapiSession(new StatementBuilder(launch, data, ENGLISH, stamps), outbox,
                stamps, launch, data);
    }

    /** Plays the English lesson: Start, every round choosing A, then the quiz with answers. */
    private Session play(XapiSession xapi, int... answers) {
        xapi.initialize();
        Session session = Session.start(ENGLISH, ModelSettings.defaults(), 11).begin();
        xapi.attempt();
        while (session.phase() == Session.Phase.ROUND) {
            stamps.advance(4000);
            session = session.choose(Side.A);
            xapi.interacted(session.lastChoice());
        }
        session = session.startQuiz();
        for (int answer : answers) {
            stamps.advance(3000);
            QuizQuestion question = session.quiz().question();
            session = session.answer(answer);
            xapi.answered(question, answer);
        }
        xapi.finish(session.quiz().score());
        return session;
    }

    private List<JsonNode> statements() throws Exception {
        List<JsonNode> statements = new ArrayList<>();
        for (Statement statement : outbox.pending()) {
            JsonNode json = MAPPER.readTree(statement.json());
            assertEquals(statement.id(), json.get("id").asText());
            assertEquals(statement.verb(), verb(json));
            statements.add(json);
        }
        return statements;
    }

    private static String verb(JsonNode statement) {
        String id = statement.at("/verb/id").asText();
        assertTrue(id.startsWith(StatementBuilder.ADL_VERBS), id);
        return id.substring(StatementBuilder.ADL_VERBS.length());
    }

    private static List<String> verbs(List<JsonNode> statements) {
        List<String> verbs = new ArrayList<>();
        for (JsonNode statement : statements) {
            verbs.add(verb(statement));
        }
        return verbs;
    }

    private static List<String> lesson(String... ending) {
        List<String> verbs = new ArrayList<>(List.of("initialized", "attempted"));
        for (int i = 0; i < ENGLISH.rounds(); i++) {
            verbs.add("interacted");
        }
        for (int i = 0; i < ENGLISH.quiz().size(); i++) {
            verbs.add("answered");
        }
        verbs.addAll(List.of(ending));
        return verbs;
    }

    @Test
    void aWholeTinCanLessonSendsEveryVerbInOrderWithUniqueIds() throws Exception {
        XapiSession xapi = xapi(tinCan(), null);

        play(xapi, 0, 0, 0, 0);
        xapi.terminate();

        List<JsonNode> statements = statements();
        assertEquals(lesson("completed", "passed", "terminated"), verbs(statements));
        Set<String> ids = new HashSet<>();
        for (JsonNode statement : statements) {
            assertTrue(Uuid.isUuid(statement.get("id").asText()));
            assertTrue(ids.add(statement.get("id").asText()), "ids are unique");
            assertEquals(LaunchTest.REGISTRATION, statement.at("/context/registration").asText());
            assertEquals("mailto:ada@example.org", statement.at("/actor/mbox").asText());
            assertEquals("en", statement.at("/context/language").asText());
            assertTrue(statement.get("timestamp").asText().endsWith("+01:00"));
        }
    }

    @Test
    void completedCarriesScoreSuccessCompletionAndDuration() throws Exception {
        XapiSession xapi = xapi(tinCan(), null);
        QuizQuestion first = ENGLISH.quiz().get(0);
        int wrong = first.choices().get(0).correct() ? 1 : 0;

        play(xapi, wrong, 0, 0, 0);

        List<JsonNode> statements = statements();
        JsonNode completed = statements.get(statements.size() - 2);
        assertEquals("completed", verb(completed));
        assertEquals(ACTIVITY, completed.at("/object/id").asText());
        JsonNode result = completed.get("result");
        assertEquals(3, result.at("/score/raw").asInt());
        assertEquals(0, result.at("/score/min").asInt());
        assertEquals(4, result.at("/score/max").asInt());
        assertEquals(0.75, result.at("/score/scaled").asDouble(), 1e-12);
        assertTrue(result.get("success").asBoolean(), "0.75 passes the pack's 0.6");
        assertTrue(result.get("completion").asBoolean());
        // 8 rounds of 4 s and 4 answers of 3 s since attempted
        assertEquals("PT44S", result.get("duration").asText());
        assertEquals("passed", verb(statements.get(statements.size() - 1)));
    }

    @Test
    void aLowScoreFails() throws Exception {
        XapiSession xapi = xapi(tinCan(), null);
        int[] wrong = new int[ENGLISH.quiz().size()];
        for (int i = 0; i < wrong.length; i++) {
            wrong[i] = ENGLISH.quiz().get(i).choices().get(0).correct() ? 1 : 0;
        }

        play(xapi, wrong);

        List<JsonNode> statements = statements();
        JsonNode failed = statements.get(statements.size() - 1);
        assertEquals("failed", verb(failed));
        assertFalse(failed.at("/result/success").asBoolean());
        assertEquals(0, failed.at("/result/score/scaled").asDouble(), 1e-12);
    }

    @Test
    void interactedNamesTheQuestionAndTheStableResponseIds() throws Exception {
        XapiSession xapi = xapi(tinCan(), null);
        Session session = Session.start(ENGLISH, ModelSettings.defaults(), 3).begin();
        Question question = session.question();
        String a = question.responses().get(session.pair().responseA()).id();
        String b = question.responses().get(session.pair().responseB()).id();

        xapi.interacted(session.choose(Side.B).lastChoice());

        JsonNode interacted = statements().get(1);
        assertEquals(ACTIVITY + "/question/" + question.id(), interacted.at("/object/id").asText());
        JsonNode definition = interacted.at("/object/definition");
        assertEquals(StatementBuilder.INTERACTION, definition.get("type").asText());
        assertEquals("choice", definition.get("interactionType").asText());
        assertEquals(question.prompt(), definition.at("/description/en").asText());
        assertEquals(a, definition.at("/choices/0/id").asText());
        assertEquals(b, definition.at("/choices/1/id").asText());
        assertEquals(b, interacted.at("/result/response").asText());
        assertEquals(ACTIVITY, interacted.at("/context/contextActivities/parent/0/id").asText());
    }

    @Test
    void answeredGivesTheChoiceTheCorrectPatternAndSuccess() throws Exception {
        XapiSession xapi = xapi(tinCan(), null);
        QuizQuestion question = ENGLISH.quiz().get(1);

        xapi.answered(question, 2);

        JsonNode answered = statements().get(1);
        assertEquals(ACTIVITY + "/quiz/" + question.id(), answered.at("/object/id").asText());
        assertEquals("comparison-rank",
                answered.at("/object/definition/correctResponsesPattern/0").asText());
        assertEquals("comparison-grade", answered.at("/result/response").asText());
        assertFalse(answered.at("/result/success").asBoolean());
    }

    @Test
    void aPackWithoutAQuizReportsCompletionOnly() throws Exception {
        XapiSession xapi = xapi(tinCan(), null);

        xapi.attempt();
        stamps.advance(1500);
        xapi.finish(null);

        List<JsonNode> statements = statements();
        assertEquals(List.of("initialized", "attempted", "completed"), verbs(statements));
        JsonNode result = statements.get(2).get("result");
        assertNull(result.get("score"));
        assertNull(result.get("success"));
        assertTrue(result.get("completion").asBoolean());
        assertEquals("PT1.5S", result.get("duration").asText());
    }

    @Test
    void nothingIsSentAfterTerminated() throws Exception {
        XapiSession xapi = xapi(tinCan(), null);
        xapi.attempt();
        stamps.advance(61_000);

        xapi.terminate();
        xapi.attempt();
        xapi.terminate();

        List<JsonNode> statements = statements();
        assertEquals(List.of("initialized", "attempted", "terminated"), verbs(statements));
        assertEquals("PT1M1S", statements.get(2).at("/result/duration").asText());
    }

    @Test
    void cmi5StatementsStartFromTheContextTemplateAndCarryTheirCategories() throws Exception {
        XapiSession xapi = xapi(cmi5(), launchData(",\"launchMode\":\"Normal\",\"masteryScore\":0.8"));

        play(xapi, 0, 0, 0, 0);
        xapi.terminate();

        List<JsonNode> statements = statements();
        for (JsonNode statement : statements) {
            assertEquals("s-1", statement.at("/context/extensions/"
                    + "https:~1~1w3id.org~1xapi~1cmi5~1context~1extensions~1sessionid").asText());
            assertEquals("https://example.org/course",
                    statement.at("/context/contextActivities/grouping/0/id").asText());
            String verb = verb(statement);
            boolean defined = List.of("initialized", "completed", "passed", "failed",
                    "terminated").contains(verb);
            JsonNode category = statement.at("/context/contextActivities/category");
            assertEquals(defined, category.toString().contains(StatementBuilder.CMI5_CATEGORY),
                    verb);
            assertEquals(verb.equals("completed") || verb.equals("passed"),
                    category.toString().contains(StatementBuilder.MOVE_ON_CATEGORY), verb);
        }
        JsonNode completed = statements.get(statements.size() - 3);
        assertEquals("completed", verb(completed));
        assertNull(completed.at("/result").get("score"), "cmi5 keeps the score for passed");
        assertNull(completed.at("/context/extensions").get(StatementBuilder.MASTERY_SCORE));
        JsonNode passed = statements.get(statements.size() - 2);
        assertEquals("passed", verb(passed));
        assertEquals(0.8, passed.at("/context/extensions/"
                + "https:~1~1w3id.org~1xapi~1cmi5~1context~1extensions~1masteryscore").asDouble());
        assertNull(passed.at("/object").get("definition"), "the LMS defines the AU");
    }

    @Test
    void cmi5MasteryScoreReplacesThePacksPassingScore() throws Exception {
        XapiSession xapi = xapi(cmi5(), launchData(",\"masteryScore\":0.9"));
        int wrong = ENGLISH.quiz().get(0).choices().get(0).correct() ? 1 : 0;

        play(xapi, wrong, 0, 0, 0);

        List<String> verbs = verbs(statements());
        assertEquals("failed", verbs.get(verbs.size() - 1), "0.75 is below the mastery score 0.9");
    }

    @Test
    void cmi5CompletesAndPassesOncePerRegistrationAndNeverFailsAfterPassing() throws Exception {
        XapiSession first = xapi(cmi5(), launchData(""));
        play(first, 0, 0, 0, 0);
        first.terminate();
        outbox.settle(outbox.next().id(), 204);

        // a second attempt in a later visit, failing this time
        XapiSession second = xapi(cmi5(), launchData(""));
        int[] wrong = new int[ENGLISH.quiz().size()];
        for (int i = 0; i < wrong.length; i++) {
            wrong[i] = ENGLISH.quiz().get(i).choices().get(0).correct() ? 1 : 0;
        }
        play(second, wrong);
        second.terminate();

        List<String> verbs = verbs(statements());
        assertEquals(1, verbs.stream().filter("completed"::equals).count());
        assertEquals(1, verbs.stream().filter("passed"::equals).count());
        assertEquals(0, verbs.stream().filter("failed"::equals).count());
    }

    @Test
    void cmi5BrowseLaunchesNeitherCompleteNorJudge() throws Exception {
        XapiSession xapi = xapi(cmi5(), launchData(",\"launchMode\":\"Browse\""));

        play(xapi, 0, 0, 0, 0);
        xapi.terminate();

        List<String> verbs = verbs(statements());
        assertFalse(verbs.contains("completed"));
        assertFalse(verbs.contains("passed"));
        assertEquals("terminated", verbs.get(verbs.size() - 1));
    }
}
