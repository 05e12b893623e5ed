package org.preferencetrainer.model;

/**
 * Choosing the two responses a round shows, and what a pair is worth asking about.
 *
 * <p>Two measures of worth: {@link #informationGain}, how much a comparison narrows the
 * posterior over the weights as a whole, and {@link #rankingGain}, how much it settles which
 * criterion the learner values most. The choosers combine them with the policy, so that the
 * learner also sees what the model would say now: {@link #choose} draws one response from the
 * policy and gives it the most informative partner, {@link #chooseBalanced} (the shipped
 * default, through {@link PairStrategy#BALANCED}) weighs the ranking gain against showing the
 * policy's likely answer, and {@link #chooseRandom} is the baseline. This mirrors how RLHF data
 * is gathered (sample from the model, ask a human to compare) with a dose of active learning,
 * so that eight rounds are enough to learn something.
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
        if (random == null) {
            throw new IllegalArgumentException("choose needs a generator.");
        }
        checkArguments(model, responses, policy);

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

    /**
     * How much asking about a pair with score difference s is expected to settle the question
     * the lesson cares about: which criterion the learner values most.
     *
     * <p>For two criteria k and l, let e = e_k − e_l, so that eᵀw = w_k − w_l. Whatever the
     * learner answers, the precision grows by p(1 − p)·s·sᵀ (p = σ(w·s)), and by the
     * Sherman–Morrison formula the variance of w_k − w_l falls from eᵀΣe (Σ = H⁻¹) by
     * <pre>
     * Δ_kl = p(1 − p)·(eᵀΣs)² / (1 + p(1 − p)·sᵀΣs)
     * </pre>
     * The gain is the share of that variance removed, weighted by how much each pair of
     * criteria is in contention for first place:
     * <pre>
     * rankingGain(s) = Σ_{k&lt;l} q_k·q_l·Δ_kl / eᵀΣe,   q = softmax(w)
     * </pre>
     *
     * <p>Why not {@link #informationGain} alone: it values every direction of w alike, so it
     * also spends rounds on telling apart two criteria the learner does not care about. The
     * weights q put the rounds where the answer to "which criterion comes first?" is still
     * open; at the start (w = 0) every pair of criteria counts alike. softmax(w) is a cheap
     * stand-in for each criterion's chance of being first (w is in log-odds units, so e^(w_k)
     * is how strongly the model leans towards k); the simulator found it clearly ahead of both
     * plain information gain and unweighted pairs (docs/simulation.md). Like the information
     * gain it is 0 for s = 0, never negative, and the same for s and −s.
     *
     * <pre>
     * RewardModel m = RewardModel.initial(2, 1.0);
     * rankingGain(m, new double[] {1, -1})   // (1·1)·(¼·2² / (1 + ¼·2)) / 2 / 2² = 1/12
     * </pre>
     *
     * @param model the current reward model
     * @param s a score difference φ(a) − φ(b), one entry per criterion
     * @return the weighted share of variance removed, in [0, 1)
     */
    public static double rankingGain(RewardModel model, double[] s) {
        double[] w = model.weights();
        double[][] covariance = model.covariance();
        int k = w.length;
        double variance = model.predictiveVariance(s);   // sᵀΣs; checks s
        double slope = Logistic.sigmoidSlope(RewardModel.dot(w, s));
        double shrink = slope / (1 + slope * variance);

        double[] sigmaS = new double[k];
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                sigmaS[i] += covariance[i][j] * s[j];
            }
        }

        // q = softmax(w), shifted by the top weight so that exp never overflows
        double top = w[0];
        for (double weight : w) {
            top = Math.max(top, weight);
        }
        double[] q = new double[k];
        double total = 0;
        for (int i = 0; i < k; i++) {
            q[i] = Math.exp(w[i] - top);
            total += q[i];
        }

        // one criterion alone has no runner-up: its sign is what is in question
        if (k == 1) {
            return shrink * sigmaS[0] * sigmaS[0] / covariance[0][0];
        }
        double gain = 0;
        for (int a = 0; a < k; a++) {
            for (int b = a + 1; b < k; b++) {
                double projected = sigmaS[a] - sigmaS[b];
                double gap = covariance[a][a] + covariance[b][b] - 2 * covariance[a][b];
                gain += q[a] * q[b] * shrink * projected * projected / gap;
            }
        }
        return gain / (total * total);
    }

    /**
     * Picks the pair worth most to ask about, weighing what it teaches about the learner's
     * favourite criterion against showing what the model would say now:
     * <pre>
     * value(i, j) = rankingGain(φ_i − φ_j) + bonus·max(π_i, π_j)
     * </pre>
     * over all pairs i &lt; j whose scores differ; ties go to the first pair in the order
     * (0, 1), (0, 2), …, (1, 2), …. The response of the pair the policy favours more comes
     * first. With {@code bonus} = 0 and {@code ranking} false the value is the plain
     * {@link #informationGain}, the most a round can teach about w as a whole.
     *
     * <p>Why both terms: the gain alone often pairs two answers the trained model would never
     * give, so the learner would not see the answers drift toward their taste. The bonus, in
     * units of gain per unit of policy probability, buys the policy's likely answer a place
     * in the pair when that costs little information. Nothing random is drawn, so the choice
     * is a function of the model alone.
     *
     * <pre>
     * // untrained model, uniform policy: (0, 2) differs most, but alike on both criteria
     * chooseBalanced(m, {{0, 0}, {1, 0}, {1, 1}}, uniform(3), false, 0)   // {0, 2}
     * chooseBalanced(m, {{0, 0}, {1, 0}, {1, 1}}, uniform(3), true, 0)    // {0, 1}
     * </pre>
     *
     * @param model the current reward model
     * @param responses the question's responses' score vectors, each of length k
     * @param policy π over the responses
     * @param ranking whether to value a pair by {@link #rankingGain} (true) or by
     *     {@link #informationGain} (false)
     * @param bonus the weight of the policy term, ≥ 0
     * @return {first, second}, or null if no two responses differ in score
     * @throws IllegalArgumentException if the arguments are missing or of mismatched sizes, or
     *     the bonus is negative or not finite
     */
    public static int[] chooseBalanced(RewardModel model, double[][] responses, double[] policy,
            boolean ranking, double bonus) {
        checkArguments(model, responses, policy);
        if (!(bonus >= 0.0) || Double.isInfinite(bonus)) {
            throw new IllegalArgumentException("The policy bonus must be a finite number of at "
                    + "least 0, but it was " + Decimal.text(bonus) + ".");
        }

        int[] best = null;
        double bestValue = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < responses.length; i++) {
            for (int j = i + 1; j < responses.length; j++) {
                double[] s = difference(responses[i], responses[j]);
                if (isZero(s)) {
                    continue;
                }
                double gain = ranking ? rankingGain(model, s) : informationGain(model, s);
                double value = gain + bonus * Math.max(policy[i], policy[j]);
                if (value > bestValue) {
                    bestValue = value;
                    best = policy[j] > policy[i] ? new int[] {j, i} : new int[] {i, j};
                }
            }
        }
        return best;
    }

    /**
     * Picks two responses whose scores differ, uniformly among all such pairs, with one
     * {@link SeededRandom#nextInt}: the baseline that uses neither the model nor the policy.
     *
     * @param model the current reward model (only its dimension is used)
     * @param responses the question's responses' score vectors, each of length k
     * @param policy π over the responses (checked, not used)
     * @param random the session's generator
     * @return {first, second} with first &lt; second, or null if no two responses differ
     */
    public static int[] chooseRandom(RewardModel model, double[][] responses, double[] policy,
            SeededRandom random) {
        if (random == null) {
            throw new IllegalArgumentException("chooseRandom needs a generator.");
        }
        checkArguments(model, responses, policy);

        // list the pairs that could teach something, then draw one
        int n = responses.length;
        int[] firsts = new int[n * (n - 1) / 2];
        int[] seconds = new int[firsts.length];
        int pairs = 0;
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                if (!isZero(difference(responses[i], responses[j]))) {
                    firsts[pairs] = i;
                    seconds[pairs] = j;
                    pairs++;
                }
            }
        }
        if (pairs == 0) {
            return null;
        }
        int drawn = random.nextInt(pairs);
        return new int[] {firsts[drawn], seconds[drawn]};
    }

    private static void checkArguments(RewardModel model, double[][] responses,
            double[] policy) {
        if (model == null) {
            throw new IllegalArgumentException("Choosing a pair needs a reward model.");
        }
        if (responses == null || responses.length == 0) {
            throw new IllegalArgumentException("Choosing a pair needs at least one response.");
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
