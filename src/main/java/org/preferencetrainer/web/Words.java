package org.preferencetrainer.web;

import java.util.HashMap;
import java.util.Map;
import org.preferencetrainer.content.Pack;
import org.preferencetrainer.content.UiText;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;

/**
 * The widget's own words in the browser. English is in the engine; Spanish and French are
 * scripts of their own ({@code preference-trainer-words-es.js}, built from the same Java tables
 * as the JVM's), which the loader fetches the first time a widget on the page needs one. A page
 * in one language so downloads one language. Shared by all widgets of an engine: a language's
 * words never change.
 */
final class Words {
    /** Languages whose words arrived, to their {key, text} pairs; null for one that failed. */
    private static final Map<String, String[][]> received = new HashMap<>();

    private Words() {
    }

    /** The loader's function that fetches a language's words: (language, done(table)). */
    @JSFunctor
    interface Fetch extends JSObject {
        void fetch(String language, Received done);
    }

    @JSFunctor
    interface Received extends JSObject {
        void received(JSObject table);
    }

    /** Whether {@code language}'s words are here, or known to be unavailable. */
    static boolean settled(String language) {
        return language.equals("en") || received.containsKey(language);
    }

    /**
     * Takes a language's words from the loader: {@code table} is a list of {@code [key, text]}
     * pairs, or null where its script could not be had (the widget then speaks English). The
     * first answer for a language stands; later ones change nothing.
     */
    static void receive(String language, JSObject table) {
        if (settled(language)) {
            return;
        }
        if (table == null) {
            Js.warn("the " + language + " words (preference-trainer-words-" + language
                    + ".js) could not be loaded; the widget speaks English");
            received.put(language, null);
            return;
        }
        int size = length(table);
        String[][] pairs = new String[size][];
        for (int i = 0; i < size; i++) {
            pairs[i] = new String[] {entry(table, i, 0), entry(table, i, 1)};
        }
        received.put(language, pairs);
    }

    /**
     * Runs {@code then} once {@code language}'s words are here: at once where they already are
     * (English always), else once the loader's {@code fetch} has answered, whether or not it
     * brought them. Without a fetch (a host that calls the engine itself), the widget speaks
     * English.
     */
    static void need(String language, JSObject fetch, Runnable then) {
        if (settled(language)) {
            then.run();
            return;
        }
        if (fetch == null) {
            receive(language, null);
            then.run();
            return;
        }
        ((Fetch) fetch).fetch(language, table -> {
            receive(language, table);
            then.run();
        });
    }

    /** The defaults of a spoken language, as far as its words are here (else English). */
    static UiText forLanguage(String language) {
        return of(language, Map.of());
    }

    /** The defaults in {@code language}, with the pack's {@code ui} overrides. */
    static UiText forPack(Pack pack, String language) {
        return of(language, pack.ui());
    }

    private static UiText of(String language, Map<String, String> overrides) {
        String[][] table = received.get(language);
        return table == null ? UiText.of("en", null, overrides)
                : UiText.of(language, table, overrides);
    }

    @JSBody(params = "table", script = "return table.length >>> 0;")
    private static native int length(JSObject table);

    @JSBody(params = {"table", "i", "j"}, script = "return String(table[i][j]);")
    private static native String entry(JSObject table, int i, int j);
}
