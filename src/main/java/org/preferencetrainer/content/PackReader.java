package org.preferencetrainer.content;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.preferencetrainer.model.Decimal;

/**
 * Reads a pack from a parsed JSON tree and checks every rule of the format, collecting all the
 * problems it finds (each with its JSON path) rather than stopping at the first. Reading goes on
 * past a problem wherever the rest can still be checked, so an author sees everything at once.
 * docs/authoring.md states the rules for authors; the JSON Schema in content/schema states
 * those that a schema can.
 */
public final class PackReader {
    static final int MIN_CRITERIA = 2;
    static final int MAX_CRITERIA = 8;

    /** The fields each kind of object may have; any other is a problem (most likely a typo). */
    static final List<String> PACK_FIELDS = List.of("$schema", "schemaVersion", "id", "title",
            "language", "rounds", "criteria", "questions", "quiz", "passingScore", "ui");
    static final List<String> CRITERION_FIELDS = List.of("id", "label", "description");
    static final List<String> QUESTION_FIELDS = List.of("id", "prompt", "responses");
    static final List<String> RESPONSE_FIELDS = List.of("id", "text", "scores");
    static final List<String> QUIZ_FIELDS = List.of("id", "prompt", "choices");
    static final List<String> CHOICE_FIELDS = List.of("id", "text", "correct");

    private final List<PackProblem> problems = new ArrayList<>();
    private final Set<String> ids = new HashSet<>();
    /** The pack's criterion ids, each once, in order: what every response must score. */
    private String[] criterionIds = new String[0];

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

    /**
     * The language a pack says it is in, read from its {@code language} field whatever else is
     * wrong with it, or null. The widget tells a pack's problems in that language.
     */
    public static String declaredLanguage(JsonValue root) {
        JsonValue language = root.kind() == JsonValue.Kind.OBJECT ? root.get("language") : null;
        return language != null && language.kind() == JsonValue.Kind.STRING
                ? language.asString() : null;
    }

    private Pack pack(JsonValue root) {
        if (root.kind() != JsonValue.Kind.OBJECT) {
            problem(JsonPath.ROOT, "pack.not-object", describe(root));
            return null;
        }

        // an unknown version is reported alone: its other fields may mean something else
        JsonValue version = root.get("schemaVersion");
        if (version == null) {
            problem(JsonPath.of("schemaVersion"), "version.missing", Pack.SCHEMA_VERSION);
        } else if (!isInteger(version) || version.asNumber() < 1) {
            problem(JsonPath.of("schemaVersion"), "version.invalid", describe(version));
        } else if (version.asNumber() > Pack.SCHEMA_VERSION) {
            problem(JsonPath.of("schemaVersion"), "version.newer", formatNumber(version.asNumber()),
                    Pack.SCHEMA_VERSION);
            return null;
        }

        unknownFields(root, JsonPath.ROOT, PACK_FIELDS);
        text(root, JsonPath.ROOT, "$schema", false);
        String id = id(root, JsonPath.ROOT, "id");
        String title = text(root, JsonPath.ROOT, "title", true);
        String language = language(root.get("language"));
        List<Criterion> criteria = criteria(root.get("criteria"));
        List<Question> questions = questions(root.get("questions"), criteria);
        int rounds = rounds(root.get("rounds"), questions.size());
        List<QuizQuestion> quiz = quiz(root.get("quiz"));
        Double passingScore = passingScore(root.get("passingScore"), quiz);
        Map<String, String> ui = ui(root.get("ui"));
        if (!problems.isEmpty()) {
            return null;
        }
        return new Pack(id, title, language, rounds, criteria, questions, quiz, passingScore, ui);
    }

    private String language(JsonValue value) {
        if (value == null) {
            return Pack.DEFAULT_LANGUAGE;
        }
        String language = text(value, JsonPath.of("language"), false);
        if (value.kind() == JsonValue.Kind.STRING && !PlainText.isLanguageTag(language)) {
            problem(JsonPath.of("language"), "language.invalid", clip(language));
        }
        return language;
    }

    private List<Criterion> criteria(JsonValue array) {
        List<Criterion> criteria = new ArrayList<>();
        if (!isArray(array, JsonPath.of("criteria"), true)) {
            return criteria;
        }
        if (array.size() < MIN_CRITERIA || array.size() > MAX_CRITERIA) {
            problem(JsonPath.of("criteria"), "criteria.count", array.size(), MIN_CRITERIA, MAX_CRITERIA);
        }
        for (int i = 0; i < array.size(); i++) {
            JsonPath path = JsonPath.of("criteria").index(i);
            JsonValue item = array.at(i);
            if (!isObject(item, path)) {
                continue;
            }
            unknownFields(item, path, CRITERION_FIELDS);
            criteria.add(new Criterion(id(item, path, "id"), text(item, path, "label", true),
                    text(item, path, "description", false)));
        }
        return criteria;
    }

