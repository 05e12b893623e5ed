package org.preferencetrainer.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.preferencetrainer.Gen;
import org.preferencetrainer.Tries;

class RewardModelTest {

    private static final int K = 4;
    private static final int CLARITY = 0;

    /** Score vectors as a pack would have them: four criteria, two decimals, in [0, 1]. */
    private static Gen<double[]> scores() {
        return Gen.doubleArrays(Gen.decimals(0, 1, 2), K);
    }

    /** A model that has already seen some random choices, so properties hold beyond w = 0. */
    static RewardModel modelAfterRandomChoices(int criteria, long seed, int choices) {
        SeededRandom random = new SeededRandom(seed);
        RewardModel model = RewardModel.initial(criteria, 1.0);
        for (int t = 0; t < choices; t++) {
            model = model.afterChoice(randomScores(random, criteria),
                    randomScores(random, criteria), 1.0);
        }
        return model;
    }

    static double[] randomScores(SeededRandom random, int criteria) {
        double[] phi = new double[criteria];
        for (int i = 0; i < criteria; i++) {
            phi[i] = Math.rint(random.nextDouble() * 100) / 100;
        }
        return phi;
    }

    @Test
    void initialModelHasZeroWeightsAndThePriorAsPrecision() {
        RewardModel model = RewardModel.initial(3, 4.0);

        assertEquals(3, model.dimension());
        assertArrayEquals(new double[3], model.weights());
        assertArrayEquals(new double[3], model.counts());
        assertEquals(0, model.comparisons());
        assertArrayEquals(new double[] {0.5, 0.5, 0.5}, model.standardDeviations(), 1e-15);
        assertArrayEquals(new double[][] {{4, 0, 0}, {0, 4, 0}, {0, 0, 4}}, model.precision());
    }

    @ParameterizedTest(name = "{0} criteria, prior precision {1}")
    @CsvSource({"0, 1.0", "17, 1.0", "-1, 1.0", "4, 0.0", "4, -1.0", "4, NaN", "4, Infinity"})
    void initialRejectsCriteriaOrPriorOutOfRange(int criteria, double priorPrecision) {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> RewardModel.initial(criteria, priorPrecision));

