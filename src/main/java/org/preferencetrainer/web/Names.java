package org.preferencetrainer.web;

import org.preferencetrainer.model.Gauge;

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
}
