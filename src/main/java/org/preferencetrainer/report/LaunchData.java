package org.preferencetrainer.report;

import org.preferencetrainer.content.JsonValue;
import org.preferencetrainer.model.Decimal;

/**
 * The cmi5 {@code LMS.LaunchData} state document that the LMS writes before a launch: the
 * context every statement starts from, the launch mode, and the mastery score that replaces
 * the pack's passing score.
 */
public final class LaunchData {
    /** cmi5's launch mode: only Normal launches may complete, pass or fail. */
    public enum Mode { NORMAL, BROWSE, REVIEW }

    private final JsonValue contextTemplate;
    private final Mode mode;
    private final Double masteryScore;
    private final String returnUrl;

    private LaunchData(JsonValue contextTemplate, Mode mode, Double masteryScore,
            String returnUrl) {
        this.contextTemplate = contextTemplate;
        this.mode = mode;
        this.masteryScore = masteryScore;
        this.returnUrl = returnUrl;
    }

    /**
     * Reads the state document.
     *
     * @throws IllegalArgumentException naming the field, for a document that breaks cmi5
     */
    public static LaunchData read(JsonValue document) {
        if (document == null || document.kind() != JsonValue.Kind.OBJECT) {
            throw new IllegalArgumentException("LMS.LaunchData is not a JSON object");
        }
        JsonValue template = document.get("contextTemplate");
        if (template == null || template.kind() != JsonValue.Kind.OBJECT) {
            throw new IllegalArgumentException("LMS.LaunchData.contextTemplate is missing or not"
                    + " an object");
        }
        JsonValue launchMode = document.get("launchMode");
        Mode mode = Mode.NORMAL;
        if (launchMode != null && launchMode.kind() == JsonValue.Kind.STRING) {
            switch (launchMode.asString()) {
                case "Browse":
                    mode = Mode.BROWSE;
                    break;
                case "Review":
                    mode = Mode.REVIEW;
                    break;
                case "Normal":
                    break;
                default:
                    throw new IllegalArgumentException("LMS.LaunchData.launchMode \""
                            + launchMode.asString() + "\" is none of Normal, Browse, Review");
            }
        }
        Double mastery = null;
        JsonValue score = document.get("masteryScore");
        if (score != null && score.kind() == JsonValue.Kind.NUMBER) {
            if (!(score.asNumber() >= 0 && score.asNumber() <= 1)) {
                throw new IllegalArgumentException("LMS.LaunchData.masteryScore "
                        + Decimal.text(score.asNumber()) + " is outside 0..1");
            }
            mastery = score.asNumber();
        }
        JsonValue back = document.get("returnURL");
        return new LaunchData(template, mode,
                mastery, back != null && back.kind() == JsonValue.Kind.STRING
                        ? back.asString() : null);
    }

    /** The context each statement starts from (it carries cmi5's session id). */
    public JsonValue contextTemplate() {
        return contextTemplate;
    }

    public Mode mode() {
        return mode;
    }

    /** The score, 0..1, needed to pass; null when the LMS sets none. */
    public Double masteryScore() {
        return masteryScore;
    }

    /** Where the LMS wants the learner sent at the end; null when it says nothing. */
    public String returnUrl() {
        return returnUrl;
    }
}
