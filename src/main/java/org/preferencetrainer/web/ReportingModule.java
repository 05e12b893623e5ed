package org.preferencetrainer.web;

import java.util.ArrayList;
import java.util.List;
import org.preferencetrainer.content.Pack;
import org.preferencetrainer.session.QuizScore;
import org.teavm.jso.JSExport;
import org.teavm.jso.JSObject;

/**
 * The entry point of the reporting script, {@code preference-trainer-reporting.js}: a third
 * TeaVM build, in JavaScript, that holds everything LMS reporting needs (xAPI, cmi5, SCORM 1.2).
 * The loader fetches it only on pages where a widget may report; the engines carry none of it
 * and talk to it through {@link ReportingLink}, so most pages download about a fifth less.
 *
 * <p>Each widget that reports gets a number from {@link #start}; the other calls name it.
 */
public final class ReportingModule {
    /** The widgets reporting on this page, by the number {@link #start} gave them. */
    private static final List<Reported> widgets = new ArrayList<>();

    /** A widget's reporting and the pack it reports on. */
    private record Reported(Reporting reporting, Pack pack) {
    }

    private ReportingModule() {
    }

    public static void main(String[] args) {
        // nothing to do until an engine starts a widget's reporting
    }

    /**
     * Starts a widget's reporting, as its mount options and the page allow.
     *
     * @param host the element that receives the widget's events
     * @param options the widget's mount options, with the xAPI settings among them
     * @param packText the JSON text of the pack the widget shows, which the engine has checked
     * @return the widget's number for the other calls, or -1 where the pack cannot be read here
     *     (then nothing is reported, and the console says why)
     */
    @JSExport
    public static int start(JSObject host, JSObject options, String packText) {
        PackLoader.Outcome outcome = PackLoader.check(packText);
        if (outcome.jsonError != null || !outcome.result.isValid()) {
            Js.warn("LMS reporting is off: the reporting script could not read the pack that"
                    + " the engine showed");
            return -1;
        }
        Pack pack = outcome.result.pack();
        widgets.add(new Reported(Reporting.start(options, pack, host), pack));
        return widgets.size() - 1;
    }

    /** The learner starts an attempt: Start, or Restart. */
    @JSExport
    public static void attempted(int widget) {
        widgets.get(widget).reporting().attempted();
    }

    /** The learner preferred response {@code chosen} of the pair shown; indexes in the pack. */
    @JSExport
    public static void chose(int widget, int question, int responseA, int responseB,
            int chosen) {
        widgets.get(widget).reporting().chose(question, responseA, responseB, chosen);
    }

    /** The learner answered quiz question {@code question} (its index in the pack's quiz). */
    @JSExport
    public static void answered(int widget, int question, int picked) {
        Reported reported = widgets.get(widget);
        reported.reporting().answered(reported.pack().quiz().get(question), picked);
    }

    /**
     * The lesson is done.
     *
     * @param scored false for a pack without a quiz; then the score's numbers mean nothing
     * @param passingScore the pack's passing score, or NaN where it has none
     */
    @JSExport
    public static void finished(int widget, boolean scored, int raw, int max,
            double passingScore) {
        widgets.get(widget).reporting().finished(scored ? new QuizScore(raw, max,
                Double.isNaN(passingScore) ? null : passingScore) : null);
    }
}
