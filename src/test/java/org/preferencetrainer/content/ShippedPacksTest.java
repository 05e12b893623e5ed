package org.preferencetrainer.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The shipped packs, English, Spanish and French, against what a lesson needs from them: the
 * same shape, a quiz, and scores that tell the truth about the answers they score.
 */
class ShippedPacksTest {
    /** The shipped packs list Conciseness third. */
    private static final int CONCISENESS = 2;

    @ParameterizedTest
    @ValueSource(strings = {"en", "es", "fr"})
    void eachShippedPackHasTheLessonsShapeInItsOwnLanguage(String language) {
        Pack pack = Packs.shipped(language);

        assertEquals(language, pack.language());
        assertEquals(language, UiText.forPack(pack).language(), "the widget speaks it");
        assertEquals("rlhf-basics-" + language, pack.id());
        assertEquals(4, pack.criteria().size());
        assertEquals(12, pack.questions().size());
        for (Question question : pack.questions()) {
            assertEquals(5, question.responses().size(), question.id());
        }
        assertEquals(8, pack.rounds());
        assertTrue(pack.quiz().size() >= 3, "a quiz to check understanding");
        assertNotNull(pack.passingScore());
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "es", "fr"})
    void theUntrainedModelsAnswerIsMiddlingOnEveryCriterion(String language) {
        Pack pack = Packs.shipped(language);

        // the first response is what the original model says: never the best or the worst
        for (Question question : pack.questions()) {
            double[][] scores = question.scoreMatrix();
            for (int k = 0; k < pack.criteria().size(); k++) {
                double min = Double.MAX_VALUE;
                double max = -Double.MAX_VALUE;
                for (int r = 1; r < scores.length; r++) {
                    min = Math.min(min, scores[r][k]);
                    max = Math.max(max, scores[r][k]);
                }
                assertTrue(min < scores[0][k] && scores[0][k] < max, question.id() + " "
                        + pack.criteria().get(k).id());
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "es", "fr"})
    void theMostConciseAnswerIsShorterThanTheLeastConcise(String language) {
        Pack pack = Packs.shipped(language);

        for (Question question : pack.questions()) {
            List<Response> responses = question.responses();
            Comparator<Response> byConciseness =
                    Comparator.comparingDouble(r -> r.scores()[CONCISENESS]);
            Response most = responses.stream().max(byConciseness).orElseThrow();
            Response least = responses.stream().min(byConciseness).orElseThrow();
            assertTrue(most.text().length() < least.text().length(), question.id());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "es", "fr"})
    void eachCriterionHasAStrongAnswerInNearlyEveryQuestion(String language) {
        Pack pack = Packs.shipped(language);

        // so that a learner who values any one criterion can move the model towards it
        for (int k = 0; k < pack.criteria().size(); k++) {
            int strong = 0;
            for (Question question : pack.questions()) {
                double best = 0;
                for (double[] response : question.scoreMatrix()) {
                    best = Math.max(best, response[k]);
                }
                strong += best >= 0.75 ? 1 : 0;
            }
            assertTrue(strong >= pack.questions().size() - 2, pack.criteria().get(k).id()
                    + " scores 0.75 or more in only " + strong + " questions");
        }
    }
}
