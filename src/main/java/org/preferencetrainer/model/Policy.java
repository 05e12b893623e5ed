package org.preferencetrainer.model;

/**
 * The policy: how likely the trained model is to "generate" each candidate response to a
 * question. This is the step that turns learned preferences into changed behaviour.
 *
 * <p>RLHF fine-tunes a model to maximise the learned reward while staying close to the
 * original (reference) model:
 * <pre>
 * maximise  E_{y~π}[r(y)] − β·KL(π ‖ π_ref)
 * </pre>
 * Over a finite set of candidates this has a closed-form optimum (Rafailov et al. 2023,
 * "Direct Preference Optimization", eq. 4):
 * <pre>
 * π(y) = π_ref(y)·exp(r(y)/β) / Z,   Z = Σ_y' π_ref(y')·exp(r(y')/β)
 * </pre>
 * β is the price of leaving the reference: a small β lets the reward dominate (π piles onto the
 * best-rewarded answer), a large β keeps π near π_ref, and β → ∞ gives π_ref back exactly.
 *
 * <p>Probability vectors here are plain {@code double[]}, one entry per candidate response.
 */
public final class Policy {

    private Policy() {
    }

    /**
     * The KL-regularised optimal policy π(y) ∝ π_ref(y)·exp(r(y)/β).
     *
     * <p>Computed in log space: log π(y) = log π_ref(y) + (r(y) − r_max)/β − max, where r_max is
     * the highest reward among responses the reference allows. Subtracting first keeps every
     * exponent at or below 0, so huge rewards or a tiny β neither overflow nor give NaN; the
     * best-rewarded response simply takes all the mass. The same subtraction makes the result
     * invariant (up to rounding) to adding a constant to every reward, as the formula is.
     * Responses with π_ref(y) = 0 get probability 0 whatever their reward.
     *
     * <pre>
     * distribution({0, 1}, {1, 1}, 1.0)                        // ≈ (0.269, 0.731)
     * distribution({0, 1}, {1, 1}, Double.POSITIVE_INFINITY)   // (0.5, 0.5)
     * distribution({0, 1}, {3, 1}, 1e-9)                       // (0, 1)
     * </pre>
     *
     * @param rewards r(y) per response, finite
     * @param reference π_ref(y) per response: non-negative, not all zero, with a finite sum;
     *     it need not sum to 1
     * @param beta β &gt; 0; {@link Double#POSITIVE_INFINITY} returns the normalised reference
     * @return π, a new array summing to 1
     * @throws IllegalArgumentException if the arrays are empty or of different lengths, or an
     *     argument is outside its range
     */
    public static double[] distribution(double[] rewards, double[] reference, double beta) {
        checkReference(reference);
        if (rewards == null || rewards.length != reference.length) {
            throw new IllegalArgumentException("There must be one reward per reference "
                    + "probability (" + reference.length + ").");
        }
        for (double r : rewards) {
            if (Double.isNaN(r) || Double.isInfinite(r)) {
                throw new IllegalArgumentException("Every reward must be finite, but one was "
                        + Decimal.text(r) + ".");
            }
        }
        if (!(beta > 0.0)) {
            throw new IllegalArgumentException("beta must be positive (or infinite for the "
                    + "reference policy), but it was " + Decimal.text(beta) + ".");
        }
        int n = rewards.length;

        // with infinite beta the reward plays no part: just normalise the reference
        if (beta == Double.POSITIVE_INFINITY) {
            return normalised(reference);
        }

        // the highest reward among the responses the reference allows
        double bestReward = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            if (reference[i] > 0.0 && rewards[i] > bestReward) {
                bestReward = rewards[i];
            }
        }