        assertTrue(error.getMessage().matches("[A-Z].*\\."), error.getMessage());
    }

    /*
     * One online step by hand, from w = 0 and H = λI, where σ(w·s) = σ(0) = ½:
     *   w' = η·½·s,   H' = λI + σ(w'·s)·σ(−w'·s)·s·sᵀ.
     * Row 1: s = 1, w' = 0.5, w'·s = 0.5, σ(0.5)σ(−0.5) = 0.2350037122, H' = 1.2350037122.
     * Row 2: s = 0.5, w' = 0.25, w'·s = 0.125, slope 0.2490259750, H' = 1 + 0.25·slope.
     * Row 3: η = 0.5, λ = 2, s = −0.4, w' = −0.1, w'·s = 0.04, slope 0.2499000267,
     *        H' = 2 + 0.16·slope = 2.0399840043.
     */
    @ParameterizedTest(name = "s = {0}, η = {1}, λ = {2}: w'' = {3}, H'' = {4}")
    @CsvSource({
        "1.0,  1.0, 1.0,  0.5,  1.2350037122",
        "0.5,  1.0, 1.0,  0.25, 1.0622564938",
        "-0.4, 0.5, 2.0, -0.1,  2.0399840043",
    })
    void oneStepFromTheStartMatchesTheHandComputedTable(double s, double eta, double lambda,
            double expectedWeight, double expectedPrecision) {
        RewardModel model = RewardModel.initial(1, lambda);

        RewardModel after = model.afterChoice(new double[] {s}, new double[] {0.0}, eta);

        assertEquals(expectedWeight, after.weight(0), 1e-15);
        assertEquals(expectedPrecision, after.precision()[0][0], 1e-10);
        assertEquals(s, after.count(0), 1e-15);
        assertEquals(1, after.comparisons());
    }

    /*
     * Two criteria, chosen = (1, 0), rejected = (0, 1): s = (1, −1), w' = (0.5, −0.5),
     * w'·s = 1, σ(1)σ(−1) = 0.1966119332, so H' = [[1.1966, −0.1966], [−0.1966, 1.1966]],
     * det H' = 1 + 2·0.1966119332 = 1.3932238665, and H'⁻¹ = [[1.1966, 0.1966], [0.1966,
     * 1.1966]] / det = [[0.8588799, 0.1411201], [0.1411201, 0.8588799]].
     */
    @Test
    void oneStepOnTwoCriteriaMatchesTheHandComputedExample() {
        RewardModel model = RewardModel.initial(2, 1.0);

        RewardModel after = model.afterChoice(new double[] {1, 0}, new double[] {0, 1}, 1.0);

        assertArrayEquals(new double[] {0.5, -0.5}, after.weights(), 1e-15);
        assertArrayEquals(new double[] {1, -1}, after.counts(), 1e-15);
        double[][] h = after.precision();
        assertEquals(1.1966119332, h[0][0], 1e-10);
        assertEquals(-0.1966119332, h[0][1], 1e-10);
        double[][] covariance = after.covariance();
        assertEquals(0.8588799, covariance[0][0], 1e-7);
        assertEquals(0.1411201, covariance[0][1], 1e-7);
        assertEquals(Logistic.sigmoid(1.0),
                after.probabilityPrefers(new double[] {1, 0}, new double[] {0, 1}), 1e-15);
    }

    @Test
    void consistentPreferenceForClarityNeverLowersItsWeight() {
        Tries.forAll(200, Gen.longs(), Gen.ints(1, 30), (seed, rounds) -> {
            SeededRandom random = new SeededRandom(seed);
            RewardModel model = RewardModel.initial(K, 1.0);

            for (int t = 0; t < rounds; t++) {
                double[] a = randomScores(random, K);
                double[] b = randomScores(random, K);
                boolean aIsClearer = a[CLARITY] >= b[CLARITY];
                RewardModel next = aIsClearer ? model.afterChoice(a, b, 1.0)
                        : model.afterChoice(b, a, 1.0);

                assertTrue(next.weight(CLARITY) >= model.weight(CLARITY),
                        "round " + t + ": " + model + " -> " + next);
                model = next;
            }
        });
    }

    @Test
    void eachStepRaisesTheProbabilityOfTheChosenResponse() {
        Tries.forAll(200, Gen.longs(), Gen.ints(0, 12), scores(), scores(),
                (seed, history, chosen, rejected) -> {
            RewardModel model = modelAfterRandomChoices(K, seed, history);
            double before = model.probabilityPrefers(chosen, rejected);
            double[] s = difference(chosen, rejected);

            RewardModel after = model.afterChoice(chosen, rejected, 1.0);

            assertTrue(after.probabilityPrefers(chosen, rejected) >= before);
            if (!isZero(s)) {
                // on the logit scale the rise is strict: w'·s − w·s = η(1 − σ(w·s))·|s|² > 0
                assertTrue(
                        RewardModel.dot(after.weights(), s) > RewardModel.dot(model.weights(), s));
            }
        });
    }

    @Test
    void probabilityOfAOverBIsOneMinusBOverA() {
        Tries.forAll(200, Gen.longs(), Gen.ints(0, 12), scores(), scores(),
                (seed, history, a, b) -> {
            RewardModel model = modelAfterRandomChoices(K, seed, history);

            double sum = model.probabilityPrefers(a, b) + model.probabilityPrefers(b, a);

            assertEquals(1.0, sum, 1e-15);
        });
    }

    @Test
    void swappingTheDisplayOrderOfAPairGivesTheSameUpdate() {
        Tries.forAll(200, Gen.longs(), Gen.ints(0, 12), scores(), scores(),
                (seed, history, x, y) -> {
            RewardModel model = modelAfterRandomChoices(K, seed, history);

            // the learner prefers x, once shown as A and once shown as B
            RewardModel xShownAsA = pick(model, x, y, true);
            RewardModel xShownAsB = pick(model, y, x, false);

            assertEquals(xShownAsA, xShownAsB);
        });
    }

    @Test
    void theUpdateDependsOnlyOnTheScoreDifference() {
        Tries.forAll(200, scores(), scores(), (chosen, rejected) -> {
            RewardModel model = RewardModel.initial(K, 1.0);
            double[] shiftedChosen = new double[K];
            double[] shiftedRejected = new double[K];
            for (int i = 0; i < K; i++) {
                shiftedChosen[i] = chosen[i] + 0.5;
                shiftedRejected[i] = rejected[i] + 0.5;
            }

            RewardModel after = model.afterChoice(chosen, rejected, 1.0);
            RewardModel shifted = model.afterChoice(shiftedChosen, shiftedRejected, 1.0);

            assertArrayEquals(after.weights(), shifted.weights(), 1e-12);
        });
    }

    @Test
    void aPairWithEqualScoresChangesNothing() {
        Tries.forAll(200, Gen.longs(), Gen.ints(0, 12), scores(), (seed, history, phi) -> {
            RewardModel model = modelAfterRandomChoices(K, seed, history);

            RewardModel after = model.afterChoice(phi, phi.clone(), 1.0);

            assertSame(model, after);
            assertEquals(model.comparisons(), after.comparisons());
        });
    }

    @Test
    void covarianceTimesPrecisionIsTheIdentity() {
        Tries.forAll(200, Gen.longs(), Gen.ints(1, 16), Gen.ints(0, 40),
                (seed, criteria, history) -> {
            RewardModel model = modelAfterRandomChoices(criteria, seed, history);

            double[][] product = multiply(model.covariance(), model.precision());

            for (int i = 0; i < criteria; i++) {
                for (int j = 0; j < criteria; j++) {
                    assertEquals(i == j ? 1.0 : 0.0, product[i][j], 1e-12);
                }
            }
        });
    }

    @Test
    void standardDeviationsAndPredictiveVarianceAgreeWithTheCovariance() {
        Tries.forAll(200, Gen.longs(), Gen.ints(0, 20), scores(), scores(),
                (seed, history, a, b) -> {
            RewardModel model = modelAfterRandomChoices(K, seed, history);
            double[][] covariance = model.covariance();
            double[] s = difference(a, b);

            double[] sd = model.standardDeviations();
            double variance = model.predictiveVariance(s);

            for (int i = 0; i < K; i++) {
                assertEquals(Math.sqrt(covariance[i][i]), sd[i], 1e-15);
            }
            assertEquals(RewardModel.dot(s, multiply(covariance, s)), variance, 1e-12);
            assertTrue(variance >= 0.0);
        });
    }

    @Test
    void uncertaintyShrinksAlongTheComparedDirection() {
        RewardModel model = RewardModel.initial(2, 1.0);
        double[] s = {1, -1};

        RewardModel after = model.afterChoice(new double[] {1, 0}, new double[] {0, 1}, 1.0);

        assertTrue(after.predictiveVariance(s) < model.predictiveVariance(s));
        assertEquals(2.0, model.predictiveVariance(s), 1e-15);
    }

    @ParameterizedTest(name = "w = {0} ranks {1}")
    @CsvSource({
        "'0.2, 0.9, 0.2, -0.1', '1, 0, 2, 3'",
        "'0, 0, 0, 0',          '0, 1, 2, 3'",
        "'-1, -2, -3, -4',      '0, 1, 2, 3'",
        "'-4, -3, -2, -1',      '3, 2, 1, 0'",
        "'0.5, -0.5',           '0, 1'",
        "'0.7',                 '0'",
    })
    void rankingOrdersCriteriaByWeightWithTiesByIndex(String weights, String expected) {
        double[] w = parse(weights);
        RewardModel model = modelWithWeights(w);

        int[] ranking = model.ranking();

        assertArrayEquals(parseInts(expected), ranking);
    }

    @Test
    void rewardIsTheWeightedSumOfScores() {
        RewardModel model = RewardModel.initial(2, 1.0)
                .afterChoice(new double[] {1, 0}, new double[] {0, 1}, 1.0);

        double reward = model.reward(new double[] {0.8, 0.2});

        assertEquals(0.3, reward, 1e-15);
    }

    @Test
    void afterChoiceLeavesTheOriginalModelUntouched() {
        RewardModel model = RewardModel.initial(2, 1.0);
        double[] weights = model.weights();

        model.afterChoice(new double[] {1, 0}, new double[] {0, 1}, 1.0);
        weights[0] = 99;

        assertArrayEquals(new double[2], model.weights());
        assertEquals(0, model.comparisons());
    }

    @Test
    void modelsFromTheSameChoicesAreEqualAndHashAlike() {
        RewardModel first = modelAfterRandomChoices(K, 7, 5);
        RewardModel second = modelAfterRandomChoices(K, 7, 5);
        RewardModel other = modelAfterRandomChoices(K, 8, 5);

        assertEquals(first, second);
        assertEquals(first.hashCode(), second.hashCode());
        assertNotEquals(first, other);
        assertNotEquals(RewardModel.initial(K, 1.0), RewardModel.initial(K, 2.0));
    }

    @Test
    void toStringShowsWeightsUncertaintyAndCounts() {
        RewardModel model = RewardModel.initial(2, 1.0)
                .afterChoice(new double[] {1, 0}, new double[] {0, 1}, 1.0);

        String text = model.toString();

        assertEquals("RewardModel[comparisons=1, weights=[0.5, -0.5], sd=[0.927, 0.927], "
                + "counts=[1, -1]]", text);
    }

    @Test
    void vectorsOfTheWrongLengthOrWithNonFiniteEntriesAreRejected() {
        RewardModel model = RewardModel.initial(2, 1.0);

        assertThrows(IllegalArgumentException.class,
                () -> model.afterChoice(new double[] {1}, new double[] {0, 1}, 1.0));
        assertThrows(IllegalArgumentException.class,
                () -> model.afterChoice(new double[] {1, Double.NaN}, new double[] {0, 1}, 1.0));
        assertThrows(IllegalArgumentException.class,
                () -> model.afterChoice(new double[] {1, 0}, new double[] {0, 1}, 0.0));
        assertThrows(IllegalArgumentException.class, () -> model.reward(null));
        assertThrows(IllegalArgumentException.class,
                () -> model.predictiveVariance(new double[] {1, 2, 3}));
        assertThrows(IndexOutOfBoundsException.class, () -> model.weight(2));
        assertThrows(IndexOutOfBoundsException.class, () -> model.count(-1));
    }

    @Test
    void sixteenCriteriaStillInvertCorrectly() {
        RewardModel model = modelAfterRandomChoices(16, 31, 200);

        double[][] product = multiply(model.covariance(), model.precision());

        for (int i = 0; i < 16; i++) {
            assertEquals(1.0, product[i][i], 1e-12);
        }
    }

    private static RewardModel pick(RewardModel model, double[] shownA, double[] shownB,
            boolean choseA) {
        return choseA ? model.afterChoice(shownA, shownB, 1.0)
                : model.afterChoice(shownB, shownA, 1.0);
    }

    /** Drives a fresh model to exactly the weights w, one axis-aligned step per criterion. */
    private static RewardModel modelWithWeights(double[] w) {
        RewardModel model = RewardModel.initial(w.length, 1.0);
        for (int i = 0; i < w.length; i++) {
            if (w[i] == 0.0) {
                continue;
            }
            // from w_i = 0 the step is η·½·s_i, so η = 2·w_i / s_i lands exactly on w_i
            double[] chosen = new double[w.length];
            double[] rejected = new double[w.length];
            chosen[i] = w[i] > 0 ? 1.0 : 0.0;
            rejected[i] = w[i] > 0 ? 0.0 : 1.0;
            model = model.afterChoice(chosen, rejected, 2.0 * Math.abs(w[i]));
        }
        return model;
    }

    static double[] difference(double[] a, double[] b) {
        double[] s = new double[a.length];
        for (int i = 0; i < s.length; i++) {
            s[i] = a[i] - b[i];
        }
        return s;
    }

    static boolean isZero(double[] s) {
        for (double v : s) {
            if (v != 0.0) {
                return false;
            }
        }
        return true;
    }

    private static double[][] multiply(double[][] a, double[][] b) {
        int n = a.length;
        double[][] product = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                for (int p = 0; p < n; p++) {
                    product[i][j] += a[i][p] * b[p][j];
                }
            }
        }
        return product;
    }

    private static double[] multiply(double[][] a, double[] v) {
        double[] product = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            product[i] = RewardModel.dot(a[i], v);
        }
        return product;
    }

    private static double[] parse(String list) {
        String[] parts = list.split(",");
        double[] values = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
            values[i] = Double.parseDouble(parts[i].trim());
        }
        return values;
    }

    private static int[] parseInts(String list) {
        String[] parts = list.split(",");
        int[] values = new int[parts.length];
        for (int i = 0; i < parts.length; i++) {
            values[i] = Integer.parseInt(parts[i].trim());
        }
        return values;
    }
}
