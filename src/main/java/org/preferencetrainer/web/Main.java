package org.preferencetrainer.web;

import org.preferencetrainer.content.PackProblem;
import org.preferencetrainer.content.Phrase;
import org.preferencetrainer.content.UiText;
import org.preferencetrainer.model.Decimal;
import org.teavm.jso.JSExport;
import org.teavm.jso.JSObject;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * The engine's entry point. The loader script ({@code preference-trainer.js}) starts the
 * JavaScript or the WebAssembly build and calls {@link #mount} for each widget, and
 * {@link #check} for pages that check packs; this class only reads the options and hands over.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        // nothing to do until the loader mounts a widget
    }

    /**
     * Renders a widget into {@code root}.
     *
     * @param options {@code src} (pack URL; none for the built-in pack), {@code pack} (the
     *     pack's JSON text, used when there is no {@code src}), {@code lang} (the language of
     *     the widget's own text; none for the pack's), {@code seed} (a whole number; none for a
     *     fresh one), {@code timeout} (seconds a fetch may take), {@code host} (the element that
     *     receives the events; default {@code root}), {@code engine} (the name of the running
     *     build), {@code key} (names the widget among those on the page, for its saved session),
     *     {@code save} ({@code false} to keep no saved session), {@code onState} (a function
     *     given a snapshot of the state after each change), and the xAPI settings
     *     {@code endpoint}, {@code auth}, {@code actor}, {@code registration} and
     *     {@code activityId}; and from the loader, {@code words} (a function that fetches a
     *     language's words, see {@link Words}) and {@code reporting} (a function that fetches
     *     the reporting script, where the widget may report; see {@link ReportingLink})
     */
    @JSExport
    public static void mount(HTMLElement root, JSObject options) {
        JSObject host = Js.member(options, "host");
        String engine = Js.string(options, "engine");
        String requestedSeed = Js.string(options, "seed");
        // a host that keeps no saved session (a preview, say) passes save: false
        boolean save = !"false".equals(Js.string(options, "save"));
        String key = Js.string(options, "key");
        double timeout = Js.number(options, "timeout");
        Widget widget = new Widget(root, host == null ? root : host, options,
                engine == null ? "js" : engine, seed(requestedSeed), requestedSeed,
                save ? (key == null ? "widget" : key) : null, Js.member(options, "onState"),
                Js.string(options, "lang"));
        widget.load(Js.string(options, "src"), Js.string(options, "pack"),
                "true".equals(Js.string(options, "builtin")),
                timeout > 0 ? timeout : PackLoader.DEFAULT_TIMEOUT);
    }

    /**
     * Checks pack text without showing anything: for pages that help authors.
     *
     * @param language the language of the messages; none for the pack's own
     * @return {@code {valid, message, problems: [{path, code, message}], pack}}: {@code message}
     *     is set when the text is not JSON, {@code pack} (with its defaults filled in) when it is
     *     a valid pack; or {@code {wordsNeeded}}, the language whose words the messages need,
     *     for the loader to hand over with {@link #words} before it asks again
     */
    @JSExport
    public static JSObject check(String text, String language) {
        PackLoader.Outcome outcome = PackLoader.check(text);
        String spoken = UiText.supported(language != null ? language
                : outcome.language != null ? outcome.language : "en");
        JSObject report = Js.newObject();
        if (!Words.settled(spoken)) {
            Js.setString(report, "wordsNeeded", spoken);
            return report;
        }
        UiText words = Words.forLanguage(spoken);
        JSObject problems = Js.newArray();
        Js.set(report, "problems", problems);
        if (outcome.jsonError != null) {
            Js.setBoolean(report, "valid", false);
            Js.setString(report, "message", words.render(Phrase.of("error.json",
                    Phrase.of("error.given"), outcome.jsonError)));
            return report;
        }
        Js.setBoolean(report, "valid", outcome.result.isValid());
        for (PackProblem problem : outcome.result.problems()) {
            Js.push(problems, Widget.problemObject(problem, words));
        }
        if (outcome.result.isValid()) {
            Js.set(report, "pack", PackJs.of(outcome.result.pack()));
        }
        return report;
    }

    /**
     * Hands over a language's words, fetched by the loader: a list of {@code [key, text]}
     * pairs, or null where they could not be had (the widget then speaks English).
     */
    @JSExport
    public static void words(String language, JSObject table) {
        Words.receive(UiText.supported(language), table);
    }

    private static long seed(String text) {
        if (text != null) {
            try {
                return Decimal.parseWhole(text.trim());
            } catch (NumberFormatException e) {
                Js.warn("seed \"" + text + "\" is not a whole number; using a random one");
            }
        }
        return (long) Js.randomSeed();
    }
}
