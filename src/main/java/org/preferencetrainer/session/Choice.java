package org.preferencetrainer.session;

/**
 * One choice a learner made: the round, the pair shown, the side preferred, and what it did to
 * the reward model. {@code change} is s = φ(chosen) − φ(rejected), one entry a criterion, which
 * is both the direction of the update and what the reinforcement counts add up.
 */
public final class Choice {
    private final int round;
    private final Pair pair;
    private final Side side;
    private final double[] change;
    private final double predicted;
    private final double confidence;

    Choice(int round, Pair pair, Side side, double[] change, double predicted,
            double confidence) {
        this.round = round;
        this.pair = pair;
        this.side = side;
        this.change = change.clone();
        this.predicted = predicted;
        this.confidence = confidence;
    }

    /** The round, from 1. */
    public int round() {
        return round;
    }

    public Pair pair() {
        return pair;
    }

    /** The side the learner preferred. */
    public Side side() {
        return side;
    }

    /** The index, within the question's responses, of the preferred response. */
    public int chosen() {
        return pair.response(side);
    }

    /** The index, within the question's responses, of the other response. */
    public int rejected() {
        return pair.response(side.other());
    }

    /** s = φ(chosen) − φ(rejected). */
    public double[] change() {
        return change.clone();
    }

    /** The model's probability, before this choice, that the learner would choose as they did. */
    public double predicted() {
        return predicted;
    }

    /**
     * Whether the model, before this choice, had expected it: 1 if it gave the chosen response
     * more than one half, 0 if less, ½ if it could not tell (as before the first choice).
     */
    public double agreed() {
        return predicted > 0.5 ? 1.0 : predicted < 0.5 ? 0.0 : 0.5;
    }

    /** The model's confidence ({@link org.preferencetrainer.model.Gauge#confidence}) after it. */
    public double confidence() {
        return confidence;
    }
}
