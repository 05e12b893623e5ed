package org.preferencetrainer.content;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A lesson: its criteria, its questions with their candidate responses, an optional quiz and
 * optional UI text. Made by {@link PackReader}, which checks every rule of the format, or on the
 * JVM by Jackson through the annotations here, which name the same fields; a test holds the two
 * to giving equal packs. Defaults are filled in, so a pack written out again is complete.
 */
@JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
        fieldVisibility = Visibility.NONE)
@JsonPropertyOrder({"schemaVersion", "id", "title", "language", "rounds", "criteria",
        "questions", "quiz", "passingScore", "ui"})
@JsonIgnoreProperties({"$schema"})
public final class Pack {
    /** The newest {@code schemaVersion} this widget reads. */
    public static final int SCHEMA_VERSION = 1;

    /** Rounds played when a pack does not say, if it has that many questions. */
    public static final int DEFAULT_ROUNDS = 8;

    /** The language of a pack that does not say. */
    public static final String DEFAULT_LANGUAGE = "en";

    private final String id;
    private final String title;
    private final String language;
    private final int rounds;
    private final List<Criterion> criteria;
    private final List<Question> questions;
    private final List<QuizQuestion> quiz;
    private final Double passingScore;
    private final Map<String, String> ui;

    Pack(String id, String title, String language, int rounds, List<Criterion> criteria,
            List<Question> questions, List<QuizQuestion> quiz, Double passingScore,
            Map<String, String> ui) {
        this.id = id;
        this.title = title;
        this.language = language;
        this.rounds = rounds;
        this.criteria = List.copyOf(criteria);
        this.questions = List.copyOf(questions);
        this.quiz = List.copyOf(quiz);
        this.passingScore = passingScore;
        this.ui = Collections.unmodifiableMap(new LinkedHashMap<>(ui));
    }

    /**
     * Jackson's way in: fills in the defaults as {@link PackReader} does and puts every
     * response's scores in criterion order. It checks no rule; {@link PackReader} does that.
     */
    @JsonCreator
    private static Pack fromJson(@JsonProperty("schemaVersion") int schemaVersion,
            @JsonProperty("id") String id, @JsonProperty("title") String title,
            @JsonProperty("language") String language, @JsonProperty("rounds") Integer rounds,
            @JsonProperty("criteria") List<Criterion> criteria,
            @JsonProperty("questions") List<Question> questions,
            @JsonProperty("quiz") List<QuizQuestion> quiz,
            @JsonProperty("passingScore") Double passingScore,
            @JsonProperty("ui") Map<String, String> ui) {
        List<Question> ordered = new ArrayList<>();
        for (Question question : questions) {
            ordered.add(question.inOrderOf(criteria));
        }
        return new Pack(id, title, language == null ? DEFAULT_LANGUAGE : language,
                rounds == null ? defaultRounds(questions.size()) : rounds, criteria, ordered,
                quiz == null ? List.of() : quiz, passingScore, ui == null ? Map.of() : ui);
    }

    /** The rounds of a pack that does not say: {@link #DEFAULT_ROUNDS}, or all its questions. */
    static int defaultRounds(int questions) {
        return Math.max(1, Math.min(DEFAULT_ROUNDS, questions));
    }

    /** The version of the format this pack is in, once read: always the newest. */
    @JsonProperty("schemaVersion")
    public int schemaVersion() {
        return SCHEMA_VERSION;
    }

    @JsonProperty("id")
    public String id() {
        return id;
    }

    @JsonProperty("title")
    public String title() {
        return title;
    }

    /** The pack's language tag, such as {@code en}; {@code en} when the pack does not say. */
    @JsonProperty("language")
    public String language() {
        return language;
    }

    /** How many rounds a session plays: from 1 to the number of questions. */
    @JsonProperty("rounds")
    public int rounds() {
        return rounds;
    }

    /**
     * This pack playing another number of rounds, for tools that try a lesson at other lengths
     * (the simulator).
     *
     * @param rounds from 1 to the number of questions
     * @throws IllegalArgumentException if rounds is out of that range
     */
    public Pack withRounds(int rounds) {
        if (rounds < 1 || rounds > questions.size()) {
            throw new IllegalArgumentException("A lesson of " + questions.size()
                    + " questions plays 1 to " + questions.size() + " rounds, not " + rounds);
        }
        return new Pack(id, title, language, rounds, criteria, questions, quiz, passingScore, ui);
    }

    @JsonProperty("criteria")
    public List<Criterion> criteria() {
        return criteria;
    }

    @JsonProperty("questions")
    public List<Question> questions() {
        return questions;
    }

    /** The "check your understanding" questions; empty when the pack has none. */
    @JsonProperty("quiz")
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public List<QuizQuestion> quiz() {
        return quiz;
    }

    /** The share of quiz points, 0..1, needed to pass; null when the pack sets none. */
    @JsonProperty("passingScore")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public Double passingScore() {
        return passingScore;
    }

    /** The pack's overrides of the widget's own text, by key, in the file's order. */
    @JsonProperty("ui")
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public Map<String, String> ui() {
        return ui;
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof Pack)) {
            return false;
        }
        Pack that = (Pack) other;
        return id.equals(that.id) && title.equals(that.title) && language.equals(that.language)
                && rounds == that.rounds && criteria.equals(that.criteria)
                && questions.equals(that.questions) && quiz.equals(that.quiz)
                && Objects.equals(passingScore, that.passingScore) && ui.equals(that.ui);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, title, language, rounds, criteria, questions, quiz, ui);
    }
}
