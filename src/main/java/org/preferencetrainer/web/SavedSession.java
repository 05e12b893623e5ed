package org.preferencetrainer.web;

import org.preferencetrainer.content.Criterion;
import org.preferencetrainer.content.Pack;
import org.preferencetrainer.content.Question;
import org.preferencetrainer.content.Response;
import org.preferencetrainer.session.SessionState;
import org.teavm.jso.JSBody;

/**
 * One widget's saved session in the browser's localStorage, so that a learner who reloads the
 * page comes back to the same round with the same weights. The record is keyed by the page,
 * the pack and the widget, so two widgets never share one, and it holds the pack's fingerprint
 * and the seed the host asked for: when either has changed, the old session no longer fits and
 * the lesson starts afresh.
 *
 * <p>Storage can be missing or refused (private modes, sandboxed frames, {@code file://}
 * pages); then nothing is saved and the lesson works as before.
 */
final class SavedSession {
    private static final String VERSION = "1";

    private final String key;
    private final String fingerprint;
    private final String requestedSeed;

    /** What {@link #load()} found. */
    enum Found { NOTHING, SESSION, STALE }

    private Found found = Found.NOTHING;
    private SessionState state;

    SavedSession(String widgetKey, Pack pack, String requestedSeed) {
        this.key = "preference-trainer:" + VERSION + ":" + pagePath() + ":" + pack.id() + ":"
                + widgetKey;
        this.fingerprint = fingerprint(pack);
        this.requestedSeed = requestedSeed == null ? "-" : requestedSeed;
    }

    /** Reads the saved record; afterwards {@link #found()} says what it held. */
    SavedSession load() {
        String record = read(key);
        if (record == null) {
            return this;
        }
        // version|fingerprint|seed|state; the state itself holds no bar
        int first = record.indexOf('|');
        int second = record.indexOf('|', first + 1);
        int third = record.indexOf('|', second + 1);
        if (first < 0 || second < 0 || third < 0
                || !record.substring(0, first).equals(VERSION)) {
            found = Found.STALE;
            return this;
        }
        if (!record.substring(first + 1, second).equals(fingerprint)
                || !record.substring(second + 1, third).equals(requestedSeed)) {
            found = Found.STALE;
            return this;
        }
        try {
            state = SessionState.decode(record.substring(third + 1));
            found = Found.SESSION;
        } catch (IllegalArgumentException e) {
            Js.warn("the saved session under " + key + " could not be read (" + e.getMessage()
                    + "); starting afresh");
            found = Found.STALE;
        }
        return this;
    }

    Found found() {
        return found;
    }

    /** The saved state; only when {@link #found()} is {@link Found#SESSION}. */
    SessionState state() {
        return state;
    }

    void save(SessionState current) {
        write(key, VERSION + "|" + fingerprint + "|" + requestedSeed + "|" + current.encode());
    }

    void clear() {
        remove(key);
    }

    /**
     * A short fingerprint of what a pack teaches (FNV-1a, 32 bits, over its criteria, questions,
     * responses and scores): enough to notice that an author changed the lesson, while
     * reformatting the file changes nothing. Not a security measure.
     */
    static String fingerprint(Pack pack) {
        Fnv hash = new Fnv();
        hash.add(pack.id()).mix(pack.rounds());
        for (Criterion criterion : pack.criteria()) {
            hash.add(criterion.id());
        }
        for (Question question : pack.questions()) {
            hash.add(question.id()).add(question.prompt());
            for (Response response : question.responses()) {
                hash.add(response.id()).add(response.text());
                for (double score : response.scores()) {
                    // scores are in [0, 1]: an int keeps six decimals (and longs are slow in JS)
                    hash.mix((int) (score * 1e6));
                }
            }
        }
        return Integer.toHexString(hash.value);
    }

    /** FNV-1a over the characters of the strings added, each followed by a separator. */
    private static final class Fnv {
        int value = 0x811c9dc5;

        Fnv add(String text) {
            value = fnvText(value, text);
            return this;
        }

        Fnv mix(int c) {
            value ^= c;
            value *= 0x01000193;
            return this;
        }
    }

    /**
     * {@code hash} carried over each character of {@code text} and then a 0, as {@link Fnv#mix}
     * does it: in the browser's own loop, about ten times faster than char by char in Java.
     */
    @JSBody(params = {"hash", "text"}, script = "for (var i = 0; i < text.length; i++) {"
            + " hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193); }"
            + " return Math.imul(hash, 0x01000193);")
    private static native int fnvText(int hash, String text);

    @JSBody(script = "return String(window.location.pathname);")
    private static native String pagePath();

    @JSBody(params = "key", script = "try { return window.localStorage.getItem(key); }"
            + " catch (e) { return null; }")
    private static native String read(String key);

    @JSBody(params = {"key", "value"}, script = "try { window.localStorage.setItem(key, value); }"
            + " catch (e) { }")
    private static native void write(String key, String value);

    @JSBody(params = "key", script = "try { window.localStorage.removeItem(key); } catch (e) { }")
    private static native void remove(String key);
}
