package org.preferencetrainer.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.preferencetrainer.content.Corpus;
import org.preferencetrainer.content.Criterion;
import org.preferencetrainer.content.Pack;
import org.preferencetrainer.content.Packs;
import org.preferencetrainer.content.Question;
import org.preferencetrainer.content.QuizQuestion;
import org.preferencetrainer.content.UiText;
import org.preferencetrainer.model.ModelSettings;
import org.preferencetrainer.session.Session;
import org.preferencetrainer.session.Side;
import org.preferencetrainer.session.Summary;

/**
 * Packs with their own criteria, in their own language, played through in Chromium in both
 * builds: a Spanish pack with 3 criteria and a French one with 6. The criteria panel, the note
 * after each choice, the model and the summary all follow the pack, the widget speaks the
 * pack's language, and the pack's rounds, quiz and UI overrides are honoured. Each round is
 * checked against the same session on the JVM.
 */
class PacksInChromiumTest {
    private static final long SEED = 11;

    private static DistServer server;
    private static ChromeDriver chrome;

    @BeforeAll
    static void startBrowser() throws Exception {
        server = DistServer.startDist(Path.of("src/test/resources/site"),
                Path.of("src/test/resources"));
        chrome = Chromium.start();
    }

    /** Each test starts with no saved sessions, as a first-time learner would. */
    @BeforeEach
    void forgetSavedSessions() {
        Chromium.forgetSavedSessions(chrome, server);
    }

    @AfterAll
    static void stopBrowser() throws Exception {
        Chromium.stop(chrome, server);
    }

    /** The side whose response scores higher on the pack's last criterion. */
    private static Side prefersLast(Session session) {
        double[][] scores = session.question().scoreMatrix();
        int last = scores[0].length - 1;
        return scores[session.pair().responseB()][last] > scores[session.pair().responseA()][last]
                ? Side.B : Side.A;
    }

    @ParameterizedTest(name = "{1} in {0}")
    @CsvSource({
        "js, good/tres-criterios-es.json, Comenzar, Volver a empezar",
        "wasm, good/tres-criterios-es.json, Comenzar, Volver a empezar",
        "js, good/six-criteres-fr.json, Commencer, Rejouer",
        "wasm, good/six-criteres-fr.json, Commencer, Rejouer",
    })
    void aPackWithItsOwnCriteriaAndLanguagePlaysThrough(String engine, String file,
            String start, String restart) {
        Pack pack = Packs.pack(Corpus.ROOT.resolve(file));
        UiText text = UiText.forPack(pack);
        chrome.get(server.url() + "frame.html?engine=" + engine + "&seed=" + SEED
                + "&src=packs/" + file);
        LessonPage page = LessonPage.first(chrome).waitFor("intro");

        // the intro, in the pack's language, with the pack's own word for Start
        assertEquals(engine, page.engine());
        assertEquals(pack.language(), page.find(".pt").getDomAttribute("lang"));
        assertEquals(pack.title(), page.find(".pt-intro-title").getText());
        assertEquals(visible(text.get("intro.text", pack.rounds())),
                page.find(".pt-intro-text").getText());
        assertEquals(start, page.find(".pt-start").getText());

        Session expected = Session.start(pack, ModelSettings.defaults(), SEED).begin();
        page.start();
        for (int round = 1; round <= pack.rounds(); round++) {
            assertEquals(visible(text.get("round", round, pack.rounds())), page.roundTitle());
            if (round == 1) {
                assertEquals(labels(pack, "0,0"), page.criteriaText(), "nothing learned yet");
            }
            Question question = expected.question();
            assertEquals(question.prompt(), page.prompt());
            assertEquals(question.responses().get(expected.pair().responseA()).id(),
                    page.response(Side.A));
            assertEquals(question.responses().get(expected.pair().responseB()).id(),
                    page.response(Side.B));
            assertMatches(pack, expected, page.criteria());
            assertEquals(text.get("prefer", "A"), page.find(".pt-prefer[data-side=A]")
                    .getText());
            if (round == 2) {
                assertWhyPanelSpeaksThePacksLanguage(pack, text, page);
            }

            Side side = prefersLast(expected);
            page.clickPrefer(side);
            expected = expected.choose(side);
            if (expected.phase() == Session.Phase.ROUND) {
                assertEquals(visible(note(pack, text, expected)), page.note());
            }
        }

        // the summary: every criterion, the favoured ones by label, the payoff, Restart
        page.waitFor("summary");
        assertEquals(visible(text.get("summary.title")), page.find(".pt-summary-title").getText());
        assertMatches(pack, expected, page.criteria());
        Summary summary = expected.summary();
        assertTrue(!summary.favoured().isEmpty(), "a consistent learner has a favourite");
        StringBuilder names = new StringBuilder();
        for (int i = 0; i < summary.favoured().size(); i++) {
            if (i > 0) {
                names.append(i == summary.favoured().size() - 1
                        ? " " + text.get("and") + " " : ", ");
            }
            names.append(pack.criteria().get(summary.favoured().get(i)).label());
        }
        assertEquals(visible(text.get("summary.favoured", names.toString())),
                page.find(".pt-favoured").getText());
        Question payoff = pack.questions().get(summary.question());
        assertEquals(payoff.responses().get(summary.originalAnswer()).id(),
                page.summaryResponse("original"));
        assertEquals(payoff.responses().get(summary.trainedAnswer()).id(),
                page.summaryResponse("trained"));

        // the pack's quiz in its language, then the score, and the pack's own word for Restart
        assertEquals(visible(text.get("quiz.start")), page.find(".pt-quiz-start").getText());
        page.startQuiz();
        int asked = 0;
        while ("quiz".equals(page.phase())) {
            asked++;
            QuizQuestion question = pack.quiz().stream()
                    .filter(q -> q.id().equals(page.quizQuestion())).findFirst().orElseThrow();
            assertEquals(visible(text.get("quiz.progress", asked, pack.quiz().size())),
                    page.find(".pt-quiz-title").getText());
            assertEquals(question.prompt(), page.find(".pt-quiz .pt-prompt").getText());
            String right = question.choices().stream().filter(QuizQuestion.Choice::correct)
                    .findFirst().orElseThrow().id();
            assertTrue(page.answer(right), question.id());
        }
        page.waitFor("result");
        assertEquals(pack.quiz().size(), asked);
        String all = Integer.toString(pack.quiz().size());
        assertEquals(visible(text.get("result.score", pack.quiz().size(), all, text.percent(1))),
                page.find(".pt-result-score").getText());
        assertEquals(restart, page.find(".pt-restart").getText());
    }

