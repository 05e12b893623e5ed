package org.preferencetrainer.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.preferencetrainer.Gen;
import org.preferencetrainer.Tries;

class PolicyTest {

    private static final double INFINITY = Double.POSITIVE_INFINITY;

    private static Gen<double[]> rewards() {
        return Gen.doubleArrays(Gen.doubles(-5, 5), 5);
    }

    /** Unnormalised reference weights; some entries are zero. */
    private static Gen<double[]> references() {
        Gen<Double> weight = Gen.frequency(1, Gen.constant(0.0), 4, Gen.doubles(0.01, 10));
        return Gen.doubleArrays(weight, 5)
                .filter(p -> p[0] + p[1] + p[2] + p[3] + p[4] > 0);
    }

    private static Gen<Double> betas() {
        return Gen.doubles(0.05, 50);
    }

    /*
     * With a uniform reference, π(y) ∝ exp(r(y)/β):
     *   r = (0, 1), β = 1: π = (1, e)/(1 + e) = (σ(−1), σ(1)) = (0.26894142, 0.73105858);
     *   r = (0, 1), β = 0.5: π = (σ(−2), σ(2)) = (0.11920292, 0.88079708);
     *   r = (0, 0, ln 2), β = 1: π = (1, 1, 2)/4.
     * A non-uniform reference multiplies in: ref = (3, 1), r = (0, ln 3), β = 1 gives (½, ½).
     */
    @ParameterizedTest(name = "r = ({0}), ref = ({1}), β = {2} → ({3})")
    @CsvSource({
        "'0, 1',                    '1, 1',    1.0, '0.2689414213699951, 0.7310585786300049'",
        "'0, 1',                    '1, 1',    0.5, '0.11920292202211755, 0.8807970779778823'",
        "'0, 0, 0.6931471805599453', '1, 1, 1', 1.0, '0.25, 0.25, 0.5'",
        "'0, 1.0986122886681098',   '3, 1',    1.0, '0.5, 0.5'",
        "'0, 1',                    '1, 1', Infinity, '0.5, 0.5'",
        "'5, -5, 7',                '2, 0, 6', Infinity, '0.25, 0, 0.75'",
    })
    void distributionMatchesTheClosedForm(String rewards, String reference, double beta,
            String expected) {
        double[] p = Policy.distribution(parse(rewards), parse(reference), beta);

        assertArrayEquals(parse(expected), p, 1e-15);
    }

    @Test
    void hugeRewardsOrATinyBetaPutAllMassOnTheBestAnswerWithoutOverflow() {
        double[] huge = Policy.distribution(new double[] {1e308, -1e308, 5e307},
                new double[] {1, 1, 1}, 1e-300);
        double[] tiny = Policy.distribution(new double[] {0.2, 0.9, 0.5},
                new double[] {1, 1, 1}, 1e-12);

        assertArrayEquals(new double[] {1, 0, 0}, huge);
        assertArrayEquals(new double[] {0, 1, 0}, tiny);
    }

    @Test
    void aResponseTheReferenceRulesOutStaysAtZeroWhateverItsReward() {
        double[] p = Policy.distribution(new double[] {0, 1000}, new double[] {1, 0}, 0.01);

        assertArrayEquals(new double[] {1, 0}, p);
    }

    @Test
    void policySumsToOne() {
        Tries.forAll(200, rewards(), references(), betas(), (r, ref, beta) -> {
            double[] p = Policy.distribution(r, ref, beta);

            double sum = 0;
            for (int i = 0; i < p.length; i++) {
                assertTrue(p[i] >= 0.0);
                assertTrue(ref[i] > 0.0 || p[i] == 0.0, "π is positive where π_ref is zero");
                sum += p[i];
            }
            assertEquals(1.0, sum, 1e-12);
        });
    }

    @Test
    void policyIsInvariantToAddingAConstantToEveryReward() {
        Tries.forAll(200, rewards(), references(), betas(), Gen.doubles(-100, 100),
                (r, ref, beta, c) -> {
            double[] shifted = new double[r.length];
            for (int i = 0; i < r.length; i++) {
                shifted[i] = r[i] + c;
            }

            double[] p = Policy.distribution(r, ref, beta);
            double[] q = Policy.distribution(shifted, ref, beta);

            assertArrayEquals(p, q, 1e-9);
        });
    }

    @Test
    void infiniteBetaGivesTheNormalisedReferenceExactly() {
        Tries.forAll(200, rewards(), references(), (r, ref) -> {
            double total = 0;
            for (double v : ref) {
                total += v;
            }

            double[] p = Policy.distribution(r, ref, INFINITY);

            for (int i = 0; i < ref.length; i++) {
                assertEquals(ref[i] / total, p[i]);
            }
        });
    }

