package org.preferencetrainer.content;

/**
 * One candidate answer to a question, with its criterion scores φ(y) ∈ [0,1]^k in the order of
 * the pack's criteria.
 */
public final class Response {
    private final String id;
    private final String text;
    private final double[] scores;

    public Response(String id, String text, double[] scores) {
        this.id = id;
        this.text = text;
        this.scores = scores.clone();
    }

    public String id() {
        return id;
    }

    /** Plain text; a blank line separates paragraphs. */
    public String text() {
        return text;
    }

    /** φ(y): one score a criterion, in the pack's criterion order. */
    public double[] scores() {
        return scores.clone();
    }
}
