package org.preferencetrainer.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.preferencetrainer.Gen;
import org.preferencetrainer.Tries;

class PairSelectorTest {

    private static final int K = 4;

    /** A score difference on a pack's two-decimal grid. */
    private static Gen<double[]> differences() {
        return Gen.doubleArrays(Gen.decimals(-1, 1, 2), K);
    }

    /*
     * At the start H = I and w = 0, so p = ½ and the gain is ½·ln(1 + ¼·|s|²):
     *   s = (1, −1, 0, 0): ½·ln(1.5) = 0.2027325541
     *   s = (1, 0, 0, 0):  ½·ln(1.25) = 0.1115717757
     *   s = (0.5, 0.5, 0.5, 0.5): ½·ln(1.25) as well, the same |s|²
     */
    @ParameterizedTest(name = "gain({0}) = {1}")
    @CsvSource({
        "'0, 0, 0, 0',         0",
        "'1, -1, 0, 0',        0.2027325541",
        "'1, 0, 0, 0',         0.1115717757",
        "'0.5, 0.5, 0.5, 0.5', 0.1115717757",
        "'-1, 1, 0, 0',        0.2027325541",
    })
    void informationGainAtTheStartMatchesTheHandComputedTable(String s, double expected) {
        RewardModel model = RewardModel.initial(K, 1.0);

        double gain = PairSelector.informationGain(model, parse(s));

        assertEquals(expected, gain, 1e-10);
    }

    @Test
    void informationGainIsZeroForEqualScoresAndPositiveOtherwise() {
        Tries.forAll(200, Gen.longs(), Gen.ints(0, 20), differences(), (seed, history, s) -> {
            RewardModel model = RewardModelTest.modelAfterRandomChoices(K, seed, history);

            double gain = PairSelector.informationGain(model, s);
            double none = PairSelector.informationGain(model, new double[K]);

            assertEquals(0.0, none);
            if (RewardModelTest.isZero(s)) {
                assertEquals(0.0, gain);
            } else {
                assertTrue(gain > 0.0, "gain " + gain + " for s = " + Arrays.toString(s));
            }
        });
    }

    @Test
    void informationGainIgnoresWhichSideOfThePairIsWhich() {
        Tries.forAll(200, Gen.longs(), Gen.ints(0, 20), differences(), (seed, history, s) -> {
            RewardModel model = RewardModelTest.modelAfterRandomChoices(K, seed, history);
            double[] reversed = new double[K];
            for (int i = 0; i < K; i++) {
                reversed[i] = -s[i];
            }

            double forward = PairSelector.informationGain(model, s);
            double backward = PairSelector.informationGain(model, reversed);

            assertEquals(forward, backward, 1e-15);
        });
    }

    @Test
    void informationGainIsTheLogDeterminantIncreaseOfThePrecision() {
        RewardModel model = RewardModelTest.modelAfterRandomChoices(2, 17, 6);
        double[] s = {0.7, -0.2};
        double[][] h = model.precision();
        double p = Logistic.sigmoid(RewardModel.dot(model.weights(), s));
        double c = p * (1 - p);

        double gain = PairSelector.informationGain(model, s);

        double before = h[0][0] * h[1][1] - h[0][1] * h[1][0];
        double after = (h[0][0] + c * s[0] * s[0]) * (h[1][1] + c * s[1] * s[1])
                - (h[0][1] + c * s[0] * s[1]) * (h[1][0] + c * s[1] * s[0]);
        assertEquals(0.5 * Math.log(after / before), gain, 1e-12);
    }

    @Test
    void choiceNeverPairsTwoResponsesWithEqualScores() {
        Tries.forAll(200, Gen.longs(), Gen.ints(0, 10), Gen.ints(1, 6), (seed, history, size) -> {
            RewardModel model = RewardModelTest.modelAfterRandomChoices(K, seed, history);
            SeededRandom random = new SeededRandom(seed ^ 0x5DEECE66DL);
            // responses drawn from a small palette, so equal score vectors are common
            double[][] palette = {{1, 0, 0, 0}, {0, 1, 0, 0}, {0.5, 0.5, 0.5, 0.5}};
            double[][] responses = new double[size][];
            for (int i = 0; i < size; i++) {
                responses[i] = palette[random.nextInt(palette.length)].clone();
            }
            double[] policy = Policy.uniform(size);

            int[] pair = PairSelector.choose(model, responses, policy, random);

            if (pair == null) {
                for (double[] response : responses) {
                    assertArrayEquals(responses[0], response);
                }
            } else {
                assertFalse(Arrays.equals(responses[pair[0]], responses[pair[1]]));
            }
        });
    }

