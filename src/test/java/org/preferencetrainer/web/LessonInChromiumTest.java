package org.preferencetrainer.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.preferencetrainer.content.Packs;
import org.preferencetrainer.content.Pack;
import org.preferencetrainer.content.Question;
import org.preferencetrainer.model.ModelSettings;
import org.preferencetrainer.session.Session;
import org.preferencetrainer.session.Side;
import org.preferencetrainer.session.Summary;

/**
 * The lesson played in headless Chromium, in both builds, served over HTTP. Each round is checked
 * against the same session computed on the JVM: the builds must show the very pairs, gauge and
 * weights that the Java code gives for the same seed and choices.
 */
class LessonInChromiumTest {
    private static final Pack ENGLISH = Packs.shipped("en");
    private static final int CLARITY = 0;
    private static final long SEED = 42;

    private static DistServer server;
    private static ChromeDriver chrome;

    @BeforeAll
    static void startBrowser() throws Exception {
        server = DistServer.startDist(Path.of("src/test/resources/site"));
        chrome = Chromium.start();
    }

    @AfterAll
    static void stopBrowser() throws Exception {
        Chromium.stop(chrome, server);
    }

    /** Each test starts with no saved sessions, as a first-time learner would. */
    @BeforeEach
    void forgetSavedSessions() {
        Chromium.forgetSavedSessions(chrome, server);
    }

    private LessonPage open(String query) {
        chrome.get(server.url() + "frame.html?" + query);
        return LessonPage.first(chrome);
    }

    /** The side whose response is clearer in the JVM session's current pair. */
    private static Side clearer(Session session) {
        double[][] scores = session.question().scoreMatrix();
        return scores[session.pair().responseB()][CLARITY]
                > scores[session.pair().responseA()][CLARITY] ? Side.B : Side.A;
    }

    @ParameterizedTest
    @ValueSource(strings = {"js", "wasm"})
    void aLearnerWhoPrefersClearerAnswersPlaysEveryRoundAndSeesClarityWin(String engine) {
        LessonPage page = open("engine=" + engine + "&seed=" + SEED).waitFor("intro");
        assertEquals(engine, page.engine(), "the requested build runs");
        Session expected = Session.start(ENGLISH, ModelSettings.defaults(), SEED).begin();

        page.start();
        for (int round = 1; round <= ENGLISH.rounds(); round++) {
            // what the learner sees matches the JVM's session
            assertEquals("Round " + round + " / " + ENGLISH.rounds(), page.roundTitle());
            Question question = expected.question();
            assertEquals(question.prompt(), page.prompt());
            assertEquals(question.responses().get(expected.pair().responseA()).id(),
                    page.response(Side.A));
            assertEquals(question.responses().get(expected.pair().responseB()).id(),
                    page.response(Side.B));
            assertEquals(expected.gauge().name().toLowerCase(), page.gauge(), "round " + round);
            assertMatches(expected, page.criteria());

            // choose by click in odd rounds and by key in even ones
            Side side = clearer(expected);
            if (round % 2 == 1) {
                page.clickPrefer(side);
            } else {
                page.pressKey(side);
            }
            expected = expected.choose(side);
            if (expected.phase() == Session.Phase.ROUND) {
                assertTrue(page.note().startsWith("You preferred response " + side + "."),
                        page.note());
                // the note leaves out changes below 0.05; a clearer choice never lowers Clarity
                double clarity = expected.lastChoice().change()[CLARITY];
                assertEquals(clarity >= 0.05, page.note().contains("Clarity +"), page.note());
                assertFalse(page.note().contains("Clarity \u2212"), page.note());
            }
        }

        page.waitFor("summary");
        Map<String, double[]> weights = page.criteria();
        assertMatches(expected, weights);
        String top = weights.entrySet().stream()
                .max((a, b) -> Double.compare(a.getValue()[1], b.getValue()[1]))
                .get().getKey();
        assertEquals("clarity", top);
        assertTrue(page.text().contains("It now favours answers with more Clarity"),
                page.text());

        Summary summary = expected.summary();
        Question payoff = ENGLISH.questions().get(summary.question());
        assertEquals(payoff.responses().get(summary.originalAnswer()).id(),
                page.summaryResponse("original"));
        assertEquals(payoff.responses().get(summary.trainedAnswer()).id(),
                page.summaryResponse("trained"));
        assertTrue(clarityOf(payoff, page.summaryResponse("trained"))
                > clarityOf(payoff, page.summaryResponse("original")),
                "the trained model's answer is clearer than the original's");
    }

