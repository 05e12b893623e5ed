package org.preferencetrainer.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.preferencetrainer.content.Pack;
import org.preferencetrainer.content.Packs;
import org.preferencetrainer.content.QuizQuestion;
import org.preferencetrainer.model.ModelSettings;

class QuizTest {
    private static final Pack ENGLISH = Packs.shipped("en");

    /** The shipped English session played to its summary, always choosing A. */
    static Session atSummary(long seed) {
        Session session = Session.start(ENGLISH, ModelSettings.defaults(), seed).begin();
        while (session.phase() == Session.Phase.ROUND) {
            session = session.choose(Side.A);
        }
        return session;
    }

    /** The index of the correct choice, or of the first wrong one. */
    static int choice(QuizQuestion question, boolean correct) {
        List<QuizQuestion.Choice> choices = question.choices();
        for (int i = 0; i < choices.size(); i++) {
            if (choices.get(i).correct() == correct) {
                return i;
            }
        }
        throw new AssertionError(question.id() + " has no " + (correct ? "right" : "wrong")
                + " choice");
    }

    @Test
    void theQuizFollowsTheSummaryAndAsksThePacksQuestionsInOrder() {
        Session session = atSummary(5);
        assertTrue(session.hasQuiz());
        assertFalse(session.finished(), "a pack with a quiz is not finished at its summary");

        session = session.startQuiz();

        assertEquals(Session.Phase.QUIZ, session.phase());
        for (int i = 0; i < ENGLISH.quiz().size(); i++) {
            assertEquals(ENGLISH.quiz().get(i).id(), session.quiz().question().id());
            assertEquals(i, session.quiz().current());
            session = session.answer(0);
        }
        assertEquals(Session.Phase.RESULT, session.phase());
        assertTrue(session.finished());
        assertNull(session.quiz().question());
    }

    @ParameterizedTest
    @CsvSource({
        "4, 4, 1.0, true",
        "3, 4, 0.75, true",
        "2, 4, 0.5, false",
        "0, 4, 0.0, false",
    })
    void theScoreCountsCorrectAnswersAndPassesFromThePacksPassingScore(int right, int max,
            double scaled, boolean passed) {
        Session session = atSummary(9).startQuiz();
        for (int i = 0; i < max; i++) {
            session = session.answer(choice(session.quiz().question(), i < right));
        }

        QuizScore score = session.quiz().score();

        assertEquals(right, score.raw());
        assertEquals(max, score.max());
        assertEquals(scaled, score.scaled(), 1e-12);
        assertEquals(0.6, score.passingScore());
        assertTrue(score.graded());
        assertEquals(passed, score.passed());
    }

    @Test
    void aScoreExactlyAtThePassingScorePasses() {
        assertTrue(new QuizScore(3, 5, 0.6).passed());
        assertFalse(new QuizScore(2, 5, 0.6).passed());
    }

    @Test
    void withoutAPassingScoreTheQuizIsScoredButNeitherPassedNorFailed() {
        QuizScore score = new QuizScore(1, 2, null);

        assertFalse(score.graded());
        assertFalse(score.passed());
        assertEquals(0.5, score.scaled(), 1e-12);
    }

    @Test
    void eachAnswerRecordsWhetherItWasCorrect() {
        Session session = atSummary(2).startQuiz();
        QuizQuestion first = session.quiz().question();

        session = session.answer(choice(first, false));
        session = session.answer(choice(session.quiz().question(), true));

        assertFalse(session.quiz().correct(0));
        assertTrue(session.quiz().correct(1));
    }

    @Test
    void aQuizInProgressReplaysFromItsState() {
        Session played = atSummary(13).startQuiz().answer(1).answer(0);

        Session replayed = Session.restore(ENGLISH, ModelSettings.defaults(),
                SessionState.decode(played.state().encode()));

        assertEquals(Session.Phase.QUIZ, replayed.phase());
        assertEquals(List.of(1, 0), replayed.quiz().answers());
        assertEquals(played.state(), replayed.state());
    }

    @Test
    void restartAfterTheQuizBeginsAFreshSession() {
        Session done = atSummary(4).startQuiz().answer(0).answer(0).answer(0).answer(0);

        Session again = done.restart();

        assertEquals(Session.Phase.ROUND, again.phase());
        assertEquals(1, again.round());
        assertNull(again.quiz());
    }

    @Test
    void aChoiceOutsideTheQuestionsChoicesIsRefused() {
        Session session = atSummary(1).startQuiz();

        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> session.answer(4));

        assertEquals("Choice 4 is outside 0..3 for quiz question quiz-adjusts",
                error.getMessage());
    }

    @Test
    void theQuizStartsOnlyFromTheSummary() {
        Session round = Session.start(ENGLISH, ModelSettings.defaults(), 1).begin();

        IllegalStateException error = assertThrows(IllegalStateException.class, round::startQuiz);

        assertEquals("Cannot start the quiz of a session in phase ROUND; expected SUMMARY",
                error.getMessage());
    }
}
