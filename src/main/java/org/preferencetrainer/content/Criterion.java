package org.preferencetrainer.content;

/** One quality of an answer that the reward model weighs, such as Clarity. */
public final class Criterion {
    private final String id;
    private final String label;
    private final String description;

    public Criterion(String id, String label, String description) {
        this.id = id;
        this.label = label;
        this.description = description;
    }

    public String id() {
        return id;
    }

    /** The name the learner sees. */
    public String label() {
        return label;
    }

    /** A short phrase saying what the criterion rewards; may be empty. */
    public String description() {
        return description;
    }
}
