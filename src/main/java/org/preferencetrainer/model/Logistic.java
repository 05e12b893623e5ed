package org.preferencetrainer.model;

/**
 * The two S-shaped curves the model needs: the logistic sigmoid, which turns a reward difference
 * into a preference probability, and the standard normal CDF, which turns a z-score into the
 * gauge's confidence.
 *
 * <p>Both are written so that no input overflows and so that the result does not depend on a
 * platform's {@code log1p} or {@code erf}: the JavaScript and WebAssembly builds get exactly the
 * same formulas as the JVM (only {@link Math#exp} and {@link Math#log} come from the platform).
 */
public final class Logistic {

    /** √2, for Φ(z) = ½·erfc(−z/√2). */
    private static final double SQRT_2 = 1.4142135623730951;

    /** 1/√π, the constant in front of both erf expansions. */
    private static final double INV_SQRT_PI = 0.5641895835477563;

    /** Below this |x| erf is summed as a series; above it erfc comes from a continued fraction. */
    private static final double SERIES_LIMIT = 2.5;

    /** Depth of the continued fraction; at x ≥ 2.5 it has converged to double precision. */
    private static final int FRACTION_DEPTH = 120;

    private Logistic() {
    }

    /**
     * The logistic sigmoid σ(x) = 1 / (1 + e^(−x)), the Bradley–Terry link between a reward
     * difference and a preference probability.
     *
     * <p>Only e^(−|x|) is ever computed, so no input overflows: σ(1e308) is 1 and σ(−1e308) is 0,
     * and for very negative x the tiny result keeps its relative precision instead of being
     * rounded away as 1 − (something close to 1) would be.
     *
     * <pre>
     * sigmoid(0)    == 0.5
     * sigmoid(2)    ≈ 0.8808
     * sigmoid(-800) == 0.0   (underflow, not NaN)
     * </pre>
     *
     * @param x any double; NaN gives NaN
     * @return σ(x) in [0, 1]
     */
    public static double sigmoid(double x) {
        if (x >= 0) {
            return 1.0 / (1.0 + Math.exp(-x));
        }
        // for x < 0 rewrite as e^x / (1 + e^x) so the exponent stays negative
        double e = Math.exp(x);
        return e / (1.0 + e);
    }

    /**
     * The slope of the sigmoid, σ'(x) = σ(x)·(1 − σ(x)), computed as σ(x)·σ(−x).
     *
     * <p>This is the Bernoulli variance of a comparison and the curvature that the Laplace
     * approximation adds to the precision matrix. Writing it as σ(x)·σ(−x) keeps it positive for
     * |x| up to about 745, where 1 − σ(x) would already have rounded to zero at |x| ≈ 37.
     */
    static double sigmoidSlope(double x) {
        return sigmoid(x) * sigmoid(-x);
    }

    /**
     * ln(1 + x), accurate for tiny x on every platform.
     *
     * <p>Some runtimes implement log1p as a plain {@code log(1 + x)}, which returns 0 once x is
     * below 1e-16. The correction below (divide by the rounding error of 1 + x) restores the
     * lost digits with only {@link Math#log}.
     */
    static double log1p(double x) {
        double u = 1.0 + x;
        if (u == 1.0) {
            return x;
        }
        return Math.log(u) * x / (u - 1.0);
    }

    /**
     * The standard normal cumulative distribution function Φ(z) = P(Z ≤ z) for Z ~ N(0, 1).
     *
     * <p>Computed as Φ(z) = ½·erfc(−z/√2). For |z/√2| below 2.5, erf is summed from the series
     * erf(x) = (2/√π)·e^(−x²)·Σₙ 2ⁿx^(2n+1) / (1·3·5···(2n+1)), whose terms are all positive so
     * nothing cancels; further out erfc comes from its continued fraction
     * √π·e^(x²)·erfc(x) = 1/(x + ½/(x + 1/(x + (3/2)/(x + 2/(x + …))))), which keeps the lower
     * tail's relative precision. The absolute error is below 1e-15.
     *
     * <pre>
     * normalCdf(0)    == 0.5
     * normalCdf(1.96) ≈ 0.9750
     * normalCdf(-5)   ≈ 2.8665e-7
     * </pre>
     *
     * @param z any double; NaN gives NaN
     * @return Φ(z) in [0, 1]
     */
    public static double normalCdf(double z) {
        if (Double.isNaN(z)) {
            return Double.NaN;
        }
        double x = z / SQRT_2;
        if (Math.abs(x) < SERIES_LIMIT) {
            return 0.5 * (1.0 + erfSeries(x));
        }

        // far from the centre: the tail beyond |x| is erfc(|x|) / 2
        double tail = 0.5 * erfcFraction(Math.abs(x));
        return x < 0 ? tail : 1.0 - tail;
    }

    /** erf(x) for |x| below {@link #SERIES_LIMIT}, from the all-positive series. */
    private static double erfSeries(double x) {
        double twoXSquared = 2.0 * x * x;
        double term = x;
        double sum = x;

        // each term is the previous one times 2x² / (2n + 1); stop once it no longer counts
        for (int n = 1; n < 200; n++) {
            term *= twoXSquared / (2 * n + 1);
            sum += term;
            if (Math.abs(term) <= 1e-17 * Math.abs(sum)) {
                break;
            }
        }
        return 2.0 * INV_SQRT_PI * Math.exp(-x * x) * sum;
    }

    /** erfc(x) for x at or above {@link #SERIES_LIMIT}, from its continued fraction. */
    private static double erfcFraction(double x) {
        if (x == Double.POSITIVE_INFINITY) {
            return 0.0;
        }

        // evaluate from the deepest level up; the numerators are ½, 1, 3/2, 2, …
        double fraction = x;
        for (int n = FRACTION_DEPTH; n >= 1; n--) {
            fraction = x + (n / 2.0) / fraction;
        }
        return INV_SQRT_PI * Math.exp(-x * x) / fraction;
    }
}