    private List<Question> questions(JsonValue array, List<Criterion> criteria) {
        // a duplicate criterion id is reported where it is declared, and scored once
        Set<String> distinct = new LinkedHashSet<>();
        for (Criterion criterion : criteria) {
            distinct.add(criterion.id());
        }
        criterionIds = distinct.toArray(new String[0]);
        List<Question> questions = new ArrayList<>();
        if (!isArray(array, JsonPath.of("questions"), true)) {
            return questions;
        }
        if (array.size() == 0) {
            problem(JsonPath.of("questions"), "questions.empty");
        }
        for (int i = 0; i < array.size(); i++) {
            JsonPath path = JsonPath.of("questions").index(i);
            JsonValue item = array.at(i);
            if (!isObject(item, path)) {
                continue;
            }
            unknownFields(item, path, QUESTION_FIELDS);
            String id = id(item, path, "id");
            String prompt = text(item, path, "prompt", true);
            List<Response> responses = responses(item.get("responses"), path);
            checkResponsesDiffer(responses, path, criteria.size());
            questions.add(new Question(id, prompt, responses));
        }
        return questions;
    }

    private List<Response> responses(JsonValue array, JsonPath parent) {
        List<Response> responses = new ArrayList<>();
        JsonPath arrayPath = parent.member("responses");
        if (!isArray(array, arrayPath, true)) {
            return responses;
        }
        if (array.size() < 2) {
            problem(arrayPath, "responses.count", array.size());
        }
        for (int i = 0; i < array.size(); i++) {
            JsonPath path = arrayPath.index(i);
            JsonValue item = array.at(i);
            if (!isObject(item, path)) {
                continue;
            }
            unknownFields(item, path, RESPONSE_FIELDS);
            String id = id(item, path, "id");
            String text = text(item, path, "text", true);
            double[] scores = scores(item.get("scores"), path);
            responses.add(scoredOnly(id, text, scores));
        }
        return responses;
    }

    /**
     * The response with the scores that are valid: all of them, the common case, share the
     * pack's one array of criterion ids; a response missing some (already reported as
     * problems) keeps the rest, so that later checks still see what was given.
     */
    private Response scoredOnly(String id, String text, double[] scores) {
        int valid = 0;
        for (double score : scores) {
            valid += Double.isNaN(score) ? 0 : 1;
        }
        if (valid == scores.length) {
            return new Response(id, text, criterionIds, scores);
        }
        String[] criteria = new String[valid];
        double[] kept = new double[valid];
        int k = 0;
        for (int i = 0; i < scores.length; i++) {
            if (!Double.isNaN(scores[i])) {
                criteria[k] = criterionIds[i];
                kept[k++] = scores[i];
            }
        }
        return new Response(id, text, criteria, kept);
    }

    /**
     * The response's scores, one for each of {@link #criterionIds}, with NaN where a score is
     * missing or wrong (each reported as a problem).
     */
    private double[] scores(JsonValue object, JsonPath parent) {
        double[] scores = new double[criterionIds.length];
        Arrays.fill(scores, Double.NaN);
        JsonPath path = parent.member("scores");
        if (object == null) {
            problem(path, "scores.missing");
            return scores;
        }
        if (!isObject(object, path)) {
            return scores;
        }
        int present = 0;
        for (int k = 0; k < criterionIds.length; k++) {
            String id = criterionIds[k];
            JsonValue score = object.get(id);
            if (score == null) {
                problem(path.member(id), "score.missing");
                continue;
            }
            present++;
            if (score.kind() != JsonValue.Kind.NUMBER) {
                problem(path.member(id), "not-score", describe(score));
            } else if (!(score.asNumber() >= 0 && score.asNumber() <= 1)) {
                problem(path.member(id), "out-of-range", formatNumber(score.asNumber()));
            } else {
                scores[k] = score.asNumber();
            }
        }
        if (present == object.size()) {
            return scores; // no other keys, the common case, without listing them
        }
        Set<String> known = new HashSet<>(Arrays.asList(criterionIds));
        for (String key : object.keys()) {
            if (!known.contains(key)) {
                problem(path.member(key), "score.unknown");
            }
        }
        return scores;
    }

