package org.preferencetrainer.web;

import java.util.ArrayList;
import java.util.List;
import org.preferencetrainer.content.Pack;
import org.preferencetrainer.content.QuizQuestion;
import org.preferencetrainer.session.Choice;
import org.preferencetrainer.session.QuizScore;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;

/**
 * The engine's side of LMS reporting. The reporting itself is a script of its own
 * ({@link ReportingModule}), which the loader fetches only where a widget may report: its
 * mount options name an LRS, the page's address holds launch parameters, or an LMS's SCORM
 * {@code API} is in reach. The loader then passes a {@code reporting} function in the mount
 * options; without one, every call here does nothing.
 *
 * <p>What the learner does before the script has arrived waits here, in order, and goes to it
 * when it comes. Where it cannot be had, the console says so and the lesson goes on unreported.
 */
final class ReportingLink {
    /** The loader's function that fetches the reporting script: (done(module or null)). */
    @JSFunctor
    interface Fetch extends JSObject {
        void fetch(Arrived done);
    }

    @JSFunctor
    interface Arrived extends JSObject {
        void arrived(JSObject module);
    }

    /** A call to make on the reporting script, for this widget's number there. */
    private interface Call {
        void on(JSObject module, int widget);
    }

    private final Pack pack;
    private JSObject module;
    private int widget = -1;
    /** Calls made before the script arrived; null once it has, or once it is known missing. */
    private List<Call> waiting;

    private ReportingLink(Pack pack) {
        this.pack = pack;
    }

    /**
     * Starts the widget's reporting where the loader offers it.
     *
     * @param options the widget's mount options: the reporting script gets them whole, for the
     *     xAPI settings, and {@code reporting} among them fetches it
     * @param packText the pack's JSON text, which the reporting script reads for itself
     */
    static ReportingLink start(JSObject options, Pack pack, String packText, JSObject host) {
        ReportingLink link = new ReportingLink(pack);
        JSObject fetch = Js.member(options, "reporting");
        if (fetch == null) {
            return link;
        }
        link.waiting = new ArrayList<>();
        ((Fetch) fetch).fetch(module -> link.arrived(module, options, packText, host));
        return link;
    }

    private void arrived(JSObject module, JSObject options, String packText, JSObject host) {
        List<Call> calls = waiting;
        waiting = null;
        if (module == null) {
            Js.warn("LMS reporting is off: preference-trainer-reporting.js could not be loaded"
                    + " from beside the loader");
            return;
        }
        widget = start(module, host, options, packText);
        if (widget < 0) {
            return;
        }
        this.module = module;
        for (Call call : calls) {
            call.on(module, widget);
        }
    }

    private void call(Call call) {
        if (module != null) {
            call.on(module, widget);
        } else if (waiting != null) {
            waiting.add(call);
        }
    }

    /** The learner starts an attempt: Start, or Restart. */
    void attempted() {
        call(ReportingLink::attempted);
    }

    void chose(Choice choice) {
        int question = choice.pair().question();
        int a = choice.pair().responseA();
        int b = choice.pair().responseB();
        int chosen = choice.chosen();
        call((module, widget) -> chose(module, widget, question, a, b, chosen));
    }

    void answered(QuizQuestion question, int picked) {
        int index = pack.quiz().indexOf(question);
        call((module, widget) -> answered(module, widget, index, picked));
    }

    /** The lesson is done; {@code score} is null for a pack without a quiz. */
    void finished(QuizScore score) {
        boolean scored = score != null;
        int raw = scored ? score.raw() : 0;
        int max = scored ? score.max() : 0;
        double passing = scored && score.passingScore() != null
                ? score.passingScore().doubleValue() : Double.NaN;
        call((module, widget) -> finished(module, widget, scored, raw, max, passing));
    }

    @JSBody(params = {"module", "host", "options", "packText"},
            script = "return module.start(host, options, packText);")
    private static native int start(JSObject module, JSObject host, JSObject options,
            String packText);

    @JSBody(params = {"module", "widget"}, script = "module.attempted(widget);")
    private static native void attempted(JSObject module, int widget);

    @JSBody(params = {"module", "widget", "question", "a", "b", "chosen"},
            script = "module.chose(widget, question, a, b, chosen);")
    private static native void chose(JSObject module, int widget, int question, int a, int b,
            int chosen);

    @JSBody(params = {"module", "widget", "question", "picked"},
            script = "module.answered(widget, question, picked);")
    private static native void answered(JSObject module, int widget, int question, int picked);

    @JSBody(params = {"module", "widget", "scored", "raw", "max", "passing"},
            script = "module.finished(widget, scored, raw, max, passing);")
    private static native void finished(JSObject module, int widget, boolean scored, int raw,
            int max, double passing);
}