    @ParameterizedTest
    @ValueSource(strings = {"js", "wasm"})
    void theWhyPanelShowsThePredictionTheJvmModelComputes(String engine) {
        LessonPage page = open("engine=" + engine + "&seed=" + SEED).waitFor("intro");
        Session expected = Session.start(ENGLISH, ModelSettings.defaults(), SEED).begin();
        page.start();
        WebElement toggle = page.find(".pt-why-toggle");
        assertEquals("false", toggle.getDomAttribute("aria-expanded"));
        assertFalse(page.find(".pt-why-panel").isDisplayed(), "closed at first");

        for (int round = 1; round <= ENGLISH.rounds(); round++) {
            page.openWhy();
            assertEquals("true", toggle.getDomAttribute("aria-expanded"));
            assertTrue(page.find(".pt-why-panel").isDisplayed());

            // P(A ≻ B) and its parts, as the JVM's model has them
            double probability = expected.probabilityA();
            assertEquals(probability, page.whyProbability(), 1e-12, "round " + round);
            Map<String, Double> parts = page.whyContributions();
            double total = 0;
            for (double part : parts.values()) {
                total += part;
            }
            assertEquals(ENGLISH.criteria().size(), parts.size());
            assertEquals(Math.log(probability / (1 - probability)), total, 1e-9);
            String words = page.find(".pt-why-prediction").getText();
            if (round > 1) {
                assertTrue(words.contains(Math.round(probability * 100) + "%"), words);
            }

            // choose the side the model thinks less likely every third round, to surprise it
            Side side = round % 3 == 0 ? (probability > 0.5 ? Side.B : Side.A)
                    : clearer(expected);
            page.clickPrefer(side);
            expected = expected.choose(side);
            if (expected.phase() == Session.Phase.ROUND) {
                double predicted = expected.lastChoice().predicted();
                String note = page.note();
                String verdict = predicted > 0.5 ? "The model had predicted this ("
                        : predicted < 0.5 ? "The model did not expect this: it gave it "
                        : "The model had no prediction yet";
                assertTrue(note.contains(verdict), note);
            }
        }
        page.waitFor("summary");
    }

    @ParameterizedTest
    @ValueSource(strings = {"js", "wasm"})
    void theSummaryHasABetaControlAndALearningCurveThatFollowTheModel(String engine) {
        LessonPage page = open("engine=" + engine + "&seed=" + SEED).waitFor("intro");
        Session expected = Session.start(ENGLISH, ModelSettings.defaults(), SEED).begin();
        page.start();
        for (int round = 1; round <= ENGLISH.rounds(); round++) {
            Side side = clearer(expected);
            page.clickPrefer(side);
            expected = expected.choose(side);
        }
        page.waitFor("summary");
        Summary summary = expected.summary();
        Question payoff = ENGLISH.questions().get(summary.question());

        // the slider starts at the lesson's β, where the answer is the trained model's
        WebElement slider = page.betaSlider();
        assertEquals(Integer.toString(summary.playedBetaStep()), slider.getDomProperty("value"));
        assertEquals(payoff.responses().get(summary.trainedAnswer()).id(), page.betaAnswer()[0]);
        assertEquals("0.5", page.betaAnswer()[1]);

        // all the way up: β = ∞ gives the original answer back
        slider.sendKeys(Keys.HOME);
        assertEquals(payoff.responses().get(summary.originalAnswer()).id(), page.betaAnswer()[0]);
        assertTrue(page.find(".pt-beta-value").getText().contains("∞"));

        // all the way down: the answer the learned reward scores highest
        slider.sendKeys(Keys.END);
        double[] steps = summary.betaSteps();
        double lowest = steps[steps.length - 1];
        assertEquals(Double.toString(lowest), page.betaAnswer()[1]);
        assertEquals(payoff.responses().get(summary.answerAt(lowest)).id(), page.betaAnswer()[0]);
        assertEquals(summary.rewardMaximiser(), summary.answerAt(lowest));
        assertTrue(page.find(".pt-hacking").getText().contains("reward hacking"));

        // the learning curve: confidence from ½ before round 1, agreement from round 1
        Map<Integer, Double> confidence = page.curve("confidence");
        Map<Integer, Double> agreement = page.curve("agreement");
        assertEquals(ENGLISH.rounds() + 1, confidence.size());
        assertEquals(ENGLISH.rounds(), agreement.size());
        assertEquals(0.5, confidence.get(0));
        for (int round = 1; round <= ENGLISH.rounds(); round++) {
            assertEquals(summary.confidences()[round - 1], confidence.get(round), 1e-12);
            assertEquals(summary.agreement()[round - 1], agreement.get(round), 1e-12);
        }
        String caption = page.find(".pt-curve-caption").getText();
        assertEquals(caption, page.find(".pt-curve-chart").getDomAttribute("aria-label"));
        assertTrue(caption.contains("had predicted " + summary.predictedChoices() + " of your "
                + ENGLISH.rounds() + " choices"), caption);
    }

