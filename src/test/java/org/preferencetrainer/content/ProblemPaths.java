package org.preferencetrainer.content;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the JSON paths problems give ({@code questions[2].responses[0].scores.clarity},
 * {@code ui["odd key"]}) back into steps, and follows them in a parsed file: a test can then
 * check that a problem names a place that is really there.
 */
final class ProblemPaths {
    private ProblemPaths() {
    }

    /** The steps of a path: member names as strings, array indexes as integers. */
    static List<Object> steps(String path) {
        List<Object> steps = new ArrayList<>();
        int i = 0;
        while (i < path.length()) {
            char c = path.charAt(i);
            if (c == '.') {
                i++;
            } else if (c == '[' && i + 1 < path.length() && path.charAt(i + 1) == '"') {
                StringBuilder key = new StringBuilder();
                i += 2;
                while (path.charAt(i) != '"') {
                    if (path.charAt(i) == '\\') {
                        i++;
                    }
                    key.append(path.charAt(i));
                    i++;
                }
                steps.add(key.toString());
                i += 2; // the quote and the bracket
            } else if (c == '[') {
                int close = path.indexOf(']', i);
                steps.add(Integer.parseInt(path.substring(i + 1, close)));
                i = close + 1;
            } else {
                int end = i;
                while (end < path.length() && path.charAt(end) != '.'
                        && path.charAt(end) != '[') {
                    end++;
                }
                steps.add(path.substring(i, end));
                i = end;
            }
        }
        return steps;
    }

    /** The value the steps lead to in {@code root}, or null where there is none. */
    static JsonNode resolve(JsonNode root, List<Object> steps) {
        JsonNode node = root;
        for (Object step : steps) {
            if (node == null) {
                return null;
            }
            node = step instanceof Integer ? (node.isArray() ? node.get((Integer) step) : null)
                    : (node.isObject() ? node.get((String) step) : null);
        }
        return node;
    }
}
