package org.preferencetrainer.model;

/**
 * The Cholesky factorisation H = L·Lᵀ of a symmetric positive definite matrix, and what the
 * reward model derives from it: the inverse H⁻¹ (the Laplace covariance) and quadratic forms
 * sᵀH⁻¹s.
 *
 * <p>Why Cholesky rather than Gauss–Jordan: a precision matrix is symmetric positive definite by
 * construction (λI plus a sum of outer products with positive weights), Cholesky needs no
 * pivoting for such matrices, is backward stable, and gives sᵀH⁻¹s as the squared length of
 * L⁻¹s, which can never come out negative through rounding. For the k ≤ 16 criteria the model
 * allows, the cost is a few thousand multiplications.
 */
final class Cholesky {

    /** The lower triangular factor L, row by row; entries above the diagonal are zero. */
    private final double[][] lower;

    private Cholesky(double[][] lower) {
        this.lower = lower;
    }

    /**
     * Factorises a symmetric positive definite matrix. Only the lower triangle of {@code matrix}
     * is read.
     *
     * @throws IllegalStateException if the matrix is not positive definite, which for a
     *     precision matrix would mean the arithmetic has gone wrong upstream
     */
    static Cholesky of(double[][] matrix) {
        int n = matrix.length;
        double[][] l = new double[n][n];

        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= i; j++) {
                // subtract what the columns already found contribute to entry (i, j)
                double sum = matrix[i][j];
                for (int p = 0; p < j; p++) {
                    sum -= l[i][p] * l[j][p];
                }

                if (i == j) {
                    if (!(sum > 0.0)) {
                        throw new IllegalStateException("The precision matrix is not positive "
                                + "definite (pivot " + i + " is " + Decimal.text(sum) + ").");
                    }
                    l[i][i] = Math.sqrt(sum);
                } else {
                    l[i][j] = sum / l[j][j];
                }
            }
        }
        return new Cholesky(l);
    }

    /**
     * Solves L·y = b by forward substitution.
     *
     * @return y = L⁻¹b, a new array
     */
    double[] solveLower(double[] b) {
        int n = lower.length;
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            double sum = b[i];
            for (int p = 0; p < i; p++) {
                sum -= lower[i][p] * y[p];
            }
            y[i] = sum / lower[i][i];
        }
        return y;
    }

    /**
     * The quadratic form sᵀH⁻¹s, computed as |L⁻¹s|², so it is never negative.
     */
    double inverseQuadraticForm(double[] s) {
        double[] y = solveLower(s);
        double sum = 0.0;
        for (double v : y) {
            sum += v * v;
        }
        return sum;
    }

    /**
     * The inverse H⁻¹ = L⁻ᵀ·L⁻¹, exactly symmetric.
     *
     * @return a new n×n array
     */
    double[][] inverse() {
        int n = lower.length;

        // column j of M = L⁻¹ solves L·m = e_j; M is lower triangular, stored by column here
        double[][] m = new double[n][];
        for (int j = 0; j < n; j++) {
            double[] unit = new double[n];
            unit[j] = 1.0;
            m[j] = solveLower(unit);
        }

        // (H⁻¹)_ij = Σ_p M_pi·M_pj, where only p ≥ max(i, j) contributes; each sum is computed
        // once and stored in both halves, so the result is symmetric to the last bit
        double[][] inverse = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= i; j++) {
                double sum = 0.0;
                for (int p = i; p < n; p++) {
                    sum += m[i][p] * m[j][p];
                }
                inverse[i][j] = sum;
                inverse[j][i] = sum;
            }
        }
        return inverse;
    }
}
