package org.preferencetrainer.report;

import java.util.ArrayList;
import java.util.List;
import org.preferencetrainer.session.QuizScore;

/**
 * What the widget writes into a SCORM 1.2 LMS's data model, as element and value pairs; the
 * browser layer calls {@code LMSSetValue} with them and commits.
 *
 * <p>The score goes in as a percentage (raw 0..100, min 0, max 100), the scale Moodle and most
 * LMSs grade SCORM 1.2 on. {@code cmi.core.lesson_status} is passed or failed where the pack
 * sets a passing score, completed otherwise. A later attempt that does worse does not
 * overwrite a better one, so a learner who tries again never loses a grade.
 */
public final class ScormReport {
    public static final String STATUS = "cmi.core.lesson_status";

    private double best = -1;

    /**
     * The values to set when the LMS session begins, given the status the LMS holds: a
     * lesson not attempted before becomes incomplete.
     */
    public List<String[]> begin(String status) {
        List<String[]> values = new ArrayList<>();
        if (status == null || status.isEmpty() || status.equals("not attempted")) {
            values.add(new String[] {STATUS, "incomplete"});
        }
        return values;
    }

    /**
     * The values to set when an attempt is done; none when an earlier attempt in this LMS
     * session scored higher.
     *
     * @param score the quiz's score; null for a pack without a quiz (completion only)
     */
    public List<String[]> finish(QuizScore score) {
        List<String[]> values = new ArrayList<>();
        if (score == null) {
            values.add(new String[] {STATUS, "completed"});
            return values;
        }
        if (score.scaled() < best) {
            return values;
        }
        best = score.scaled();
        values.add(new String[] {"cmi.core.score.raw",
            Json.number(Math.round(score.scaled() * 10000) / 100.0)});
        values.add(new String[] {"cmi.core.score.min", "0"});
        values.add(new String[] {"cmi.core.score.max", "100"});
        values.add(new String[] {STATUS,
            score.graded() ? (score.passed() ? "passed" : "failed") : "completed"});
        return values;
    }

    /** The values to set before LMSFinish: the time spent in this LMS session. */
    public List<String[]> end(long sessionMillis) {
        List<String[]> values = new ArrayList<>();
        values.add(new String[] {"cmi.core.session_time", IsoTime.scormTimespan(sessionMillis)});
        return values;
    }
}