        // log-weights relative to that reward; (r − r_max)/β ≤ 0, possibly −∞, never +∞
        double[] logWeights = new double[n];
        double maxLogWeight = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            if (reference[i] > 0.0) {
                logWeights[i] = Math.log(reference[i]) + (rewards[i] - bestReward) / beta;
                maxLogWeight = Math.max(maxLogWeight, logWeights[i]);
            } else {
                logWeights[i] = Double.NEGATIVE_INFINITY;
            }
        }

        // the best-rewarded response's log-weight is finite, so maxLogWeight is too
        double[] weights = new double[n];
        for (int i = 0; i < n; i++) {
            weights[i] = Math.exp(logWeights[i] - maxLogWeight);
        }
        return normalised(weights);
    }

    /**
     * The uniform distribution over n responses, the default reference policy: before any
     * training the model is equally likely to give each candidate answer.
     *
     * <pre>
     * uniform(4)   // (0.25, 0.25, 0.25, 0.25)
     * </pre>
     *
     * @param n the number of responses, at least 1
     * @return a new array of n entries 1/n
     * @throws IllegalArgumentException if n is below 1
     */
    public static double[] uniform(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("A distribution needs at least one response, but "
                    + n + " were asked for.");
        }
        double[] p = new double[n];
        for (int i = 0; i < n; i++) {
            p[i] = 1.0 / n;
        }
        return p;
    }

    /**
     * The index of the most probable response, the model's "greedy" answer; ties go to the lowest
     * index so the result is stable.
     *
     * <pre>
     * argmax({0.2, 0.4, 0.4})   // 1
     * </pre>
     *
     * @param p a non-empty vector with no NaN entry
     * @return the index of its largest entry
     * @throws IllegalArgumentException if p is empty or holds NaN
     */
    public static int argmax(double[] p) {
        if (p == null || p.length == 0) {
            throw new IllegalArgumentException("argmax needs at least one entry.");
        }
        int best = 0;
        for (int i = 0; i < p.length; i++) {
            if (Double.isNaN(p[i])) {
                throw new IllegalArgumentException("argmax cannot rank NaN (entry " + i + ").");
            }
            if (p[i] > p[best]) {
                best = i;
            }
        }
        return best;
    }

    /**
     * Draws a response from p by inverting its cumulative distribution at u: the first index
     * whose running total exceeds u·Σp.
     *
     * <p>Scaling u by the actual total, rather than assuming Σp = 1, means a total of
     * 0.9999999999999999 cannot push u past the end; and if rounding still leaves u at or past
     * the last running total, the last index with positive probability is returned. An index
     * with p = 0 is never returned.
     *
     * <pre>
     * sample({0.25, 0.0, 0.75}, 0.10)   // 0
     * sample({0.25, 0.0, 0.75}, 0.25)   // 2
     * sample({0.25, 0.0, 0.75}, 0.99)   // 2
     * </pre>
     *
     * @param p non-negative probabilities, not all zero, with a finite sum (which need not be
     *     exactly 1)
     * @param u a uniform draw in [0, 1), e.g. {@link SeededRandom#nextDouble()}
     * @return the drawn index, always one with p &gt; 0
     * @throws IllegalArgumentException if p or u is outside its range
     */
    public static int sample(double[] p, double u) {
        double total = checkReference(p);
        if (!(u >= 0.0 && u < 1.0)) {
            throw new IllegalArgumentException("u must lie in [0, 1), but it was " + Decimal.text(u) + ".");
        }

        double target = u * total;
        double running = 0.0;
        int lastPositive = -1;
        for (int i = 0; i < p.length; i++) {
            if (p[i] > 0.0) {
                running += p[i];
                lastPositive = i;
                if (target < running) {
                    return i;
                }
            }
        }
        return lastPositive;
    }

    /** Checks a weight vector (non-empty, non-negative, not all zero, finite sum); returns Σ. */
    private static double checkReference(double[] p) {
        if (p == null || p.length == 0) {
            throw new IllegalArgumentException("A distribution needs at least one response.");
        }
        double total = 0.0;
        for (int i = 0; i < p.length; i++) {
            if (!(p[i] >= 0.0) || Double.isInfinite(p[i])) {
                throw new IllegalArgumentException("Probabilities must be non-negative and "
                        + "finite, but entry " + i + " was " + Decimal.text(p[i]) + ".");
            }
            total += p[i];
        }
        if (!(total > 0.0)) {
            throw new IllegalArgumentException("At least one probability must be positive.");
        }
        if (Double.isInfinite(total)) {
            throw new IllegalArgumentException("The probabilities add up to more than the "
                    + "largest double; scale them down.");
        }
        return total;
    }

    /** p / Σp, a new array. */
    private static double[] normalised(double[] p) {
        double total = 0.0;
        for (double v : p) {
            total += v;
        }
        double[] result = new double[p.length];
        for (int i = 0; i < p.length; i++) {
            result[i] = p[i] / total;
        }
        return result;
    }
}