    /**
     * A question whose responses all score alike cannot teach the model anything. Checked only
     * when every response has all its scores, so a missing score is not reported twice.
     */
    private void checkResponsesDiffer(List<Response> responses, JsonPath path, int criteria) {
        for (Response response : responses) {
            if (response.scoresUnshared().length != criteria) {
                return;
            }
        }
        for (int i = 1; i < responses.size(); i++) {
            if (!Arrays.equals(responses.get(0).scoresUnshared(),
                    responses.get(i).scoresUnshared())) {
                return;
            }
        }
        if (responses.size() >= 2) {
            problem(path.member("responses"), "responses.alike");
        }
    }

    private int rounds(JsonValue value, int questions) {
        int fallback = Pack.defaultRounds(questions);
        if (value == null) {
            return fallback;
        }
        if (!isInteger(value)) {
            problem(JsonPath.of("rounds"), "rounds.invalid", describe(value));
            return fallback;
        }
        double rounds = value.asNumber();
        if (rounds < 1) {
            problem(JsonPath.of("rounds"), "rounds.minimum", formatNumber(rounds));
            return fallback;
        }
        if (questions > 0 && rounds > questions) {
            problem(JsonPath.of("rounds"), "rounds.range", formatNumber(rounds), questions);
            return fallback;
        }
        return (int) rounds;
    }

    private List<QuizQuestion> quiz(JsonValue array) {
        List<QuizQuestion> quiz = new ArrayList<>();
        if (!isArray(array, JsonPath.of("quiz"), false)) {
            return quiz;
        }
        for (int i = 0; i < array.size(); i++) {
            JsonPath path = JsonPath.of("quiz").index(i);
            JsonValue item = array.at(i);
            if (!isObject(item, path)) {
                continue;
            }
            unknownFields(item, path, QUIZ_FIELDS);
            String id = id(item, path, "id");
            String prompt = text(item, path, "prompt", true);
            quiz.add(new QuizQuestion(id, prompt, choices(item.get("choices"), path)));
        }
        return quiz;
    }

    private List<QuizQuestion.Choice> choices(JsonValue array, JsonPath parent) {
        List<QuizQuestion.Choice> choices = new ArrayList<>();
        JsonPath path = parent.member("choices");
        if (!isArray(array, path, true)) {
            return choices;
        }
        int correct = 0;
        for (int c = 0; c < array.size(); c++) {
            JsonPath choicePath = path.index(c);
            JsonValue choice = array.at(c);
            if (!isObject(choice, choicePath)) {
                continue;
            }
            unknownFields(choice, choicePath, CHOICE_FIELDS);
            String id = id(choice, choicePath, "id");
            String text = text(choice, choicePath, "text", true);
            boolean isCorrect = flag(choice, choicePath, "correct");
            correct += isCorrect ? 1 : 0;
            choices.add(new QuizQuestion.Choice(id, text, isCorrect));
        }
        if (array.size() < 2) {
            problem(path, "choices.count", array.size());
        } else if (correct != 1) {
            problem(path, "choices.correct", correct);
        }
        return choices;
    }

    private Double passingScore(JsonValue value, List<QuizQuestion> quiz) {
        if (value == null) {
            return null;
        }
        if (value.kind() != JsonValue.Kind.NUMBER) {
            problem(JsonPath.of("passingScore"), "not-score", describe(value));
            return null;
        }
        if (!(value.asNumber() >= 0 && value.asNumber() <= 1)) {
            problem(JsonPath.of("passingScore"), "out-of-range", formatNumber(value.asNumber()));
            return null;
        }
        if (quiz.isEmpty()) {
            problem(JsonPath.of("passingScore"), "passing-score.no-quiz");
        }
        return value.asNumber();
    }

    private Map<String, String> ui(JsonValue object) {
        Map<String, String> ui = new LinkedHashMap<>();
        if (object == null || !isObject(object, JsonPath.of("ui"))) {
            return ui;
        }
        for (String key : object.keys()) {
            if (UiText.isOverridable(key)) {
                ui.put(key, text(object.get(key), JsonPath.of("ui").member(key), true));
            } else {
                problem(JsonPath.of("ui").member(key), "ui.unknown");
            }
        }
        return ui;
    }

    // the field readers below record a problem and return a harmless value, so reading goes on

    private String id(JsonValue object, JsonPath parent, String field) {
        JsonPath path = parent.member(field);
        JsonValue value = object.get(field);
        if (value == null) {
            problem(path, "missing");
            return "";
        }
        if (value.kind() != JsonValue.Kind.STRING) {
            problem(path, "not-text", describe(value));
            return "";
        }
        String id = value.asString();
        if (id.trim().isEmpty()) {
            problem(path, "empty");
        } else if (!PlainText.isId(id)) {
            problem(path, "id.invalid", clip(id));
        } else if (!ids.add(id)) {
            problem(path, "id.duplicate", id);
        }
        return id;
    }

