package org.preferencetrainer.model;

/**
 * The settings that tune the preference model, immutable, with the lesson's defaults.
 *
 * <table>
 *   <caption>Settings</caption>
 *   <tr><th>setting</th><th>default</th><th>what it trades off</th></tr>
 *   <tr><td>learning rate η</td><td>1.0</td>
 *       <td>how far one choice moves the weights: larger learns visibly faster from a few
 *       rounds but swings more when the learner is inconsistent</td></tr>
 *   <tr><td>prior precision λ</td><td>1.0</td>
 *       <td>how uncertain the weights are before any evidence (each starts with standard
 *       deviation 1/√λ): larger starts the error bars narrower, so the gauge settles after fewer
 *       choices; smaller keeps the model unsure for longer. It does not move the weights
 *       themselves, since the online step has no prior term</td></tr>
 *   <tr><td>β</td><td>0.5</td>
 *       <td>the KL price of leaving the reference policy: lower lets the trained policy move
 *       further from the original model's answers, higher keeps it closer; infinite gives the
 *       reference back</td></tr>
 *   <tr><td>pair strategy</td><td>balanced</td>
 *       <td>how a round picks its two responses ({@link PairStrategy})</td></tr>
 *   <tr><td>policy bonus</td><td>0.05</td>
 *       <td>how much the balanced strategy values showing the policy's likely answer against
 *       what a pair teaches: larger shows more of what the model would say, smaller learns the
 *       learner's favourite criterion a little faster (docs/model.md has the measurements)</td>
 *       </tr>
 * </table>
 *
 * <pre>
 * ModelSettings settings = ModelSettings.defaults().withBeta(2.0);
 * RewardModel model = RewardModel.initial(4, settings.priorPrecision());
 * </pre>
 */
public final class ModelSettings {

    private static final ModelSettings DEFAULTS =
            new ModelSettings(1.0, 1.0, 0.5, PairStrategy.BALANCED, 0.05);

    private final double learningRate;
    private final double priorPrecision;
    private final double beta;
    private final PairStrategy pairStrategy;
    private final double policyBonus;

    private ModelSettings(double learningRate, double priorPrecision, double beta,
            PairStrategy pairStrategy, double policyBonus) {
        this.learningRate = requirePositiveFinite(learningRate, "learning rate");
        this.priorPrecision = requirePositiveFinite(priorPrecision, "prior precision");
        if (!(beta > 0.0)) {
            throw new IllegalArgumentException("beta must be positive (or infinite for the "
                    + "reference policy), but it was " + Decimal.text(beta) + ".");
        }
        this.beta = beta;
        if (pairStrategy == null) {
            throw new IllegalArgumentException("A pair strategy is needed.");
        }
        this.pairStrategy = pairStrategy;
        if (!(policyBonus >= 0.0) || Double.isInfinite(policyBonus)) {
            throw new IllegalArgumentException("The policy bonus must be a finite number of at "
                    + "least 0, but it was " + Decimal.text(policyBonus) + ".");
        }
        this.policyBonus = policyBonus;
    }

    /**
     * The lesson's defaults: η = 1.0, λ = 1.0, β = 0.5, the balanced pair strategy with a
     * policy bonus of 0.05, all chosen with the simulator (docs/simulation.md).
     *
     * <p>With these, the first choice moves a weight by up to ½ (σ(0) = ½ and scores lie in
     * [0, 1]), each weight starts with standard deviation 1, and a reward gap of 1 between two
     * answers multiplies the better one's odds against the other by e^(1/β) = e² ≈ 7.4,
     * compared with the reference.
     *
     * @return the default settings
     */
    public static ModelSettings defaults() {
        return DEFAULTS;
    }

    /** η, the step size of the online update ({@link RewardModel#afterChoice}). */
    public double learningRate() {
        return learningRate;
    }

