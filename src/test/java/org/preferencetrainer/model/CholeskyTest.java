package org.preferencetrainer.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.preferencetrainer.Gen;
import org.preferencetrainer.Tries;

class CholeskyTest {

    /*
     * H = [[4, 2], [2, 3]] = L·Lᵀ with L = [[2, 0], [1, √2]]; det H = 8, so
     * H⁻¹ = [[3, −2], [−2, 4]] / 8, and for s = (1, 1): sᵀH⁻¹s = (3 − 4 + 4) / 8 = 0.375.
     */
    @Test
    void smallMatrixMatchesTheHandComputedInverse() {
        Cholesky factor = Cholesky.of(new double[][] {{4, 2}, {2, 3}});

        double[][] inverse = factor.inverse();

        assertArrayEquals(new double[] {0.375, -0.25}, inverse[0], 1e-15);
        assertArrayEquals(new double[] {-0.25, 0.5}, inverse[1], 1e-15);
        assertEquals(0.375, factor.inverseQuadraticForm(new double[] {1, 1}), 1e-15);
        assertArrayEquals(new double[] {0.5, (1 - 0.5) / Math.sqrt(2)},
                factor.solveLower(new double[] {1, 1}), 1e-15);
    }

    @Test
    void inverseTimesMatrixIsTheIdentityUpToSixteenDimensions() {
        Tries.forAll(200, Gen.longs(), Gen.ints(1, 16), (seed, n) -> {
            double[][] matrix = randomPrecision(new SeededRandom(seed), n);

            double[][] inverse = Cholesky.of(matrix).inverse();

            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    double sum = 0;
                    for (int p = 0; p < n; p++) {
                        sum += inverse[i][p] * matrix[p][j];
                    }
                    assertEquals(i == j ? 1.0 : 0.0, sum, 1e-12);
                }
            }
        });
    }

    @Test
    void inverseIsExactlySymmetric() {
        Tries.forAll(200, Gen.longs(), Gen.ints(1, 16), (seed, n) -> {
            double[][] inverse = Cholesky.of(randomPrecision(new SeededRandom(seed), n)).inverse();

            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    assertEquals(inverse[i][j], inverse[j][i]);
                }
            }
        });
    }

    @Test
    void quadraticFormIsNeverNegative() {
        Tries.forAll(200, Gen.longs(), Gen.ints(1, 16), (seed, n) -> {
            SeededRandom random = new SeededRandom(seed);
            Cholesky factor = Cholesky.of(randomPrecision(random, n));
            double[] s = new double[n];
            for (int i = 0; i < n; i++) {
                s[i] = random.nextDouble() * 2 - 1;
            }

            double form = factor.inverseQuadraticForm(s);

            assertTrue(form >= 0.0);
        });
    }

    @Test
    void aMatrixThatIsNotPositiveDefiniteIsReported() {
        double[][] indefinite = {{1, 2}, {2, 1}};

        IllegalStateException error =
                assertThrows(IllegalStateException.class, () -> Cholesky.of(indefinite));

        assertTrue(error.getMessage().contains("not positive definite"), error.getMessage());
    }

    /** λI plus a sum of weighted outer products, the shape every precision matrix has. */
    private static double[][] randomPrecision(SeededRandom random, int n) {
        double[][] h = new double[n][n];
        for (int i = 0; i < n; i++) {
            h[i][i] = 0.5;
        }
        for (int t = 0; t < 3 * n; t++) {
            double[] s = new double[n];
            for (int i = 0; i < n; i++) {
                s[i] = random.nextDouble() * 2 - 1;
            }
            double c = 0.25 * random.nextDouble();
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    h[i][j] += c * s[i] * s[j];
                }
            }
        }
        return h;
    }
}