    private String text(JsonValue object, JsonPath parent, String field, boolean required) {
        JsonPath path = parent.member(field);
        JsonValue value = object.get(field);
        if (value == null) {
            if (required) {
                problem(path, "missing");
            }
            return "";
        }
        return text(value, path, required);
    }

    /** A text value: a string, not blank where it is required, and without HTML in it. */
    private String text(JsonValue value, JsonPath path, boolean required) {
        if (value == null) {
            return "";
        }
        if (value.kind() != JsonValue.Kind.STRING) {
            problem(path, "not-text", describe(value));
            return "";
        }
        String text = value.asString();
        String markup = PlainText.markup(text);
        if (required && text.trim().isEmpty()) {
            problem(path, "empty");
        } else if (markup != null) {
            problem(path, "html", clip(markup));
        }
        return text;
    }

    private boolean flag(JsonValue object, JsonPath parent, String field) {
        JsonValue value = object.get(field);
        if (value == null) {
            return false;
        }
        if (value.kind() != JsonValue.Kind.BOOLEAN) {
            problem(parent.member(field), "not-boolean", describe(value));
            return false;
        }
        return value.asBoolean();
    }

    private boolean isArray(JsonValue value, JsonPath path, boolean required) {
        if (value == null) {
            if (required) {
                problem(path, "missing");
            }
            return false;
        }
        if (value.kind() != JsonValue.Kind.ARRAY) {
            problem(path, "not-list", describe(value));
            return false;
        }
        return true;
    }

    private boolean isObject(JsonValue value, JsonPath path) {
        if (value.kind() != JsonValue.Kind.OBJECT) {
            problem(path, "not-object", describe(value));
            return false;
        }
        return true;
    }

    private void unknownFields(JsonValue object, JsonPath path, List<String> fields) {
        int known = 0;
        for (String field : fields) {
            known += object.has(field) ? 1 : 0;
        }
        if (known == object.size()) {
            return; // the common case, without listing the keys
        }
        for (String key : object.keys()) {
            if (!fields.contains(key)) {
                problem(path.member(key), "unknown-field");
            }
        }
    }

    private static boolean isInteger(JsonValue value) {
        // workaround: infinity first, as in TeaVM's JavaScript build Math.rint throws on it;
        // a number beyond the double range (1e400) is infinity in both parsers
        return value.kind() == JsonValue.Kind.NUMBER && !Double.isInfinite(value.asNumber())
                && value.asNumber() == Math.rint(value.asNumber());
    }

    private void problem(JsonPath path, String code, Object... args) {
        problems.add(new PackProblem(path.toString(), code, args));
    }

    /**
     * The path of {@code key} inside {@code parent}: {@code parent.key}, or
     * {@code parent["key"]} where the key is not a plain name.
     */
    static String member(String parent, String key) {
        boolean plain = !key.isEmpty();
        for (int i = 0; i < key.length() && plain; i++) {
            char c = key.charAt(i);
            plain = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                    || c == '-' || c == '_' || c == '$';
        }
        if (!plain) {
            return parent + "[\"" + key.replace("\\", "\\\\").replace("\"", "\\\"") + "\"]";
        }
        return parent.isEmpty() ? key : parent + "." + key;
    }

    /** Names a value's type, with a short sample, for messages such as "not the text "x"". */
    private static Phrase describe(JsonValue value) {
        switch (value.kind()) {
            case OBJECT:
                return Phrase.of("found.object");
            case ARRAY:
                return Phrase.of("found.list");
            case STRING:
                return Phrase.of("found.text", clip(value.asString()));
            case NUMBER:
                return Phrase.of("found.number", formatNumber(value.asNumber()));
            case BOOLEAN:
                return Phrase.of(value.asBoolean() ? "found.true" : "found.false");
            default:
                return Phrase.of("found.null");
        }
    }

    private static String clip(String text) {
        if (text.length() <= 40) {
            return text;
        }
        // never half an emoji or other pair of surrogates: that is not text at all
        int end = Character.isHighSurrogate(text.charAt(36)) ? 36 : 37;
        return text.substring(0, end) + "...";
    }

    /** Numbers as an author wrote them: 2 rather than 2.0. */
    static String formatNumber(double number) {
        return Decimal.text(number);
    }
}