    /** λ, the precision of the Gaussian prior on each weight ({@link RewardModel#initial}). */
    public double priorPrecision() {
        return priorPrecision;
    }

    /** β, the KL regularisation strength of the policy ({@link Policy#distribution}). */
    public double beta() {
        return beta;
    }

    /** How each round picks its two responses ({@link PairStrategy}). */
    public PairStrategy pairStrategy() {
        return pairStrategy;
    }

    /**
     * How much {@link PairStrategy#BALANCED} values showing the policy's likely answer against
     * what a pair teaches ({@link PairSelector#chooseBalanced}).
     */
    public double policyBonus() {
        return policyBonus;
    }

    /**
     * These settings with another learning rate.
     *
     * @param learningRate η, positive and finite
     * @return new settings
     * @throws IllegalArgumentException if η is not positive and finite
     */
    public ModelSettings withLearningRate(double learningRate) {
        return new ModelSettings(learningRate, priorPrecision, beta, pairStrategy, policyBonus);
    }

    /**
     * These settings with another prior precision.
     *
     * @param priorPrecision λ, positive and finite
     * @return new settings
     * @throws IllegalArgumentException if λ is not positive and finite
     */
    public ModelSettings withPriorPrecision(double priorPrecision) {
        return new ModelSettings(learningRate, priorPrecision, beta, pairStrategy, policyBonus);
    }

    /**
     * These settings with another β.
     *
     * <pre>
     * defaults().withBeta(Double.POSITIVE_INFINITY)   // the policy stays the reference
     * </pre>
     *
     * @param beta β, positive; {@link Double#POSITIVE_INFINITY} is allowed
     * @return new settings
     * @throws IllegalArgumentException if β is not positive
     */
    public ModelSettings withBeta(double beta) {
        return new ModelSettings(learningRate, priorPrecision, beta, pairStrategy, policyBonus);
    }

    /**
     * These settings with another way of choosing pairs.
     *
     * @param pairStrategy the strategy, not null
     * @return new settings
     * @throws IllegalArgumentException if the strategy is null
     */
    public ModelSettings withPairStrategy(PairStrategy pairStrategy) {
        return new ModelSettings(learningRate, priorPrecision, beta, pairStrategy, policyBonus);
    }

    /**
     * These settings with another policy bonus.
     *
     * @param policyBonus finite, at least 0
     * @return new settings
     * @throws IllegalArgumentException if the bonus is negative or not finite
     */
    public ModelSettings withPolicyBonus(double policyBonus) {
        return new ModelSettings(learningRate, priorPrecision, beta, pairStrategy, policyBonus);
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof ModelSettings)) {
            return false;
        }
        ModelSettings that = (ModelSettings) other;
        return Double.compare(learningRate, that.learningRate) == 0
                && Double.compare(priorPrecision, that.priorPrecision) == 0
                && Double.compare(beta, that.beta) == 0
                && pairStrategy == that.pairStrategy
                && Double.compare(policyBonus, that.policyBonus) == 0;
    }

    @Override
    public int hashCode() {
        int hash = Double.hashCode(learningRate);
        hash = 31 * hash + Double.hashCode(priorPrecision);
        hash = 31 * hash + Double.hashCode(beta);
        hash = 31 * hash + pairStrategy.hashCode();
        return 31 * hash + Double.hashCode(policyBonus);
    }

    @Override
    public String toString() {
        return "ModelSettings[learningRate=" + Decimal.text(learningRate)
                + ", priorPrecision=" + Decimal.text(priorPrecision)
                + ", beta=" + Decimal.text(beta) + ", pairStrategy=" + pairStrategy.id()
                + ", policyBonus=" + Decimal.text(policyBonus) + "]";
    }

    private static double requirePositiveFinite(double value, String name) {
        if (!(value > 0.0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException("The " + name + " must be a positive finite "
                    + "number, but it was " + Decimal.text(value) + ".");
        }
        return value;
    }
}
