package org.preferencetrainer.report;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.preferencetrainer.content.JsonValue;

/**
 * The statements of one activity and registration that the LRS has not yet acknowledged, in the
 * order they were made, and the verbs already recorded for the registration (cmi5 allows some
 * only once). The browser keeps it in storage after every change, so a reload or a crash loses
 * nothing; it holds statements only, never credentials.
 *
 * <p>Sending is one statement at a time, oldest first, each by PUT with its id: a retry of a
 * statement the LRS already stored changes nothing there. After a network error or an LRS
 * that is down, the next try waits {@link #retryDelay()}: 1 s, doubling up to a minute.
 */
public final class Outbox {
    /** What an LRS answer means for the statement sent. */
    public enum Outcome {
        /** Stored (2xx), or already stored under its id (409). */
        DELIVERED,
        /** No answer, or one that may change: network error, 408, 429, 5xx. Try again. */
        RETRY,
        /** 401 or 403: the credentials are refused. Keep everything until a new launch. */
        REFUSED,
        /** Another 4xx: the LRS will never take this statement. Drop it, and say so. */
        REJECTED
    }

    static final int VERSION = 1;
    static final long FIRST_DELAY_MILLIS = 1000;
    static final long LONGEST_DELAY_MILLIS = 60_000;

    private final List<Statement> pending = new ArrayList<>();
    private final Set<String> recorded = new LinkedHashSet<>();
    private int failures;

    /** Queues a statement behind those already waiting. */
    public void add(Statement statement) {
        pending.add(statement);
    }

    /** The oldest statement not yet acknowledged, or null. */
    public Statement next() {
        return pending.isEmpty() ? null : pending.get(0);
    }

    public List<Statement> pending() {
        return List.copyOf(pending);
    }

    public boolean isEmpty() {
        return pending.isEmpty();
    }

    /** What an HTTP status (0 for a network error) means for a statement. */
    public static Outcome classify(int status) {
        if ((status >= 200 && status < 300) || status == 409) {
            return Outcome.DELIVERED;
        }
        if (status == 401 || status == 403) {
            return Outcome.REFUSED;
        }
        if (status == 0 || status == 408 || status == 429 || status >= 500) {
            return Outcome.RETRY;
        }
        return Outcome.REJECTED;
    }

    /**
     * Records the LRS's answer to statement {@code id}: delivered and rejected statements
     * leave the queue; a retry counts towards the back-off; a refusal changes nothing.
     */
    public Outcome settle(String id, int status) {
        Outcome outcome = classify(status);
        switch (outcome) {
            case DELIVERED:
            case REJECTED:
                remove(id);
                failures = 0;
                break;
            case RETRY:
                failures++;
                break;
            default:
                break;
        }
        return outcome;
    }

    private void remove(String id) {
        for (int i = 0; i < pending.size(); i++) {
            if (pending.get(i).id().equals(id)) {
                pending.remove(i);
                return;
            }
        }
    }

    /** How long to wait before the next try: 1 s after the first failure, doubling, ≤ 60 s. */
    public long retryDelay() {
        long delay = FIRST_DELAY_MILLIS;
        for (int i = 1; i < failures && delay < LONGEST_DELAY_MILLIS; i++) {
            delay *= 2;
        }
        return Math.min(delay, LONGEST_DELAY_MILLIS);
    }

    /** Failed tries in a row since the last statement that went through. */
    public int failures() {
        return failures;
    }

    /** Whether a statement with this verb was made for the registration already. */
    public boolean recorded(String verb) {
        return recorded.contains(verb);
    }

    /** Notes that a statement with this verb was made for the registration. */
    public void record(String verb) {
        recorded.add(verb);
    }

    /** The queue as JSON text for storage. */
    public String encode() {
        Json statements = Json.array();
        for (Statement statement : pending) {
            statements.add(Json.object().put("id", statement.id()).put("verb", statement.verb())
                    .put("json", statement.json()));
        }
        Json verbs = Json.array();
        for (String verb : recorded) {
            verbs.add(verb);
        }
        return Json.object().put("version", VERSION).put("recorded", verbs)
                .put("pending", statements).toString();
    }

    /**
     * Reads what {@link #encode()} wrote.
     *
     * @throws IllegalArgumentException saying what is wrong, for anything else
     */
    public static Outbox decode(JsonValue stored) {
        if (stored.kind() != JsonValue.Kind.OBJECT || stored.get("version") == null
                || stored.get("version").kind() != JsonValue.Kind.NUMBER
                || stored.get("version").asNumber() != VERSION) {
            throw new IllegalArgumentException("the stored statement queue is not of version "
                    + VERSION);
        }
        Outbox outbox = new Outbox();
        JsonValue verbs = stored.get("recorded");
        for (int i = 0; verbs != null && i < verbs.size(); i++) {
            outbox.recorded.add(verbs.at(i).asString());
        }
        JsonValue statements = stored.get("pending");
        for (int i = 0; statements != null && i < statements.size(); i++) {
            JsonValue item = statements.at(i);
            String id = string(item, "id");
            String verb = string(item, "verb");
            String json = string(item, "json");
            if (id == null || verb == null || json == null) {
                throw new IllegalArgumentException("the stored statement queue's pending[" + i
                        + "] lacks id, verb or json");
            }
            outbox.pending.add(new Statement(id, verb, json));
        }
        return outbox;
    }

    private static String string(JsonValue object, String key) {
        JsonValue value = object.kind() == JsonValue.Kind.OBJECT ? object.get(key) : null;
        return value != null && value.kind() == JsonValue.Kind.STRING ? value.asString() : null;
    }
}