    @Test
    void veryLargeFiniteBetaApproachesTheReference() {
        Tries.forAll(200, rewards(), references(), (r, ref) -> {
            double[] reference = Policy.distribution(r, ref, INFINITY);

            double[] almost = Policy.distribution(r, ref, 1e9);

            assertArrayEquals(reference, almost, 1e-8);
        });
    }

    @Test
    void lowerBetaMovesFurtherFromTheReference() {
        double[] r = {0.0, 1.0, 2.0};
        double[] ref = Policy.uniform(3);

        double[] gentle = Policy.distribution(r, ref, 2.0);
        double[] strong = Policy.distribution(r, ref, 0.25);

        assertTrue(strong[2] > gentle[2]);
        assertTrue(gentle[2] > ref[2]);
    }

    @ParameterizedTest(name = "rewards ({0}), reference ({1}), β = {2}")
    @CsvSource({
        "'0, 1',   '1, 1',   0.0",
        "'0, 1',   '1, 1',   -1.0",
        "'0, 1',   '1, 1',   NaN",
        "'0, NaN', '1, 1',   1.0",
        "'0, 1',   '0, 0',   1.0",
        "'0, 1',   '1, -1',  1.0",
        "'0, 1',   '1, NaN', 1.0",
        "'0, 1',   '1',      1.0",
        "'0, 1',   '1e308, 1e308', 1.0",
    })
    void distributionRejectsArgumentsOutsideTheirRange(String rewards, String reference,
            double beta) {
        assertThrows(IllegalArgumentException.class,
                () -> Policy.distribution(parse(rewards), parse(reference), beta));
    }

    @Test
    void uniformSpreadsMassEvenly() {
        double[] p = Policy.uniform(4);

        assertArrayEquals(new double[] {0.25, 0.25, 0.25, 0.25}, p);
        assertThrows(IllegalArgumentException.class, () -> Policy.uniform(0));
    }

    @ParameterizedTest(name = "argmax({0}) = {1}")
    @CsvSource({
        "'0.2, 0.4, 0.4', 1",
        "'0.5',           0",
        "'0.3, 0.3, 0.3', 0",
        "'0, 0, 1',       2",
        "'-3, -1, -2',    1",
    })
    void argmaxFindsTheLargestWithTiesToTheLowestIndex(String p, int expected) {
        int index = Policy.argmax(parse(p));

        assertEquals(expected, index);
    }

    @Test
    void argmaxRejectsEmptyOrNaN() {
        assertThrows(IllegalArgumentException.class, () -> Policy.argmax(new double[0]));
        assertThrows(IllegalArgumentException.class,
                () -> Policy.argmax(new double[] {0.1, Double.NaN}));
    }

    @ParameterizedTest(name = "sample({0}, u = {1}) = {2}")
    @CsvSource({
        "'0.25, 0, 0.75', 0.0,                 0",
        "'0.25, 0, 0.75', 0.1,                 0",
        "'0.25, 0, 0.75', 0.25,                2",
        "'0.25, 0, 0.75', 0.99,                2",
        "'0.25, 0.75, 0', 0.9999999999999999,  1",
        "'0, 1',          0.0,                 1",
        "'1, 1, 2',       0.5,                 2",
    })
    void sampleInvertsTheCumulativeDistribution(String p, double u, int expected) {
        int index = Policy.sample(parse(p), u);

        assertEquals(expected, index);
    }

    @Test
    void sampleNeverReturnsAnIndexWithZeroProbability() {
        // u in [0, 1): the largest double below 1 is the upper bound, included
        Tries.forAll(200, references(), Gen.doubles(0, Math.nextDown(1.0)), (ref, u) -> {
            double[] p = Policy.distribution(new double[5], ref, 1.0);

            int index = Policy.sample(p, u);
            int last = Policy.sample(p, Math.nextDown(1.0));

            assertTrue(p[index] > 0.0);
            assertTrue(p[last] > 0.0);
        });
    }

    @Test
    void sampleFrequenciesFollowTheDistribution() {
        double[] p = {0.1, 0.2, 0.0, 0.7};
        SeededRandom random = new SeededRandom(3);
        int[] counts = new int[4];

        for (int i = 0; i < 20_000; i++) {
            counts[Policy.sample(p, random.nextDouble())]++;
        }

        assertEquals(2_000, counts[0], 200);
        assertEquals(4_000, counts[1], 250);
        assertEquals(0, counts[2]);
        assertEquals(14_000, counts[3], 300);
    }

    @Test
    void sampleRejectsUOutsideTheUnitInterval() {
        double[] p = {0.5, 0.5};

        assertThrows(IllegalArgumentException.class, () -> Policy.sample(p, 1.0));
        assertThrows(IllegalArgumentException.class, () -> Policy.sample(p, -0.1));
        assertThrows(IllegalArgumentException.class, () -> Policy.sample(p, Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> Policy.sample(new double[2], 0.5));
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
