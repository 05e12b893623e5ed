package org.preferencetrainer.model;

import java.util.Arrays;

/**
 * The reward model: what the widget has learned so far about which kinds of answers the learner
 * prefers. Immutable; each choice makes a new model.
 *
 * <p>Each response y carries criterion scores φ(y) ∈ [0,1]^k (Clarity, Prudence, …). The model
 * keeps a weight per criterion, w ∈ ℝ^k, and follows Bradley–Terry:
 * <ul>
 *   <li>reward r(y) = w·φ(y);</li>
 *   <li>P(A ≻ B) = σ(w·(φ(A) − φ(B))), σ the logistic sigmoid ({@link Logistic#sigmoid}).</li>
 * </ul>
 * Beside the weights it keeps a precision matrix H, whose inverse is the covariance of a Laplace
 * (Gaussian) approximation to the posterior over w, and the reinforcement counts, the running
 * sum of the score differences s = φ(chosen) − φ(rejected), which the lesson shows per
 * criterion.
 *
 * <pre>
 * RewardModel m = RewardModel.initial(2, 1.0);                    // w = (0, 0), H = I
 * m = m.afterChoice(new double[] {1, 0}, new double[] {0, 1}, 1.0);
 * m.weights();                                                    // (0.5, -0.5)
 * m.probabilityPrefers(new double[] {1, 0}, new double[] {0, 1}); // σ(1) ≈ 0.731
 * </pre>
 */
public final class RewardModel {

    /** The most criteria a model takes; packs use 2 to 8, and H⁻¹ stays cheap up to here. */
    static final int MAX_CRITERIA = 16;

    /** w: one weight per criterion. */
    private final double[] weights;

    /** H: the k×k precision matrix, λI plus the curvature of every comparison. */
    private final double[][] precision;

    /** The running sum of s = φ(chosen) − φ(rejected) per criterion. */
    private final double[] counts;

    /** How many choices changed the model (pairs with equal scores do not count). */
    private final int comparisons;

    /** H = L·Lᵀ, kept to answer covariance and variance questions without re-factorising. */
    private final Cholesky factor;

    /** H⁻¹, the Laplace covariance of w. */
    private final double[][] covariance;

    private RewardModel(double[] weights, double[][] precision, double[] counts,
            int comparisons) {
        this.weights = weights;
        this.precision = precision;
        this.counts = counts;
        this.comparisons = comparisons;
        this.factor = Cholesky.of(precision);
        this.covariance = factor.inverse();
    }

    /**
     * The model before any choice: w = 0, H = λI, counts = 0.
     *
     * <p>w = 0 means every response has reward 0 and every pair is a coin flip. The prior
     * precision λ says how far the weights are expected to stray from 0: each weight starts with
     * standard deviation 1/√λ.
     *
     * <pre>
     * RewardModel.initial(4, 1.0).standardDeviations()   // (1, 1, 1, 1)
     * </pre>
     *
     * @param criteria the number of criteria k, from 1 to 16
     * @param priorPrecision λ, a positive finite number
     * @return the initial model
     * @throws IllegalArgumentException if k or λ is out of range
     */
    public static RewardModel initial(int criteria, double priorPrecision) {
        if (criteria < 1 || criteria > MAX_CRITERIA) {
            throw new IllegalArgumentException("A reward model needs 1 to " + MAX_CRITERIA
                    + " criteria, but " + criteria + " were asked for.");
        }
        if (!(priorPrecision > 0.0) || Double.isInfinite(priorPrecision)) {
            throw new IllegalArgumentException("The prior precision must be a positive finite "
                    + "number, but it was " + Decimal.text(priorPrecision) + ".");
        }

        double[][] precision = new double[criteria][criteria];
        for (int i = 0; i < criteria; i++) {
            precision[i][i] = priorPrecision;
        }
        return new RewardModel(new double[criteria], precision, new double[criteria], 0);
    }

    /** The number of criteria k. */
    public int dimension() {
        return weights.length;
    }

    /** The weights w, one per criterion, as a new array. */
    public double[] weights() {
        return weights.clone();
    }

    /** The reinforcement counts Σ s_t, one per criterion, as a new array. */
    public double[] counts() {
        return counts.clone();
    }

    /**
     * The weight w_k of one criterion.
     *
     * @param k the criterion's index, 0 ≤ k &lt; {@link #dimension()}
     * @return w_k
     */
    public double weight(int k) {
        return weights[checkIndex(k)];
    }

    /**
     * The reinforcement count of one criterion: the sum of its score differences
     * φ_k(chosen) − φ_k(rejected) over all choices so far.
     *
     * @param k the criterion's index, 0 ≤ k &lt; {@link #dimension()}
     * @return the count, negative if the learner has tended to reject this criterion
     */
    public double count(int k) {
        return counts[checkIndex(k)];
    }

    /** The number of choices that changed the model; pairs with equal scores are not counted. */
    public int comparisons() {
        return comparisons;
    }

