package org.preferencetrainer.model;

/**
 * How a round picks its two responses. The lesson ships one ({@link ModelSettings#defaults()});
 * the others exist so that the simulator can measure what the shipped one is worth.
 *
 * <p>Every strategy returns {first, second} as indices into a question's responses, never two
 * responses with equal scores, and null when no such pair exists. Which of the two is shown as
 * A is the caller's business.
 */
public enum PairStrategy {
    /**
     * Two different-scoring responses drawn uniformly: the baseline that knows nothing. One
     * {@link SeededRandom#nextInt} is drawn.
     */
    RANDOM,

    /**
     * One response drawn from the current policy, and as its partner the response with the
     * highest {@link PairSelector#informationGain} against it ({@link PairSelector#choose}).
     * One {@link SeededRandom#nextDouble()} is drawn.
     */
    POLICY_THEN_GAIN,

    /**
     * The pair with the highest {@link PairSelector#informationGain} of all, whatever the policy
     * says: the most a round can teach about the weights as a whole. Nothing is drawn.
     */
    MOST_INFORMATIVE,

    /**
     * The pair with the highest {@link PairSelector#rankingGain} plus a bonus for showing the
     * policy's likely answer, {@link ModelSettings#policyBonus()}·max(π_i, π_j)
     * ({@link PairSelector#chooseBalanced}). The shipped default. Nothing is drawn.
     */
    BALANCED;

    /** The strategy's name as the command line spells it: {@code policy-then-gain}. */
    public String id() {
        // by hand: toLowerCase would bring Unicode's case tables into the browser bundle
        char[] id = name().toCharArray();
        for (int i = 0; i < id.length; i++) {
            id[i] = id[i] == '_' ? '-' : (char) (id[i] + ('a' - 'A'));
        }
        return new String(id);
    }

    /**
     * The strategy a command line spells {@code id}, such as {@code random}.
     *
     * @return the strategy, or null if none is called that
     */
    public static PairStrategy byId(String id) {
        for (PairStrategy strategy : values()) {
            if (strategy.id().equals(id)) {
                return strategy;
            }
        }
        return null;
    }

    /**
     * Picks a round's pair with this strategy.
     *
     * @param model the current reward model
     * @param responses the question's responses' score vectors, each of length k
     * @param policy π over the responses
     * @param random the session's generator
     * @param settings the settings, for the policy bonus
     * @return {first, second}, or null if no two responses differ in score
     */
    public int[] choose(RewardModel model, double[][] responses, double[] policy,
            SeededRandom random, ModelSettings settings) {
        switch (this) {
            case RANDOM:
                return PairSelector.chooseRandom(model, responses, policy, random);
            case POLICY_THEN_GAIN:
                return PairSelector.choose(model, responses, policy, random);
            case MOST_INFORMATIVE:
                return PairSelector.chooseBalanced(model, responses, policy, false, 0.0);
            default:
                return PairSelector.chooseBalanced(model, responses, policy, true,
                        settings.policyBonus());
        }
    }
}
