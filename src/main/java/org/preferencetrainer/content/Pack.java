package org.preferencetrainer.content;

import java.util.List;
import java.util.Map;

/**
 * A lesson: its criteria, its questions with their candidate responses, an optional quiz and
 * optional UI text. Made only by {@link PackReader}, which has checked every rule of the format.
 */
public final class Pack {
    /** The newest {@code schemaVersion} this widget reads. */
    public static final int SCHEMA_VERSION = 1;

    /** Rounds played when a pack does not say. */
    public static final int DEFAULT_ROUNDS = 8;

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
        this.ui = Map.copyOf(ui);
    }

    public String id() {
        return id;
    }

    public String title() {
        return title;
    }

    /** The pack's language tag, such as {@code en}; {@code en} when the pack does not say. */
    public String language() {
        return language;
    }

    /** How many rounds a session plays: from 1 to the number of questions. */
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

    public List<Criterion> criteria() {
        return criteria;
    }

    public List<Question> questions() {
        return questions;
    }

    /** The "check your understanding" questions; empty when the pack has none. */
    public List<QuizQuestion> quiz() {
        return quiz;
    }

    /** The share of quiz points, 0..1, needed to pass; null when the pack sets none. */
    public Double passingScore() {
        return passingScore;
    }

    /** The pack's overrides of the widget's own text, by key. */
    public Map<String, String> ui() {
        return ui;
    }
}
