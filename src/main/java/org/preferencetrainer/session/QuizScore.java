package org.preferencetrainer.session;

/**
 * A quiz's score: one point a correctly answered question. {@code scaled} = raw / max, the
 * share an LMS records; the quiz is passed when scaled ≥ the pack's passing score.
 */
public final class QuizScore {
    private final int raw;
    private final int max;
    private final Double passingScore;

    public QuizScore(int raw, int max, Double passingScore) {
        if (max < 1 || raw < 0 || raw > max) {
            throw new IllegalArgumentException("A score of " + raw + " out of " + max
                    + " is impossible");
        }
        this.raw = raw;
        this.max = max;
        this.passingScore = passingScore;
    }

    /** Correct answers. */
    public int raw() {
        return raw;
    }

    /** Questions asked. */
    public int max() {
        return max;
    }

    /** raw / max, in 0..1. */
    public double scaled() {
        return (double) raw / max;
    }

    /** The pack's passing score in 0..1; null when it sets none. */
    public Double passingScore() {
        return passingScore;
    }

    /** Whether the pack sets a passing score, so that the quiz is passed or failed. */
    public boolean graded() {
        return passingScore != null;
    }

    /**
     * Whether scaled reaches the passing score; false when the pack sets none. A small
     * tolerance keeps 3 / 5 from failing a passing score of 0.6 through rounding.
     */
    public boolean passed() {
        return passingScore != null && scaled() >= passingScore - 1e-9;
    }

    @Override
    public String toString() {
        return raw + "/" + max + (graded() ? passed() ? " passed" : " failed" : "");
    }
}
