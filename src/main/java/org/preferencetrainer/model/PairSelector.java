package org.preferencetrainer.model;

/**
 * Choosing the two responses a round shows.
 *
 * <p>One is what the model would say now: a draw from the current policy, so the learner sees
 * the trained behaviour emerge. The other is the response the model most wants an opinion on:
 * the one whose comparison with the first is expected to teach the model the most. This mirrors
 * how RLHF data is gathered (sample from the model, ask a human to compare) with a dose of
 * active learning, so that eight rounds are enough to learn something.
 */
public final class PairSelector {

    private PairSelector() {
    }

    /**
     * The expected information gain of asking the learner about a pair with score difference s,
     * under the model's Laplace posterior:
     * <pre>
     * gain(s) = ½·ln(1 + p(1 − p)·sᵀH⁻¹s),   p = σ(w·s)
     * </pre>
     *
     * <p>Why this formula: whichever answer the learner gives, the precision grows by the same
     * rank-one term p(1 − p)·s·sᵀ, and by the matrix determinant lemma
     * ln det(H + p(1 − p)·s·sᵀ) − ln det H = ln(1 + p(1 − p)·sᵀH⁻¹s). Half the growth of
     * ln det H is the fall in the entropy of the Gaussian posterior, in nats. The gain is large
     * when the model is unsure about the outcome (p near ½) and about the weights along s
     * (sᵀH⁻¹s large), and it is the same for s and −s, so the order of the pair does not
     * matter.
     *
     * <pre>
     * RewardModel m = RewardModel.initial(2, 1.0);
     * informationGain(m, new double[] {0, 0})    // 0
     * informationGain(m, new double[] {1, -1})   // ½·ln(1 + ¼·2) ≈ 0.2027
     * </pre>
     *
     * @param model the current reward model
     * @param s a score difference φ(a) − φ(b), one entry per criterion
     * @return the gain in nats: 0 for s = 0, positive otherwise
     */
    public static double informationGain(RewardModel model, double[] s) {
        double variance = model.predictiveVariance(s);
        double slope = Logistic.sigmoidSlope(RewardModel.dot(model.weights(), s));
        return 0.5 * Logistic.log1p(slope * variance);
    }

    /**
     * Picks the two responses of a round, as indices into {@code responses}.
     * <ol>
     *   <li>{@code first} is drawn from {@code policy} with one {@link SeededRandom#nextDouble()}
     *       ({@link Policy#sample}): the response the model would give now.</li>
     *   <li>{@code second} is, among the responses whose scores differ from first's in at least
     *       one criterion, the one with the highest {@link #informationGain} against first;
     *       ties go to the lowest index.</li>
     * </ol>
     * Two responses with equal scores are never paired: that comparison could teach nothing.
     * If every response scores the same as first, there is no pair to ask about and the result
     * is null; the caller then skips the question. The pair is returned in the order policy
     * draw, informative one; which is shown as A is for the caller to randomise.
     *
     * <pre>
     * int[] pair = PairSelector.choose(model, scores, policy, random);   // e.g. {2, 0}
     * </pre>
     *
     * @param model the current reward model
     * @param responses the question's responses' score vectors, each of length k
     * @param policy π over the responses, e.g. from {@link Policy#distribution}
     * @param random the session's generator; exactly one double is drawn
     * @return {first, second}, or null if no response differs in score from first
     * @throws IllegalArgumentException if the arrays are missing, empty or of mismatched sizes
     */
    public static int[] choose(RewardModel model, double[][] responses, double[] policy,
            SeededRandom random) {
        if (model == null || random == null) {
            throw new IllegalArgumentException("choose needs a reward model and a generator.");
        }
        if (responses == null || responses.length == 0) {
            throw new IllegalArgumentException("choose needs at least one response.");
        }
        if (policy == null || policy.length != responses.length) {
            throw new IllegalArgumentException("The policy must give one probability per "
                    + "response (" + responses.length + ").");
        }
        for (int i = 0; i < responses.length; i++) {
            if (responses[i] == null || responses[i].length != model.dimension()) {
                throw new IllegalArgumentException("Response " + i + " must have "
                        + model.dimension() + " scores, one per criterion.");
            }
        }

        // what the model would say now
        int first = Policy.sample(policy, random.nextDouble());

        // what the model most wants to be told about, given that
        int second = -1;
        double bestGain = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < responses.length; i++) {
            double[] s = difference(responses[first], responses[i]);
            if (isZero(s)) {
                continue;
            }
            double gain = informationGain(model, s);
            if (gain > bestGain) {
                bestGain = gain;
                second = i;
            }
        }
        return second < 0 ? null : new int[] {first, second};
    }

    private static double[] difference(double[] a, double[] b) {
        double[] s = new double[a.length];
        for (int i = 0; i < s.length; i++) {
            s[i] = a[i] - b[i];
        }
        return s;
    }

    private static boolean isZero(double[] s) {
        for (double v : s) {
            if (v != 0.0) {
                return false;
            }
        }
        return true;
    }
}
