package org.preferencetrainer.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.preferencetrainer.Gen;
import org.preferencetrainer.Tries;

/** The ranking gain, the balanced and random pair choices, and the strategies built on them. */
class PairStrategyTest {

    private static final int K = 4;

    private static Gen<double[]> differences() {
        return Gen.doubleArrays(Gen.decimals(-1, 1, 2), K);
    }

    @Test
    void rankingGainAtTheStartMatchesTheHandComputedCase() {
        // Σ = I, p = ½: shrink = ¼ / (1 + ¼·2) = 1/6; only the pair (0, 1) sees Σs = (1, −1):
        // (1/6)·2² / 2 = 1/3, times q0·q1 / (Σq)² = 1/4 → 1/12
        RewardModel model = RewardModel.initial(2, 1.0);

        double gain = PairSelector.rankingGain(model, new double[] {1, -1});

        assertEquals(1.0 / 12, gain, 1e-15);
    }

    @Test
    void rankingGainWithFourCriteriaSumsOverEveryPairOfCriteria() {
        // s = e_0: Σs = e_0, shrink = ¼ / (1 + ¼) = 1/5; the pairs (0, l) each give
        // (1/5)·1 / 2 = 1/10, three of them, times 1/16 → 3/160
        RewardModel model = RewardModel.initial(K, 1.0);

        double gain = PairSelector.rankingGain(model, new double[] {1, 0, 0, 0});

        assertEquals(3.0 / 160, gain, 1e-15);
    }

    @Test
    void rankingGainWeighsTheCriteriaInContentionForFirstPlace() {
        // the model leans towards criterion 0 over 1, and both over 2 and 3
        RewardModel model = RewardModel.initial(K, 1.0)
                .afterChoice(new double[] {1, 0.6, 0, 0}, new double[] {0, 0, 0, 0}, 2.0);

        double topTwo = PairSelector.rankingGain(model, new double[] {1, -1, 0, 0});
        double bottomTwo = PairSelector.rankingGain(model, new double[] {0, 0, 1, -1});

        assertTrue(topTwo > bottomTwo, topTwo + " vs " + bottomTwo);
    }

    @Test
    void rankingGainIsZeroForEqualScoresAndPositiveAndSymmetricOtherwise() {
        Tries.forAll(200, Gen.longs(), Gen.ints(0, 20), differences(), (seed, history, s) -> {
            RewardModel model = RewardModelTest.modelAfterRandomChoices(K, seed, history);
            double[] minus = new double[K];
            for (int k = 0; k < K; k++) {
                minus[k] = -s[k];
            }

            double gain = PairSelector.rankingGain(model, s);

            assertEquals(0.0, PairSelector.rankingGain(model, new double[K]));
            assertEquals(gain, PairSelector.rankingGain(model, minus), 1e-12);
            boolean zero = Arrays.equals(s, new double[K]);
            assertTrue(zero ? gain == 0 : gain >= 0 && gain < 1, "gain " + gain);
        });
    }

    @Test
    void withOneCriterionRankingGainIsTheShareOfItsVarianceRemoved() {
        RewardModel model = RewardModel.initial(1, 1.0);

        double gain = PairSelector.rankingGain(model, new double[] {1});

        // Var falls from 1 to 1/(1 + ¼) = 0.8: a fifth removed
        assertEquals(0.2, gain, 1e-15);
    }

    @Test
    void rankingIgnoresAPairThatRaisesEveryCriterionAlikeWhileInformationGainPrefersIt() {
        // (0, 2) differs most, but by (1, 1): it says nothing about which criterion comes first
        RewardModel model = RewardModel.initial(2, 1.0);
        double[][] responses = {{0, 0}, {1, 0}, {1, 1}};

        int[] byRanking = PairSelector.chooseBalanced(model, responses, Policy.uniform(3), true,
                0);
        int[] byInformation = PairSelector.chooseBalanced(model, responses, Policy.uniform(3),
                false, 0);

        assertArrayEquals(new int[] {0, 1}, byRanking);
        assertArrayEquals(new int[] {0, 2}, byInformation);
    }

