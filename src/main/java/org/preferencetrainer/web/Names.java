package org.preferencetrainer.web;

import org.preferencetrainer.model.Gauge;
import org.preferencetrainer.session.Session;

/** The names the page and the UI-text keys use for model values. */
final class Names {
    private Names() {
    }

    /** weak, neutral or strong: for data attributes, event details and text keys. */
    static String of(Gauge gauge) {
        switch (gauge) {
            case STRONG:
                return "strong";
            case NEUTRAL:
                return "neutral";
            default:
                return "weak";
        }
    }

    /** intro, round, summary, quiz or result: the {@code phase} the host sees. */
    static String of(Session.Phase phase) {
        switch (phase) {
            case ROUND:
                return "round";
            case SUMMARY:
                return "summary";
            case QUIZ:
                return "quiz";
            case RESULT:
                return "result";
            default:
                return "intro";
        }
    }
}