    /** The "why these two?" panel: a row a criterion, by label, numbers with a decimal comma. */
    private static void assertWhyPanelSpeaksThePacksLanguage(Pack pack, UiText text,
            LessonPage page) {
        assertEquals(visible(text.get("why.toggle")), page.find(".pt-why-toggle").getText());
        page.find(".pt-why-toggle").click();
        List<WebElement> rows = page.findAll(".pt-why-row");
        assertEquals(pack.criteria().size(), rows.size());
        for (int k = 0; k < rows.size(); k++) {
            String row = rows.get(k).getText();
            assertTrue(row.startsWith(pack.criteria().get(k).label()), row);
            assertTrue(row.matches(".*\\d,\\d\\d.*") && !row.matches(".*\\d\\.\\d\\d.*"),
                    "decimal comma: " + row);
        }
        page.find(".pt-why-toggle").click();
    }

    /**
     * The note after the session's last choice, worked out here: each criterion that moved,
     * by its label, with the change written in the pack language's way (+0,6 in French), and
     * whether the model had expected the choice.
     */
    private static String note(Pack pack, UiText text, Session session) {
        double[] change = session.lastChoice().change();
        StringBuilder changes = new StringBuilder();
        for (int k = 0; k < change.length; k++) {
            if (Math.abs(change[k]) >= 0.05) {
                changes.append(changes.length() == 0 ? "" : ", ")
                        .append(pack.criteria().get(k).label()).append(' ')
                        .append(text.decimal(Format.signed(change[k], 1)));
            }
        }
        assertTrue(changes.length() > 0, "the pair differed");
        double predicted = session.lastChoice().predicted();
        String prediction = predicted == 0.5 ? text.get("note.unsure")
                : text.get(predicted > 0.5 ? "note.predicted" : "note.surprised",
                        text.percent(predicted));
        return text.get("note.chosen", session.lastChoice().side().name()) + " "
                + text.get("note.changes", changes.toString()) + " " + prediction;
    }

    /** Text as WebDriver reads it from the page: a no-break space reads as a space. */
    private static String visible(String text) {
        return text.replace('\u00a0', ' ');
    }

    /** Each criterion's label with a zero count, as the panel shows it at the start. */
    private static List<String> labels(Pack pack, String zero) {
        List<String> rows = new ArrayList<>();
        for (Criterion criterion : pack.criteria()) {
            rows.add(criterion.label() + " " + zero);
        }
        return rows;
    }

    private static void assertMatches(Pack pack, Session expected, Map<String, double[]> shown) {
        assertEquals(pack.criteria().size(), shown.size(), "one row a criterion");
        double[] weights = expected.model().weights();
        double[] counts = expected.model().counts();
        double[] deviations = expected.model().standardDeviations();
        for (int k = 0; k < pack.criteria().size(); k++) {
            String id = pack.criteria().get(k).id();
            double[] row = shown.get(id);
            assertEquals(counts[k], row[0], 1e-9, id + " count");
            assertEquals(weights[k], row[1], 1e-9, id + " weight");
            assertEquals(deviations[k], row[2], 1e-9, id + " sd");
        }
    }
}