    /**
     * The reward r(y) = w·φ(y) of a response.
     *
     * <pre>
     * // w = (0.5, -0.5)
     * reward({0.8, 0.2}) ≈ 0.3
     * </pre>
     *
     * @param phi the response's criterion scores, one per criterion
     * @return w·φ
     */
    public double reward(double[] phi) {
        return dot(weights, checkVector(phi, "response's score vector"));
    }

    /**
     * The predicted probability that a learner prefers a over b, P(a ≻ b) = σ(w·(φa − φb)).
     *
     * <p>Because σ(−x) = 1 − σ(x), P(a ≻ b) = 1 − P(b ≻ a): the order in which the two are shown
     * plays no part.
     *
     * <pre>
     * // w = (0.5, -0.5)
     * probabilityPrefers({1, 0}, {0, 1}) == σ(1) ≈ 0.731
     * </pre>
     *
     * @param a the first response's scores
     * @param b the second response's scores
     * @return P(a ≻ b) in [0, 1]
     */
    public double probabilityPrefers(double[] a, double[] b) {
        double[] s = difference(a, b, "first response's", "second response's");
        return Logistic.sigmoid(dot(weights, s));
    }

    /**
     * The model after the learner chose {@code chosen} over {@code rejected}: one step of online
     * logistic regression on the pair's score difference s = φ(chosen) − φ(rejected).
     *
     * <pre>
     * w' = w + η·(1 − σ(w·s))·s            gradient step on ln σ(w·s)
     * H' = H + σ(w'·s)·(1 − σ(w'·s))·s·sᵀ  Laplace curvature of that comparison
     * counts' = counts + s
     * </pre>
     *
     * <p>The step is largest when the model did not expect the choice (σ(w·s) near 0) and fades
     * as it comes to predict it, and each weight moves in the direction of its own s_k: choosing
     * the clearer answer never lowers Clarity. Since w'·s = w·s + η(1 − σ(w·s))·|s|², the step
     * always raises P(chosen ≻ rejected). 1 − σ(w·s) is computed as σ(−w·s) to keep its digits.
     *
     * <p>The curvature is taken at the new weights w', not the old: the Laplace approximation
     * is a Gaussian centred on the current estimate, with precision equal to the curvature of
     * the negative log-likelihood there, and after the step the estimate is w'.
     *
     * <p>A pair with equal scores (s = 0) says nothing about the criteria; it returns this
     * model unchanged and is not counted.
     *
     * <pre>
     * RewardModel m = RewardModel.initial(2, 1.0);
     * RewardModel n = m.afterChoice(new double[] {1, 0}, new double[] {0, 1}, 1.0);
     * // s = (1, -1), σ(0) = 0.5, so w' = (0.5, -0.5); w'·s = 1 and σ(1)(1 − σ(1)) ≈ 0.1966,
     * // so H' = [[1.1966, -0.1966], [-0.1966, 1.1966]]; counts' = (1, -1)
     * </pre>
     *
     * @param chosen the scores of the response the learner preferred
     * @param rejected the scores of the other response
     * @param learningRate η, a positive finite number
     * @return the updated model, or this model if the two score vectors are equal
     * @throws IllegalArgumentException if a vector has the wrong length or a non-finite entry,
     *     or η is not positive and finite
     */
    public RewardModel afterChoice(double[] chosen, double[] rejected, double learningRate) {
        if (!(learningRate > 0.0) || Double.isInfinite(learningRate)) {
            throw new IllegalArgumentException("The learning rate must be a positive finite "
                    + "number, but it was " + Decimal.text(learningRate) + ".");
        }
        double[] s = difference(chosen, rejected, "chosen response's",
                "rejected response's");
        if (isZero(s)) {
            return this;
        }
        int k = weights.length;

        // gradient step on the log-likelihood of the choice
        double surprise = Logistic.sigmoid(-dot(weights, s));
        double[] newWeights = new double[k];
        for (int i = 0; i < k; i++) {
            newWeights[i] = weights[i] + learningRate * surprise * s[i];
        }

        // the comparison's curvature at the new mode, added as a rank-one term
        double curvature = Logistic.sigmoidSlope(dot(newWeights, s));
        double[][] newPrecision = new double[k][];
        for (int i = 0; i < k; i++) {
            newPrecision[i] = precision[i].clone();
            for (int j = 0; j < k; j++) {
                newPrecision[i][j] += curvature * s[i] * s[j];
            }
        }

        double[] newCounts = new double[k];
        for (int i = 0; i < k; i++) {
            newCounts[i] = counts[i] + s[i];
        }
        return new RewardModel(newWeights, newPrecision, newCounts, comparisons + 1);
    }

    /**
     * The Laplace covariance of the weights, Σ = H⁻¹ (by Cholesky factorisation, which is
     * exact up to rounding for the symmetric positive definite H).
     *
     * <pre>
     * RewardModel.initial(2, 4.0).covariance()   // [[0.25, 0], [0, 0.25]]
     * </pre>
     *
     * @return a new k×k symmetric array
     */
    public double[][] covariance() {
        double[][] copy = new double[covariance.length][];
        for (int i = 0; i < covariance.length; i++) {
            copy[i] = covariance[i].clone();
        }
        return copy;
    }

