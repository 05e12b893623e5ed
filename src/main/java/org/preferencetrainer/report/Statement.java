package org.preferencetrainer.report;

/** One xAPI statement ready to send: its id, the short name of its verb, and its JSON text. */
public final class Statement {
    private final String id;
    private final String verb;
    private final String json;

    public Statement(String id, String verb, String json) {
        this.id = id;
        this.verb = verb;
        this.json = json;
    }

    /** The client-made UUID, sent as {@code statementId} so a retry cannot store it twice. */
    public String id() {
        return id;
    }

    /** The verb's last path segment: initialized, interacted, completed, ... */
    public String verb() {
        return verb;
    }

    /** The statement as JSON text. */
    public String json() {
        return json;
    }

    @Override
    public String toString() {
        return verb + " " + id;
    }
}
