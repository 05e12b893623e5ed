package org.preferencetrainer.content;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a pack from a parsed JSON tree and checks every rule of the format, collecting all the
 * problems it finds (each with its JSON path) rather than stopping at the first. Reading goes on
 * past a problem wherever the rest can still be checked, so an author sees everything at once.
 */
public final class PackReader {
    /** What ids must look like: lowercase letters, digits and hyphens, at most 64. */
    static final String ID_RULE = "[a-z0-9][a-z0-9-]{0,63}";

    static final int MIN_CRITERIA = 2;
    static final int MAX_CRITERIA = 8;

    private final List<PackProblem> problems = new ArrayList<>();
    private final Set<String> ids = new HashSet<>();

    private PackReader() {
    }

    /**
     * Reads {@code root} as a pack.
     *
     * @return the pack and no problems, or no pack and every problem found
     */
    public static PackResult read(JsonValue root) {
        PackReader reader = new PackReader();
        Pack pack = reader.pack(root);
        return reader.problems.isEmpty()
                ? new PackResult(pack, List.of())
                : new PackResult(null, reader.problems);
    }

    private Pack pack(JsonValue root) {
        if (root.kind() != JsonValue.Kind.OBJECT) {
            problem("", "a pack must be a JSON object, not " + describe(root));
            return null;
        }

        // an unknown version is reported alone: its other fields may mean something else
        JsonValue version = root.get("schemaVersion");
        if (version == null) {
            problem("schemaVersion", "is missing; this widget reads version " + Pack.SCHEMA_VERSION);
        } else if (!isInteger(version) || version.asNumber() < 1) {
            problem("schemaVersion", "must be a whole number such as 1, not " + describe(version));
        } else if (version.asNumber() > Pack.SCHEMA_VERSION) {
            problem("schemaVersion", "version " + (long) version.asNumber()
                    + " is newer than this widget knows (" + Pack.SCHEMA_VERSION
                    + "); use a newer Preference Trainer");
            return null;
        }

        String id = id(root, "", "id");
        String title = text(root, "", "title", true);
        String language = optionalText(root, "language", "en");
        List<Criterion> criteria = criteria(root.get("criteria"));
        List<Question> questions = questions(root.get("questions"), criteria);
        int rounds = rounds(root.get("rounds"), questions.size());
        List<QuizQuestion> quiz = quiz(root.get("quiz"));
        Double passingScore = passingScore(root.get("passingScore"));
        Map<String, String> ui = ui(root.get("ui"));
        if (!problems.isEmpty()) {
            return null;
        }
        return new Pack(id, title, language, rounds, criteria, questions, quiz, passingScore, ui);
    }

    private List<Criterion> criteria(JsonValue array) {
        List<Criterion> criteria = new ArrayList<>();
        if (!isArray(array, "criteria", true)) {
            return criteria;
        }
        if (array.size() < MIN_CRITERIA || array.size() > MAX_CRITERIA) {
            problem("criteria", "has " + array.size()
                    + (array.size() == 1 ? " criterion" : " criteria") + "; a pack needs from "
                    + MIN_CRITERIA + " to " + MAX_CRITERIA);
        }
        for (int i = 0; i < array.size(); i++) {
            String path = "criteria[" + i + "]";
            JsonValue item = array.at(i);
            if (!isObject(item, path)) {
                continue;
            }
            criteria.add(new Criterion(id(item, path, "id"), text(item, path, "label", true),
                    text(item, path, "description", false)));
        }
        return criteria;
    }

    private List<Question> questions(JsonValue array, List<Criterion> criteria) {
        List<Question> questions = new ArrayList<>();
        if (!isArray(array, "questions", true)) {
            return questions;
        }
        if (array.size() == 0) {
            problem("questions", "is empty; a pack needs at least one question");
        }
        for (int i = 0; i < array.size(); i++) {
            String path = "questions[" + i + "]";
            JsonValue item = array.at(i);
            if (!isObject(item, path)) {
                continue;
            }
            String id = id(item, path, "id");
            String prompt = text(item, path, "prompt", true);
            List<Response> responses = responses(item.get("responses"), path, criteria);
            checkResponsesDiffer(responses, path);
            questions.add(new Question(id, prompt, responses));
        }
        return questions;
    }

