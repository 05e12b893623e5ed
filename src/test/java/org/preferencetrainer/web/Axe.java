package org.preferencetrainer.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * axe-core, the accessibility checker, run on the page Chromium shows. The npm package that the
 * build installs in {@code src/test/lms} is put into the page with a script call; axe checks
 * open shadow roots, so it sees the widget as a screen reader does.
 */
final class Axe {
    /** The rules to run: WCAG 2.0 to 2.2, levels A and AA, and axe's best practices. */
    private static final String OPTIONS = "{ runOnly: { type: 'tag', values: ['wcag2a',"
            + " 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },"
            // off by default as experimental: a button's name must hold its visible words
            + " rules: { 'label-content-name-mismatch': { enabled: true } },"
            + " resultTypes: ['violations'] }";

    private static String source;

    /** One rule an axe run found broken, with the elements that break it. */
    record Violation(String rule, String impact, String help, List<String> nodes) {
        boolean seriousOrWorse() {
            return "serious".equals(impact) || "critical".equals(impact);
        }

        @Override
        public String toString() {
            return impact + " " + rule + " (" + help + "): " + String.join("; ", nodes);
        }
    }

    /** What one run gave: the rules it broke and how many it checked and found kept. */
    record Result(List<Violation> violations, int passed) {
        List<Violation> serious() {
            List<Violation> serious = new ArrayList<>();
            for (Violation violation : violations) {
                if (violation.seriousOrWorse()) {
                    serious.add(violation);
                }
            }
            return serious;
        }
    }

    private Axe() {
    }

    private static synchronized String source() throws IOException {
        if (source == null) {
            Path script = Path.of(System.getProperty("lms.tools.dir", "src/test/lms"),
                    "node_modules", "axe-core", "axe.min.js");
            if (!Files.isRegularFile(script)) {
                throw new IllegalStateException("No " + script + "; npm ci in src/test/lms"
                        + " installs it (mvn verify runs it)");
            }
            source = Files.readString(script, StandardCharsets.UTF_8);
        }
        return source;
    }

    /** Checks the whole page as it is now, the widget's shadow root included. */
    @SuppressWarnings("unchecked")
    static Result check(ChromeDriver chrome) throws IOException {
        if (!Boolean.TRUE.equals(chrome.executeScript("return typeof axe === 'object';"))) {
            chrome.executeScript(source());
        }
        Object answer = chrome.executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "axe.run(document, " + OPTIONS + ").then(function (r) {"
                + "  done({ passed: r.passes.length, violations: r.violations.map(function (v) {"
                + "    return { rule: v.id, impact: v.impact, help: v.help,"
                + "      nodes: v.nodes.map(function (n) {"
                + "        return JSON.stringify(n.target) + ' ' + n.failureSummary; }) }; }) });"
                + "}, function (e) { done({ error: String(e) }); });");
        Map<String, Object> result = (Map<String, Object>) answer;
        if (result.containsKey("error")) {
            throw new IllegalStateException("axe could not run: " + result.get("error"));
        }
        List<Violation> violations = new ArrayList<>();
        for (Map<String, Object> v : (List<Map<String, Object>>) result.get("violations")) {
            violations.add(new Violation((String) v.get("rule"), (String) v.get("impact"),
                    (String) v.get("help"), (List<String>) v.get("nodes")));
        }
        return new Result(violations, ((Number) result.get("passed")).intValue());
    }
}