    @Test
    void choiceIsNullWhenEveryResponseScoresTheSame() {
        RewardModel model = RewardModel.initial(2, 1.0);
        double[][] responses = {{0.3, 0.6}, {0.3, 0.6}, {0.3, 0.6}};

        int[] pair = PairSelector.choose(model, responses, Policy.uniform(3), new SeededRandom(1));

        assertNull(pair);
    }

    @Test
    void firstIsTheDrawFromThePolicy() {
        RewardModel model = RewardModel.initial(2, 1.0);
        double[][] responses = {{0.1, 0.9}, {0.5, 0.5}, {0.9, 0.1}};
        double[] policy = {0.0, 0.0, 1.0};

        int[] pair = PairSelector.choose(model, responses, policy, new SeededRandom(8));

        assertNotNull(pair);
        assertEquals(2, pair[0]);
    }

    @Test
    void secondIsTheMostInformativePartnerWithTiesToTheLowestIndex() {
        RewardModel model = RewardModel.initial(2, 1.0);
        // from response 0, responses 2 and 3 differ by the same |s|, further than response 1
        double[][] responses = {{0.5, 0.5}, {0.6, 0.5}, {1.0, 0.0}, {0.0, 1.0}};
        double[] policy = {1.0, 0.0, 0.0, 0.0};

        int[] pair = PairSelector.choose(model, responses, policy, new SeededRandom(4));

        assertArrayEquals(new int[] {0, 2}, pair);
    }

    @Test
    void secondHasTheHighestGainOfAllPartners() {
        Tries.forAll(200, Gen.longs(), Gen.ints(0, 10), (seed, history) -> {
            RewardModel model = RewardModelTest.modelAfterRandomChoices(K, seed, history);
            SeededRandom random = new SeededRandom(~seed);
            double[][] responses = new double[5][];
            for (int i = 0; i < responses.length; i++) {
                responses[i] = RewardModelTest.randomScores(random, K);
            }

            int[] pair = PairSelector.choose(model, responses, Policy.uniform(5), random);

            double best = PairSelector.informationGain(model,
                    RewardModelTest.difference(responses[pair[0]], responses[pair[1]]));
            for (double[] response : responses) {
                double gain = PairSelector.informationGain(model,
                        RewardModelTest.difference(responses[pair[0]], response));
                assertTrue(gain <= best);
            }
        });
    }

    @Test
    void choiceDrawsExactlyOneDoubleSoSessionsReplay() {
        RewardModel model = RewardModel.initial(2, 1.0);
        double[][] responses = {{0.1, 0.9}, {0.5, 0.5}, {0.9, 0.1}};
        SeededRandom random = new SeededRandom(21);
        SeededRandom twin = new SeededRandom(21);

        int[] pair = PairSelector.choose(model, responses, Policy.uniform(3), random);
        twin.nextDouble();

        assertEquals(twin.state(), random.state());
        assertArrayEquals(pair,
                PairSelector.choose(model, responses, Policy.uniform(3), new SeededRandom(21)));
    }

    @Test
    void choiceRejectsMismatchedArguments() {
        RewardModel model = RewardModel.initial(2, 1.0);
        double[][] responses = {{0.1, 0.9}, {0.5, 0.5}};
        SeededRandom random = new SeededRandom(1);

        assertThrows(IllegalArgumentException.class,
                () -> PairSelector.choose(model, responses, Policy.uniform(3), random));
        assertThrows(IllegalArgumentException.class,
                () -> PairSelector.choose(model, new double[][] {{0.1}, {0.2}},
                        Policy.uniform(2), random));
        assertThrows(IllegalArgumentException.class,
                () -> PairSelector.choose(model, new double[0][], new double[0], random));
        assertThrows(IllegalArgumentException.class,
                () -> PairSelector.choose(model, responses, Policy.uniform(2), null));
    }

    private static double[] parse(String list) {
        String[] parts = list.split(",");
        double[] values = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
            values[i] = Double.parseDouble(parts[i].trim());
        }
        return values;
    }
}