    /**
     * The uncertainty of each weight, sd_k = √(H⁻¹)_kk: the error bar the lesson draws around
     * each weight. It shrinks as comparisons that involve criterion k accumulate.
     *
     * <pre>
     * RewardModel.initial(3, 4.0).standardDeviations()   // (0.5, 0.5, 0.5)
     * </pre>
     *
     * @return a new array of k standard deviations
     */
    public double[] standardDeviations() {
        double[] sd = new double[covariance.length];
        for (int i = 0; i < sd.length; i++) {
            sd[i] = Math.sqrt(covariance[i][i]);
        }
        return sd;
    }

    /**
     * The posterior variance of the reward difference w·s along a direction s, Var(w·s) =
     * sᵀH⁻¹s. It is how unsure the model is about a comparison with score difference s.
     *
     * <pre>
     * RewardModel.initial(2, 1.0).predictiveVariance(new double[] {1, -1})   // 2.0
     * </pre>
     *
     * @param s a score difference, one entry per criterion
     * @return sᵀH⁻¹s ≥ 0, and &gt; 0 unless s = 0
     */
    public double predictiveVariance(double[] s) {
        return factor.inverseQuadraticForm(checkVector(s, "score difference"));
    }

    /**
     * The criteria ordered by weight, highest first; equal weights keep index order.
     *
     * <pre>
     * // w = (0.2, 0.9, 0.2, -0.1)
     * ranking() == {1, 0, 2, 3}
     * </pre>
     *
     * @return a new array holding a permutation of 0..k−1
     */
    public int[] ranking() {
        int k = weights.length;
        int[] order = new int[k];
        for (int i = 0; i < k; i++) {
            order[i] = i;
        }

        // insertion sort: stable, so ties stay in index order, and k is at most 16
        for (int i = 1; i < k; i++) {
            int held = order[i];
            int j = i - 1;
            while (j >= 0 && weights[order[j]] < weights[held]) {
                order[j + 1] = order[j];
                j--;
            }
            order[j + 1] = held;
        }
        return order;
    }

    /** H, for tests in this package. */
    double[][] precision() {
        double[][] copy = new double[precision.length][];
        for (int i = 0; i < precision.length; i++) {
            copy[i] = precision[i].clone();
        }
        return copy;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof RewardModel)) {
            return false;
        }
        RewardModel that = (RewardModel) other;
        return comparisons == that.comparisons
                && Arrays.equals(weights, that.weights)
                && Arrays.deepEquals(precision, that.precision)
                && Arrays.equals(counts, that.counts);
    }

    @Override
    public int hashCode() {
        int hash = Arrays.hashCode(weights);
        hash = 31 * hash + Arrays.deepHashCode(precision);
        hash = 31 * hash + Arrays.hashCode(counts);
        return 31 * hash + comparisons;
    }

    /** For example {@code RewardModel[comparisons=1, weights=[0.5, -0.5], sd=[…], counts=…]}. */
    @Override
    public String toString() {
        return "RewardModel[comparisons=" + comparisons
                + ", weights=" + rounded(weights)
                + ", sd=" + rounded(standardDeviations())
                + ", counts=" + rounded(counts) + "]";
    }

    /** The vector rounded to three decimals, for reading rather than for storing. */
    private static String rounded(double[] values) {
        StringBuilder text = new StringBuilder("[");
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                text.append(", ");
            }
            text.append(Decimal.text(Math.rint(values[i] * 1000.0) / 1000.0));
        }
        return text.append(']').toString();
    }

    private int checkIndex(int k) {
        if (k < 0 || k >= weights.length) {
            throw new IndexOutOfBoundsException("Criterion " + k + " does not exist; the model "
                    + "has criteria 0 to " + (weights.length - 1) + ".");
        }
        return k;
    }

    /** φ(a) − φ(b), after checking both vectors; the roles name them in error messages. */
    private double[] difference(double[] a, double[] b, String roleA, String roleB) {
        checkVector(a, roleA + " score vector");
        checkVector(b, roleB + " score vector");
        double[] s = new double[a.length];
        for (int i = 0; i < s.length; i++) {
            s[i] = a[i] - b[i];
        }
        return s;
    }

    /** Checks that a vector has one finite entry per criterion; returns it for chaining. */
    private double[] checkVector(double[] vector, String what) {
        if (vector == null) {
            throw new IllegalArgumentException("The " + what + " is missing.");
        }
        if (vector.length != weights.length) {
            throw new IllegalArgumentException("The " + what + " has " + vector.length
                    + " entries, but the model has " + weights.length + " criteria.");
        }
        for (int i = 0; i < vector.length; i++) {
            if (Double.isNaN(vector[i]) || Double.isInfinite(vector[i])) {
                throw new IllegalArgumentException("The " + what + " has a non-finite entry "
                        + "at criterion " + i + ": " + Decimal.text(vector[i]) + ".");
            }
        }
        return vector;
    }

    private static boolean isZero(double[] s) {
        for (double v : s) {
            if (v != 0.0) {
                return false;
            }
        }
        return true;
    }

    static double dot(double[] a, double[] b) {
        double sum = 0.0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }
}
