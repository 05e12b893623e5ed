package org.preferencetrainer.web;

import java.util.HashSet;
import java.util.Set;
import org.preferencetrainer.report.Launch;
import org.preferencetrainer.report.Outbox;
import org.preferencetrainer.report.Statement;
import org.teavm.jso.JSObject;

/**
 * Sends an {@link Outbox} to the LRS: one statement at a time, oldest first, each by PUT with
 * its statementId, so that a retry of a statement the LRS already stored changes nothing. The
 * queue goes to {@code localStorage} after every change, so a reload or a crash loses nothing;
 * the Authorization header stays in memory only.
 *
 * <p>After a network error or an LRS that is down it tries again after the outbox's back-off,
 * or as soon as the browser is back online. When the page is hidden the oldest statement
 * waiting goes out at once with {@code keepalive}, which lets the request outlive the page;
 * only ever one statement is on its way, so the LRS stores them in order. When the LRS
 * refuses the credentials it stops, keeps the queue for the next launch, warns once and fires
 * {@code preference-trainer:lrs-refused} on the host element.
 */
final class XapiSender {
    private final Launch launch;
    private final Outbox outbox;
    private final JSObject host;
    /** The statement sent with keepalive and not yet answered: a second flush skips it. */
    private final Set<String> flushing = new HashSet<>();

    private boolean sending;
    private boolean refused;
    private boolean storageWarned;
    private int timer = -1;

    XapiSender(Launch launch, Outbox outbox, JSObject host) {
        this.launch = launch;
        this.outbox = outbox;
        this.host = host;
        Page.onOnline(this::now);
    }

    /**
     * The queue kept for a launch's activity and registration, or an empty one. A queue that
     * cannot be read is reported and replaced: it would block every later statement.
     */
    static Outbox restore(Launch launch) {
        String stored = Page.load(launch.queueKey());
        if (stored == null) {
            return new Outbox();
        }
        try {
            return Outbox.decode(JsJson.parse(stored));
        } catch (IllegalArgumentException e) {
            Js.warn("xAPI: " + e.getMessage() + " (localStorage " + launch.queueKey()
                    + "); starting a new queue");
            return new Outbox();
        }
    }

    Outbox outbox() {
        return outbox;
    }

    /** The outbox changed: store it, and send what waits. */
    void changed() {
        save();
        pump();
    }

    /** Tries now, without waiting out the back-off (the browser is back online). */
    private void now() {
        if (timer >= 0) {
            Page.cancel(timer);
            timer = -1;
        }
        pump();
    }

    private void pump() {
        if (sending || refused || timer >= 0) {
            return;
        }
        Statement next = outbox.next();
        if (next == null) {
            return;
        }
        sending = true;
        put(next, false, (status, body) -> {
            sending = false;
            settle(next, status, body);
        });
    }

    private void settle(Statement statement, int status, String body) {
        Outbox.Outcome outcome = outbox.settle(statement.id(), status);
        save();
        switch (outcome) {
            case DELIVERED:
                pump();
                break;
            case REJECTED:
                Js.warn("xAPI: the LRS at " + launch.endpoint() + " rejected statement "
                        + statement.id() + " (" + statement.verb() + ") with " + status + ": "
                        + clip(body));
                pump();
                break;
            case RETRY:
                if (timer < 0 && !refused) {
                    timer = Page.later(() -> {
                        timer = -1;
                        pump();
                    }, (int) outbox.retryDelay());
                }
                break;
            default:
                refuse(status);
        }
    }

    private void refuse(int status) {
        if (refused) {
            return;
        }
        refused = true;
        int waiting = outbox.pending().size();
        Js.warn("xAPI: the LRS at " + launch.endpoint() + " refused the credentials (" + status
                + "); " + waiting + " statement(s) wait in this browser for the next launch");
        JSObject detail = Js.newObject();
        Js.setNumber(detail, "status", status);
        Js.setString(detail, "endpoint", launch.endpoint());
        Js.setNumber(detail, "pending", waiting);
        Js.dispatch(host, "preference-trainer:lrs-refused", detail);
    }

    /**
     * Sends the oldest statement waiting now, with keepalive: the page is being hidden or left,
     * and may not live to wait out a back-off. Only that one: statements sent side by side
     * could be stored out of the order they were made, so the rest follow one by one while
     * the page lives, or wait in storage for the next visit. An answer that does arrive
     * settles the queue as usual.
     */
    void flush() {
        save();
        Statement next = outbox.next();
        if (refused || next == null || !flushing.add(next.id())) {
            return;
        }
        put(next, true, (status, body) -> {
            flushing.remove(next.id());
            if (Outbox.classify(status) == Outbox.Outcome.DELIVERED) {
                outbox.settle(next.id(), status);
                save();
                pump();
            }
        });
    }

    private void put(Statement statement, boolean keepalive, Http.Answer answer) {
        JSObject headers = Http.xapiHeaders(launch.auth());
        Js.setString(headers, "Content-Type", "application/json");
        Http.send("PUT", launch.statementsUrl() + "?statementId=" + statement.id(), headers,
                statement.json(), keepalive, answer);
    }

    private void save() {
        boolean stored = outbox.isEmpty() && !hasRecords()
                ? forget() : Page.store(launch.queueKey(), outbox.encode());
        if (!stored && !storageWarned) {
            storageWarned = true;
            Js.warn("xAPI: this browser does not let the widget keep unsent statements"
                    + " (localStorage is off or full); they are lost if the page closes offline");
        }
    }

    /** An empty queue that remembers nothing needs no storage. */
    private boolean forget() {
        Page.forget(launch.queueKey());
        return true;
    }

    private boolean hasRecords() {
        return outbox.recorded("completed") || outbox.recorded("passed")
                || outbox.recorded("failed");
    }

    private static String clip(String text) {
        return text == null ? "" : text.length() <= 300 ? text : text.substring(0, 300) + "…";
    }
}