    @Test
    void bothBuildsShowTheSamePairsAndEndWithTheSameWeights() {
        List<String> jsPairs = new ArrayList<>();
        List<String> wasmPairs = new ArrayList<>();

        Map<String, double[]> jsWeights = playAlternating("js", jsPairs);
        Map<String, double[]> wasmWeights = playAlternating("wasm", wasmPairs);

        assertEquals(jsPairs, wasmPairs);
        assertEquals(jsWeights.keySet(), wasmWeights.keySet());
        for (String criterion : jsWeights.keySet()) {
            assertEquals(jsWeights.get(criterion)[1], wasmWeights.get(criterion)[1], 1e-12,
                    criterion);
        }
    }

    /** Plays a whole session choosing A, B, A, B, ...; records the pairs; returns the weights. */
    private Map<String, double[]> playAlternating(String engine, List<String> pairs) {
        Chromium.forgetSavedSessions(chrome, server);
        LessonPage page = open("engine=" + engine + "&seed=7").waitFor("intro");
        assertEquals(engine, page.engine());
        page.start();
        for (int round = 1; round <= ENGLISH.rounds(); round++) {
            pairs.add(page.response(Side.A) + "/" + page.response(Side.B));
            page.clickPrefer(round % 2 == 1 ? Side.A : Side.B);
        }
        page.waitFor("summary");
        return page.criteria();
    }

    @Test
    void restartAfterTheQuizBeginsAFreshSessionAtRoundOne() {
        LessonPage page = open("engine=js&seed=3").waitFor("intro");
        page.start();
        for (int round = 1; round <= ENGLISH.rounds(); round++) {
            page.clickPrefer(Side.A);
        }
        page.waitFor("summary");
        page.startQuiz();
        for (int i = 0; i < ENGLISH.quiz().size(); i++) {
            page.answer(ENGLISH.quiz().get(i).choices().get(0).id());
        }
        page.waitFor("result");
        assertTrue(page.text().contains("Your score"), page.text());

        page.find(".pt-restart").click();

        page.waitFor("round");
        assertEquals("Round 1 / " + ENGLISH.rounds(), page.roundTitle());
        assertEquals(List.of("Clarity 0.0", "Prudence 0.0", "Conciseness 0.0", "Warmth 0.0"),
                page.criteriaText());
    }

