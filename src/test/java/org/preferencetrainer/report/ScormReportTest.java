package org.preferencetrainer.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.preferencetrainer.session.QuizScore;

class ScormReportTest {
    private static Map<String, String> values(List<String[]> pairs) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String[] pair : pairs) {
            values.put(pair[0], pair[1]);
        }
        return values;
    }

    @Test
    void aPassingQuizGivesAPercentageAndPassed() {
        Map<String, String> values = values(new ScormReport().finish(new QuizScore(3, 4, 0.6)));

        assertEquals(Map.of("cmi.core.score.raw", "75", "cmi.core.score.min", "0",
                "cmi.core.score.max", "100", "cmi.core.lesson_status", "passed"), values);
    }

    @Test
    void aLowScoreFailsAndAQuizWithoutPassingScoreCompletes() {
        assertEquals("failed", values(new ScormReport().finish(new QuizScore(1, 4, 0.6)))
                .get(ScormReport.STATUS));
        Map<String, String> ungraded = values(new ScormReport().finish(new QuizScore(2, 3, null)));
        assertEquals("completed", ungraded.get(ScormReport.STATUS));
        assertEquals("66.67", ungraded.get("cmi.core.score.raw"));
    }

    @Test
    void aPackWithoutAQuizReportsCompletionOnly() {
        assertEquals(Map.of(ScormReport.STATUS, "completed"),
                values(new ScormReport().finish(null)));
    }

    @Test
    void aWorseLaterAttemptLeavesTheBetterOne() {
        ScormReport report = new ScormReport();
        report.finish(new QuizScore(4, 4, 0.6));

        assertTrue(report.finish(new QuizScore(1, 4, 0.6)).isEmpty());
        assertEquals("passed", values(report.finish(new QuizScore(4, 4, 0.6)))
                .get(ScormReport.STATUS));
    }

    @Test
    void aFirstVisitBecomesIncomplete() {
        assertEquals(Map.of(ScormReport.STATUS, "incomplete"),
                values(new ScormReport().begin("not attempted")));
        assertTrue(new ScormReport().begin("passed").isEmpty());
        assertEquals("00:02:03.40", values(new ScormReport().end(123_400))
                .get("cmi.core.session_time"));
    }
}