    private List<Response> responses(JsonValue array, String parent, List<Criterion> criteria) {
        List<Response> responses = new ArrayList<>();
        String arrayPath = parent + ".responses";
        if (!isArray(array, arrayPath, true)) {
            return responses;
        }
        if (array.size() < 2) {
            problem(arrayPath, "has " + array.size() + " response"
                    + (array.size() == 1 ? "" : "s") + "; a question needs at least 2 to compare");
        }
        for (int i = 0; i < array.size(); i++) {
            String path = arrayPath + "[" + i + "]";
            JsonValue item = array.at(i);
            if (!isObject(item, path)) {
                continue;
            }
            String id = id(item, path, "id");
            String text = text(item, path, "text", true);
            responses.add(new Response(id, text, scores(item.get("scores"), path, criteria)));
        }
        return responses;
    }

    private double[] scores(JsonValue object, String parent, List<Criterion> criteria) {
        double[] scores = new double[criteria.size()];
        String path = parent + ".scores";
        if (object == null) {
            problem(path, "is missing; every response scores every criterion from 0 to 1");
            return scores;
        }
        if (!isObject(object, path)) {
            return scores;
        }
        Set<String> known = new HashSet<>();
        for (int k = 0; k < criteria.size(); k++) {
            String criterion = criteria.get(k).id();
            known.add(criterion);
            JsonValue score = object.get(criterion);
            String scorePath = path + "." + criterion;
            if (score == null) {
                problem(scorePath, "is missing; every response scores every criterion");
            } else if (score.kind() != JsonValue.Kind.NUMBER) {
                problem(scorePath, "must be a number from 0 to 1, not " + describe(score));
            } else if (!(score.asNumber() >= 0 && score.asNumber() <= 1)) {
                problem(scorePath, formatNumber(score.asNumber()) + " is outside 0..1");
            } else {
                scores[k] = score.asNumber();
            }
        }
        for (String key : object.keys()) {
            if (!known.contains(key)) {
                problem(path + "." + key, "is not one of the pack's criteria");
            }
        }
        return scores;
    }

    /** A question whose responses all score alike cannot teach the model anything. */
    private void checkResponsesDiffer(List<Response> responses, String path) {
        for (int i = 1; i < responses.size(); i++) {
            if (!Arrays.equals(responses.get(0).scores(), responses.get(i).scores())) {
                return;
            }
        }
        if (responses.size() >= 2) {
            problem(path + ".responses", "all responses have the same scores, so no choice"
                    + " between them can teach the model anything");
        }
    }

    private int rounds(JsonValue value, int questions) {
        int fallback = Math.max(1, Math.min(Pack.DEFAULT_ROUNDS, questions));
        if (value == null) {
            return fallback;
        }
        if (!isInteger(value)) {
            problem("rounds", "must be a whole number, not " + describe(value));
            return fallback;
        }
        double rounds = value.asNumber();
        if (rounds < 1 || (questions > 0 && rounds > questions)) {
            problem("rounds", formatNumber(rounds) + " is outside 1.." + questions
                    + " (the number of questions)");
            return fallback;
        }
        return (int) rounds;
    }

    private List<QuizQuestion> quiz(JsonValue array) {
        List<QuizQuestion> quiz = new ArrayList<>();
        if (!isArray(array, "quiz", false)) {
            return quiz;
        }
        for (int i = 0; i < array.size(); i++) {
            String path = "quiz[" + i + "]";
            JsonValue item = array.at(i);
            if (!isObject(item, path)) {
                continue;
            }
            String id = id(item, path, "id");
            String prompt = text(item, path, "prompt", true);
            List<QuizQuestion.Choice> choices = new ArrayList<>();
            JsonValue choiceArray = item.get("choices");
            String choicesPath = path + ".choices";
            if (isArray(choiceArray, choicesPath, true)) {
                int correct = 0;
                for (int c = 0; c < choiceArray.size(); c++) {
                    String choicePath = choicesPath + "[" + c + "]";
                    JsonValue choice = choiceArray.at(c);
                    if (!isObject(choice, choicePath)) {
                        continue;
                    }
                    boolean isCorrect = flag(choice, choicePath, "correct");
                    correct += isCorrect ? 1 : 0;
                    choices.add(new QuizQuestion.Choice(id(choice, choicePath, "id"),
                            text(choice, choicePath, "text", true), isCorrect));
                }
                if (choiceArray.size() < 2) {
                    problem(choicesPath, "needs at least 2 choices");
                } else if (correct != 1) {
                    problem(choicesPath, "has " + correct + " correct choices; mark exactly one"
                            + " with \"correct\": true");
                }
            }
            quiz.add(new QuizQuestion(id, prompt, choices));
        }
        return quiz;
    }