    @Test
    void theElementTellsTheHostPageWhatHappensThroughEvents() {
        chrome.get(server.url() + "events.html");
        LessonPage page = LessonPage.first(chrome).waitFor("intro");
        page.start();
        for (int round = 1; round <= ENGLISH.rounds(); round++) {
            page.clickPrefer(Side.B);
        }
        page.waitFor("summary");

        @SuppressWarnings("unchecked")
        List<Map<String, Object>> events = (List<Map<String, Object>>) chrome.executeScript(
                "return window.recordedEvents;");
        List<String> types = new ArrayList<>();
        for (Map<String, Object> event : events) {
            types.add((String) event.get("type"));
            assertEquals("preference-trainer", event.get("target"));
        }
        List<String> expected = new ArrayList<>();
        expected.add("preference-trainer:ready");
        for (int round = 1; round <= ENGLISH.rounds(); round++) {
            expected.add("preference-trainer:choice");
        }
        expected.add("preference-trainer:complete");
        assertEquals(expected, types);

        @SuppressWarnings("unchecked")
        Map<String, Object> ready = (Map<String, Object>) events.get(0).get("detail");
        assertEquals("rlhf-basics-en", ready.get("pack"));
        assertEquals("42", ready.get("seed"));
        @SuppressWarnings("unchecked")
        Map<String, Object> choice = (Map<String, Object>) events.get(1).get("detail");
        assertEquals("B", choice.get("side"));
        assertEquals(1L, ((Number) choice.get("round")).longValue());
        assertTrue(((Map<?, ?>) choice.get("weights")).containsKey("clarity"));
    }

    @Test
    void autoPicksWebAssemblyWhereTheBrowserAndPageAllowIt() {
        LessonPage page = open("seed=1").waitFor("intro");

        assertEquals("wasm", page.engine());
    }

    @Test
    void aPageThatForbidsEvalGetsTheJavaScriptBuildWithoutTheLearnerNoticing() {
        chrome.get(server.url() + "csp.html");
        LessonPage page = LessonPage.first(chrome).waitFor("intro");

        assertEquals("js", page.engine());
        page.start();
        page.clickPrefer(Side.A);
        assertEquals("Round 2 / " + ENGLISH.rounds(), page.roundTitle());
    }

    @Test
    void theBuiltInLessonWorksFromAFileUrl() {
        Path index = Path.of(System.getProperty("dist.dir", "target/dist"), "index.html");
        chrome.get(index.toAbsolutePath().toUri().toString());
        LessonPage page = LessonPage.first(chrome).waitFor("intro");

        assertEquals("js", page.engine(), "file pages cannot fetch WebAssembly");
        page.start();
        assertEquals("Round 1 / " + ENGLISH.rounds(), page.roundTitle());
    }

    @Test
    void aPackThatCannotBeFoundSaysWhatAndWhere() {
        LessonPage page = open("engine=js&src=content/missing.json").waitFor("error");

        String alert = page.find("[role=alert]").getText();
        assertTrue(alert.contains("content/missing.json"), alert);
        assertTrue(alert.contains("404"), alert);
    }

    @Test
    void theLessonPageTeachesAroundTheWidget() {
        chrome.get(server.url());
        LessonPage page = LessonPage.first(chrome).waitFor("intro");

        String article = chrome.findElement(org.openqa.selenium.By.tagName("main")).getText();
        for (String concept : List.of("Generation", "Comparison", "Preference", "Reinforcement",
                "Adaptation", "Clarity", "Prudence", "Conciseness", "Warmth")) {
            assertTrue(article.contains(concept), concept);
        }
        assertTrue(page.text().contains("Start"));
    }

    private static void assertMatches(Session expected, Map<String, double[]> shown) {
        double[] weights = expected.model().weights();
        double[] counts = expected.model().counts();
        double[] deviations = expected.model().standardDeviations();
        for (int k = 0; k < ENGLISH.criteria().size(); k++) {
            double[] row = shown.get(ENGLISH.criteria().get(k).id());
            String what = ENGLISH.criteria().get(k).id() + " in round " + expected.round();
            assertEquals(counts[k], row[0], 1e-9, what + " count");
            assertEquals(weights[k], row[1], 1e-9, what + " weight");
            assertEquals(deviations[k], row[2], 1e-9, what + " sd");
        }
    }

    private static double clarityOf(Question question, String responseId) {
        return question.responses().stream().filter(r -> r.id().equals(responseId)).findFirst()
                .orElseThrow().scores()[CLARITY];
    }
}
