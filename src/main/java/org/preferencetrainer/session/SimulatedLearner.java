package org.preferencetrainer.session;

import org.preferencetrainer.model.SeededRandom;

/**
 * A made-up learner for the simulator: hidden weights h, one criterion that matters most and the
 * others small, and a consistency c. Between two responses the learner prefers the one with the
 * higher hidden reward h·φ, the Bradley–Terry ranking, and picks it with probability c, the other
 * one otherwise, whatever the reward gap.
 *
 * <p>Why a flat c rather than σ(τ·h·s): a flat error rate is the harsher test, since a
 * Bradley–Terry learner errs mostly on close pairs, which teach little anyway, while this one
 * errs as often on the pairs that teach most. And c reads directly as "picks their preferred
 * response 95% of the time".
 */
public final class SimulatedLearner {
    /** The dominant criterion's hidden weight. */
    static final double DOMINANT_WEIGHT = 1.0;

    /** By default the other criteria's hidden weights are drawn uniformly from ±this. */
    public static final double OTHER_WEIGHT_RANGE = 0.3;

    private final double[] weights;
    private final int dominant;
    private final double consistency;
    private final long choiceSeed;

    /**
     * A learner with the given hidden weights.
     *
     * @param weights h, one per criterion; the largest is taken as the dominant criterion
     * @param consistency c, the probability of picking the preferred response, in [0, 1]
     * @param choiceSeed seeds the draws that decide when the learner slips
     */
    public SimulatedLearner(double[] weights, double consistency, long choiceSeed) {
        if (weights == null || weights.length == 0) {
            throw new IllegalArgumentException("A learner needs one hidden weight a criterion");
        }
        if (!(consistency >= 0.0 && consistency <= 1.0)) {
            throw new IllegalArgumentException("A learner's consistency lies in [0, 1], not "
                    + consistency);
        }
        this.weights = weights.clone();
        this.consistency = consistency;
        this.choiceSeed = choiceSeed;
        int top = 0;
        for (int k = 1; k < weights.length; k++) {
            if (weights[k] > weights[top]) {
                top = k;
            }
        }
        this.dominant = top;
    }

    /**
     * A learner drawn from {@code random}: a dominant criterion chosen uniformly with weight
     * {@value #DOMINANT_WEIGHT}, the others uniform in ±{@code others} (such as
     * {@value #OTHER_WEIGHT_RANGE}).
     *
     * @param others how large the other weights may be, in [0, 1): below the dominant one
     */
    public static SimulatedLearner draw(int criteria, double consistency, double others,
            SeededRandom random) {
        if (!(others >= 0.0 && others < DOMINANT_WEIGHT)) {
            throw new IllegalArgumentException("The other criteria's hidden weights must stay"
                    + " below the dominant one's " + DOMINANT_WEIGHT + ", so their range lies in"
                    + " [0, 1), not " + others);
        }
        int dominant = random.nextInt(criteria);
        double[] weights = new double[criteria];
        for (int k = 0; k < criteria; k++) {
            weights[k] = k == dominant ? DOMINANT_WEIGHT
                    : others * (2 * random.nextDouble() - 1);
        }
        return new SimulatedLearner(weights, consistency, random.nextLong());
    }

    /** h, as a new array. */
    public double[] weights() {
        return weights.clone();
    }

    /** The criterion with the highest hidden weight. */
    public int dominant() {
        return dominant;
    }

    public double consistency() {
        return consistency;
    }

    /** The hidden reward h·φ of a response. */
    public double reward(double[] phi) {
        double sum = 0;
        for (int k = 0; k < weights.length; k++) {
            sum += weights[k] * phi[k];
        }
        return sum;
    }

    /** A fresh generator for this learner's slips: the same learner slips the same way. */
    SeededRandom slips() {
        return new SeededRandom(choiceSeed);
    }

    /**
     * The side this learner picks in the session's current round: the preferred one with
     * probability c, using one draw from {@code slips}.
     */
    Side choose(Session session, SeededRandom slips) {
        double[][] scores = session.question().scoreMatrix();
        Pair pair = session.pair();
        Side preferred = reward(scores[pair.responseA()]) >= reward(scores[pair.responseB()])
                ? Side.A : Side.B;
        return slips.nextDouble() < consistency ? preferred : preferred.other();
    }
}