    private Double passingScore(JsonValue value) {
        if (value == null) {
            return null;
        }
        if (value.kind() != JsonValue.Kind.NUMBER) {
            problem("passingScore", "must be a number from 0 to 1, not " + describe(value));
            return null;
        }
        if (!(value.asNumber() >= 0 && value.asNumber() <= 1)) {
            problem("passingScore", formatNumber(value.asNumber()) + " is outside 0..1");
            return null;
        }
        return value.asNumber();
    }

    private Map<String, String> ui(JsonValue object) {
        Map<String, String> ui = new LinkedHashMap<>();
        if (object == null || !isObject(object, "ui")) {
            return ui;
        }
        for (String key : object.keys()) {
            JsonValue value = object.get(key);
            if (value.kind() == JsonValue.Kind.STRING) {
                ui.put(key, value.asString());
            } else {
                problem("ui." + key, "must be text, not " + describe(value));
            }
        }
        return ui;
    }

    // the field readers below record a problem and return a harmless value, so reading goes on

    private String id(JsonValue object, String parent, String field) {
        String path = join(parent, field);
        String id = text(object, parent, field, true);
        if (id.isEmpty()) {
            return id;
        }
        if (!isValidId(id)) {
            problem(path, "\"" + clip(id) + "\" is not a valid id: use lowercase letters, digits"
                    + " and hyphens, starting with a letter or digit, at most 64 characters");
        } else if (!ids.add(id)) {
            problem(path, "\"" + id + "\" is used more than once; ids must be unique in a pack");
        }
        return id;
    }

    private String text(JsonValue object, String parent, String field, boolean required) {
        String path = join(parent, field);
        JsonValue value = object.get(field);
        if (value == null) {
            if (required) {
                problem(path, "is missing");
            }
            return "";
        }
        if (value.kind() != JsonValue.Kind.STRING) {
            problem(path, "must be text, not " + describe(value));
            return "";
        }
        if (required && value.asString().trim().isEmpty()) {
            problem(path, "is empty");
        }
        return value.asString();
    }

    private String optionalText(JsonValue object, String field, String fallback) {
        String text = text(object, "", field, false);
        return text.isEmpty() ? fallback : text;
    }

    private boolean flag(JsonValue object, String parent, String field) {
        JsonValue value = object.get(field);
        if (value == null) {
            return false;
        }
        if (value.kind() != JsonValue.Kind.BOOLEAN) {
            problem(join(parent, field), "must be true or false, not " + describe(value));
            return false;
        }
        return value.asBoolean();
    }

    private boolean isArray(JsonValue value, String path, boolean required) {
        if (value == null) {
            if (required) {
                problem(path, "is missing");
            }
            return false;
        }
        if (value.kind() != JsonValue.Kind.ARRAY) {
            problem(path, "must be a list [...], not " + describe(value));
            return false;
        }
        return true;
    }

    private boolean isObject(JsonValue value, String path) {
        if (value.kind() != JsonValue.Kind.OBJECT) {
            problem(path, "must be an object {...}, not " + describe(value));
            return false;
        }
        return true;
    }

    /** Whether {@code id} follows {@link #ID_RULE}; checked by hand to keep regex out of the bundle. */
    static boolean isValidId(String id) {
        if (id.isEmpty() || id.length() > 64 || id.charAt(0) == '-') {
            return false;
        }
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-')) {
                return false;
            }
        }
        return true;
    }

    private static boolean isInteger(JsonValue value) {
        return value.kind() == JsonValue.Kind.NUMBER && value.asNumber() == Math.rint(value.asNumber())
                && !Double.isInfinite(value.asNumber());
    }

    private void problem(String path, String message) {
        problems.add(new PackProblem(path, message));
    }

    private static String join(String parent, String field) {
        return parent.isEmpty() ? field : parent + "." + field;
    }

    /** Names a value's type, with a short sample, for messages such as "not the text "x"". */
    private static String describe(JsonValue value) {
        switch (value.kind()) {
            case OBJECT:
                return "an object";
            case ARRAY:
                return "a list";
            case STRING:
                return "the text \"" + clip(value.asString()) + "\"";
            case NUMBER:
                return "the number " + formatNumber(value.asNumber());
            case BOOLEAN:
                return value.asBoolean() ? "true" : "false";
            default:
                return "null";
        }
    }

    private static String clip(String text) {
        return text.length() <= 40 ? text : text.substring(0, 37) + "...";
    }

    /** Numbers as an author wrote them: 2 rather than 2.0. */
    static String formatNumber(double number) {
        if (number == Math.rint(number) && Math.abs(number) < 1e15) {
            return Long.toString((long) number);
        }
        return Double.toString(number);
    }
}
