package org.preferencetrainer.model;

/**
 * The "internal model" gauge of the lesson: how settled the learned preference is, shown as
 * Weak, Neutral or Strong.
 *
 * <p>It is read from the model's {@link #confidence(RewardModel) confidence}, never from the round
 * number: a learner who keeps contradicting themselves stays at Weak however many rounds pass,
 * and one who is consistent reaches Strong within a few rounds.
 *
 * <p>The thresholds, on confidence c ∈ [0.5, 1]:
 * <ul>
 *   <li>{@link #WEAK}: c &lt; {@value #NEUTRAL_FROM}, including the start, where c = 0.5;</li>
 *   <li>{@link #NEUTRAL}: {@value #NEUTRAL_FROM} ≤ c &lt; {@value #STRONG_FROM}: the model leans
 *       one way, but could well be wrong about its favourite;</li>
 *   <li>{@link #STRONG}: c ≥ {@value #STRONG_FROM}: the model gives odds of about 5.7 to 1
 *       on which criterion the learner values most.</li>
 * </ul>
 * With the default settings, about four in five learners who keep to one criterion reach
 * Strong within eight choices, while about two in three learners who pick at random never do
 * (a test holds the shipped lesson to both; {@link #STRONG_FROM} says why the thresholds sit
 * where they do).
 */
public enum Gauge {
    /** The model has not yet told the learner's favourite criterion apart from the runner-up. */
    WEAK,
    /** The model leans towards one criterion but could still be wrong. */
    NEUTRAL,
    /** The model is confident which criterion the learner values most. */
    STRONG;

    /**
     * The confidence from which the gauge reads Neutral: odds of 3 to 1. Nine in ten
     * consistent learners end their eight rounds at or above it, and about two in three
     * learners who pick at random end below it.
     */
    public static final double NEUTRAL_FROM = 0.75;

    /**
     * The confidence from which the gauge reads Strong: odds of about 5.7 to 1 that the
     * favourite criterion really is the favourite.
     *
     * <p>Measured on the shipped lesson with the default settings and the balanced pair
     * strategy, which asks about exactly the gap this confidence measures and so raises it
     * quickly for every learner: at 0.85, about four in five learners who pick their preferred
     * answer 95% of the time see Strong within eight rounds, and about one in three who pick at
     * random ever do (one in six ends there). At 0.80 the random learners would reach it more
     * than half the time; at 0.90 only seven in ten consistent ones would. docs/model.md has the
     * full table.
     */
    public static final double STRONG_FROM = 0.85;

    /**
     * How settled the learned preference is: the posterior probability, under the model's
     * Laplace approximation, that the criterion it ranks first really has a higher weight than
     * the one it ranks second.
     *
     * <p>With w ~ N(ŵ, H⁻¹), the gap d = w_top − w_second is normal with mean ŵ_top − ŵ_second
     * and variance Var(w_top) + Var(w_second) − 2·Cov(w_top, w_second) = eᵀH⁻¹e for
     * e = e_top − e_second. So
     * <pre>
     * z = (ŵ_top − ŵ_second) / √(eᵀH⁻¹e),   confidence = P(d &gt; 0) = Φ(z)
     * </pre>
     * With a single criterion there is no runner-up; the question becomes whether the learner
     * is for or against it, and the confidence is the probability that its weight has the sign
     * it appears to have, Φ(|ŵ|/sd) (which is Φ(ŵ/sd) for a favoured criterion). The ranking
     * puts the larger weight first, so z ≥ 0 and the confidence lies in [0.5, 1]; at the start
     * (w = 0) it is exactly 0.5.
     *
     * <p>Comparing the top two, rather than asking whether the top weight is above zero, is what
     * matches the lesson's question "which kind of answer does the learner prefer?": two criteria
     * that are both rewarded but cannot be told apart leave the gauge low.
     *
     * <pre>
     * confidence(RewardModel.initial(4, 1.0))   // 0.5
     * </pre>
     *
     * @param model the reward model
     * @return the confidence in [0.5, 1]
     */
    public static double confidence(RewardModel model) {
        int k = model.dimension();
        int[] ranking = model.ranking();

        // the direction whose weight gap is in question: e_top, or e_top − e_second
        double[] direction = new double[k];
        direction[ranking[0]] = 1.0;
        if (k > 1) {
            direction[ranking[1]] = -1.0;
        }

        // with one criterion, a settled dislike counts as much as a settled liking
        double gap = Math.abs(RewardModel.dot(model.weights(), direction));
        double sd = Math.sqrt(model.predictiveVariance(direction));
        return Logistic.normalCdf(gap / sd);
    }

    /**
     * The gauge reading for a model: {@code of(confidence(model))}.
     *
     * <pre>
     * Gauge.of(RewardModel.initial(4, 1.0))   // WEAK
     * </pre>
     *
     * @param model the reward model
     * @return its gauge reading
     */
    public static Gauge of(RewardModel model) {
        return of(confidence(model));
    }

    /**
     * The gauge reading for a confidence: Weak below {@value #NEUTRAL_FROM}, Neutral below
     * {@value #STRONG_FROM}, Strong from there on.
     *
     * <pre>
     * Gauge.of(0.5)    // WEAK
     * Gauge.of(0.75)   // NEUTRAL
     * Gauge.of(0.95)   // STRONG
     * </pre>
     *
     * @param confidence a probability in [0, 1]
     * @return the reading
     * @throws IllegalArgumentException if confidence is NaN or outside [0, 1]
     */
    public static Gauge of(double confidence) {
        if (!(confidence >= 0.0 && confidence <= 1.0)) {
            throw new IllegalArgumentException("A confidence must lie in [0, 1], but it was "
                    + Decimal.text(confidence) + ".");
        }
        if (confidence >= STRONG_FROM) {
            return STRONG;
        }
        if (confidence >= NEUTRAL_FROM) {
            return NEUTRAL;
        }
        return WEAK;
    }
}