    @Test
    void aLargeBonusPutsThePoliciesFavouriteFirstWithItsMostInformativePartner() {
        RewardModel model = RewardModel.initial(2, 1.0);
        double[][] responses = {{0, 0}, {1, 0}, {1, 1}, {0.5, 0.4}};
        double[] policy = {0.1, 0.1, 0.1, 0.7};

        int[] pair = PairSelector.chooseBalanced(model, responses, policy, false, 100);

        // 3 is the favourite; against it, {1, 1} differs by (0.5, 0.6), more than any other
        assertArrayEquals(new int[] {3, 2}, pair);
    }

    @Test
    void balancedChoiceIsNullWhenEveryResponseScoresTheSameAndRejectsABadBonus() {
        RewardModel model = RewardModel.initial(2, 1.0);
        double[][] same = {{0.5, 0.5}, {0.5, 0.5}};

        assertNull(PairSelector.chooseBalanced(model, same, Policy.uniform(2), true, 0.05));
        assertThrows(IllegalArgumentException.class, () -> PairSelector.chooseBalanced(model,
                same, Policy.uniform(2), true, -1));
        assertThrows(IllegalArgumentException.class, () -> PairSelector.chooseBalanced(model,
                same, Policy.uniform(3), true, 0));
    }

    @Test
    void noStrategyPairsTwoResponsesWithEqualScores() {
        Tries.forAll(200, Gen.longs(), Gen.ints(0, 10), Gen.ints(1, 6), (seed, history, size) -> {
            RewardModel model = RewardModelTest.modelAfterRandomChoices(K, seed, history);
            SeededRandom random = new SeededRandom(seed ^ 0x2545F4914F6CDD1DL);
            double[][] palette = {{1, 0, 0, 0}, {0, 1, 0, 0}, {0.5, 0.5, 0.5, 0.5}};
            double[][] responses = new double[size][];
            for (int i = 0; i < size; i++) {
                responses[i] = palette[random.nextInt(palette.length)].clone();
            }

            for (PairStrategy strategy : PairStrategy.values()) {
                int[] pair = strategy.choose(model, responses, Policy.uniform(size), random,
                        ModelSettings.defaults());

                if (pair == null) {
                    for (double[] response : responses) {
                        assertArrayEquals(responses[0], response, strategy.id());
                    }
                } else {
                    assertFalse(Arrays.equals(responses[pair[0]], responses[pair[1]]),
                            strategy.id());
                }
            }
        });
    }

    @Test
    void randomChoiceDrawsEveryTeachablePairAndNeverAnEqualOne() {
        RewardModel model = RewardModel.initial(2, 1.0);
        double[][] responses = {{0, 0}, {1, 0}, {0, 0}};
        int[] seen = new int[3];

        SeededRandom random = new SeededRandom(5);
        for (int draw = 0; draw < 300; draw++) {
            int[] pair = PairSelector.chooseRandom(model, responses, Policy.uniform(3), random);
            seen[pair[0] + pair[1] - 1]++;   // {0,1} → 0, {1,2} → 2; {0,2} is never teachable
        }

        assertTrue(seen[0] > 100 && seen[2] > 100, Arrays.toString(seen));
        assertEquals(0, seen[1]);
    }

    @ParameterizedTest
    @EnumSource(PairStrategy.class)
    void eachStrategyIsFoundByTheNameTheCommandLineUses(PairStrategy strategy) {
        assertEquals(strategy, PairStrategy.byId(strategy.id()));
        assertFalse(strategy.id().contains("_"));
    }

    @Test
    void anUnknownStrategyNameFindsNothing() {
        assertNull(PairStrategy.byId("best"));
    }

    @Test
    void policyThenGainIsTheOriginalSelector() {
        RewardModel model = RewardModelTest.modelAfterRandomChoices(K, 3, 4);
        double[][] responses = {{0.9, 0.1, 0.2, 0.3}, {0.2, 0.8, 0.4, 0.1}, {0.5, 0.5, 0.9, 0.7}};
        double[] policy = {0.2, 0.5, 0.3};

        int[] viaStrategy = PairStrategy.POLICY_THEN_GAIN.choose(model, responses, policy,
                new SeededRandom(9), ModelSettings.defaults());
        int[] direct = PairSelector.choose(model, responses, policy, new SeededRandom(9));

        assertArrayEquals(direct, viaStrategy);
    }
}
