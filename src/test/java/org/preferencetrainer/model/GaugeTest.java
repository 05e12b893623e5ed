package org.preferencetrainer.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.preferencetrainer.Gen;
import org.preferencetrainer.Tries;

class GaugeTest {

    @Test
    void theUntrainedModelReadsWeakAtExactlyOneHalf() {
        RewardModel model = RewardModel.initial(4, 1.0);

        double confidence = Gauge.confidence(model);

        assertEquals(0.5, confidence);
        assertEquals(Gauge.WEAK, Gauge.of(model));
    }

    @ParameterizedTest(name = "confidence {0} reads {1}")
    @CsvSource({
        "0.0,    WEAK",
        "0.5,    WEAK",
        "0.7499, WEAK",
        "0.75,   NEUTRAL",
        "0.8499, NEUTRAL",
        "0.85,   STRONG",
        "0.95,   STRONG",
        "1.0,    STRONG",
    })
    void thresholdsSplitConfidenceIntoThreeReadings(double confidence, Gauge expected) {
        Gauge reading = Gauge.of(confidence);

        assertEquals(expected, reading);
    }

    @ParameterizedTest(name = "confidence {0} is rejected")
    @CsvSource({"-0.01", "1.01", "NaN"})
    void confidenceOutsideTheUnitIntervalIsRejected(double confidence) {
        assertThrows(IllegalArgumentException.class, () -> Gauge.of(confidence));
    }

    @Test
    void withOneCriterionConfidenceIsTheProbabilityItsWeightIsPositive() {
        RewardModel model = RewardModel.initial(1, 1.0)
                .afterChoice(new double[] {1.0}, new double[] {0.0}, 1.0);

        double confidence = Gauge.confidence(model);

        // w = 0.5 and H = 1.2350037122, so z = 0.5·√1.2350037122
        assertEquals(Logistic.normalCdf(0.5 * Math.sqrt(1.2350037122)), confidence, 1e-10);
    }

    @Test
    void withOneCriterionASettledDislikeCountsAsMuchAsASettledLiking() {
        RewardModel liked = RewardModel.initial(1, 1.0)
                .afterChoice(new double[] {0.8}, new double[] {0.1}, 1.0);
        RewardModel disliked = RewardModel.initial(1, 1.0)
                .afterChoice(new double[] {0.1}, new double[] {0.8}, 1.0);

        double likedConfidence = Gauge.confidence(liked);
        double dislikedConfidence = Gauge.confidence(disliked);

        assertEquals(likedConfidence, dislikedConfidence, 1e-15);
        assertTrue(likedConfidence > 0.5);
    }

    @Test
    void confidenceComparesTheTopTwoCriteriaUsingTheirCovariance() {
        RewardModel model = RewardModel.initial(3, 1.0)
                .afterChoice(new double[] {1, 0, 0.2}, new double[] {0, 1, 0.2}, 1.0);
        double[][] covariance = model.covariance();

        double confidence = Gauge.confidence(model);

        // w = (0.5, −0.5, 0): criterion 0 first, criterion 2 second
        double variance = covariance[0][0] + covariance[2][2] - 2 * covariance[0][2];
        assertEquals(Logistic.normalCdf(0.5 / Math.sqrt(variance)), confidence, 1e-15);
    }

    @Test
    void confidenceLiesBetweenOneHalfAndOne() {
        Tries.forAll(200, Gen.longs(), Gen.ints(1, 8), Gen.ints(0, 30),
                (seed, criteria, history) -> {
            RewardModel model = RewardModelTest.modelAfterRandomChoices(criteria, seed, history);

            double confidence = Gauge.confidence(model);

            assertTrue(confidence >= 0.5 && confidence <= 1.0, "confidence " + confidence);
        });
    }

    @Test
    void aLearnerWhoKeepsContradictingThemselvesStaysWeakWhateverTheRound() {
        double[] clear = {0.9, 0.4, 0.8, 0.3};
        double[] warm = {0.3, 0.3, 0.2, 0.9};
        RewardModel model = RewardModel.initial(4, 1.0);

        for (int round = 0; round < 20; round++) {
            boolean preferClear = round % 2 == 0;
            model = preferClear ? model.afterChoice(clear, warm, 1.0)
                    : model.afterChoice(warm, clear, 1.0);
        }

        assertEquals(Gauge.WEAK, Gauge.of(model), model.toString());
    }
}
