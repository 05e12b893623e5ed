package org.preferencetrainer.session;

/**
 * The two responses of one round: a question and the indices, within its responses, of the
 * response shown as A and the one shown as B.
 */
public final class Pair {
    private final int question;
    private final int responseA;
    private final int responseB;

    public Pair(int question, int responseA, int responseB) {
        this.question = question;
        this.responseA = responseA;
        this.responseB = responseB;
    }

    /** The question's index in the pack. */
    public int question() {
        return question;
    }

    public int responseA() {
        return responseA;
    }

    public int responseB() {
        return responseB;
    }

    /** The response shown on {@code side}. */
    public int response(Side side) {
        return side == Side.A ? responseA : responseB;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Pair && ((Pair) other).question == question
                && ((Pair) other).responseA == responseA && ((Pair) other).responseB == responseB;
    }

    @Override
    public int hashCode() {
        return (question * 31 + responseA) * 31 + responseB;
    }

    @Override
    public String toString() {
        return "Pair[q" + question + ": " + responseA + " vs " + responseB + "]";
    }
}
