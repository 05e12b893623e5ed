package org.preferencetrainer.web;

import org.teavm.jso.JSExport;
import org.teavm.jso.JSObject;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * The engine's entry point. The loader script ({@code preference-trainer.js}) starts the
 * JavaScript or the WebAssembly build and calls {@link #mount} for each widget; this class only
 * reads the options and hands over to {@link Widget}.
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
     * @param options {@code src} (pack URL; none for the built-in pack), {@code seed} (a whole
     *     number; none for a fresh one), {@code host} (the element that receives the events;
     *     default {@code root}), {@code engine} (the name of the running build), {@code key}
     *     (names the widget among those on the page, for its saved session),
     *     {@code onState} (a function given a snapshot of the state after each change), and the
     *     xAPI settings {@code endpoint}, {@code auth}, {@code actor}, {@code registration} and
     *     {@code activityId}
     */
    @JSExport
    public static void mount(HTMLElement root, JSObject options) {
        JSObject host = Js.member(options, "host");
        String engine = Js.string(options, "engine");
        String requestedSeed = Js.string(options, "seed");
        String key = Js.string(options, "key");
        Widget widget = new Widget(root, host == null ? root : host, options,
                engine == null ? "js" : engine, seed(requestedSeed), requestedSeed,
                key == null ? "widget" : key, Js.member(options, "onState"));
        widget.load(Js.string(options, "src"));
    }

    private static long seed(String text) {
        if (text != null) {
            try {
                return Long.parseLong(text.trim());
            } catch (NumberFormatException e) {
                Js.warn("seed \"" + text + "\" is not a whole number; using a random one");
            }
        }
        return (long) Js.randomSeed();
    }
}
