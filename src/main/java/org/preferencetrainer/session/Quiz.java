package org.preferencetrainer.session;

import java.util.ArrayList;
import java.util.List;
import org.preferencetrainer.content.QuizQuestion;

/**
 * The "check your understanding" quiz of a session: the pack's questions, asked in the pack's
 * order, and the choice the learner picked for each one answered so far. Immutable: each
 * {@link #answer(int)} returns the next quiz.
 */
public final class Quiz {
    private final List<QuizQuestion> questions;
    private final Double passingScore;
    private final List<Integer> answers;

    private Quiz(List<QuizQuestion> questions, Double passingScore, List<Integer> answers) {
        this.questions = questions;
        this.passingScore = passingScore;
        this.answers = answers;
    }

    /** A quiz with nothing answered yet; {@code passingScore} may be null. */
    public static Quiz start(List<QuizQuestion> questions, Double passingScore) {
        if (questions.isEmpty()) {
            throw new IllegalArgumentException("A quiz needs at least one question");
        }
        return new Quiz(List.copyOf(questions), passingScore, List.of());
    }

    /** The learner picks choice {@code choice} (an index) of the current question. */
    public Quiz answer(int choice) {
        if (done()) {
            throw new IllegalStateException("Every question of the quiz is already answered");
        }
        int choices = question().choices().size();
        if (choice < 0 || choice >= choices) {
            throw new IllegalArgumentException("Choice " + choice + " is outside 0.."
                    + (choices - 1) + " for quiz question " + question().id());
        }
        List<Integer> answered = new ArrayList<>(answers);
        answered.add(choice);
        return new Quiz(questions, passingScore, List.copyOf(answered));
    }

    /** Whether every question is answered. */
    public boolean done() {
        return answers.size() == questions.size();
    }

    /** The index of the question being asked; equal to {@link #size()} once done. */
    public int current() {
        return answers.size();
    }

    /** The question being asked; null once done. */
    public QuizQuestion question() {
        return done() ? null : questions.get(answers.size());
    }

    public List<QuizQuestion> questions() {
        return questions;
    }

    public int size() {
        return questions.size();
    }

    /** The choice picked for each question answered so far, in order. */
    public List<Integer> answers() {
        return answers;
    }

    /** Whether the answer given to question {@code index} was the correct choice. */
    public boolean correct(int index) {
        return questions.get(index).choices().get(answers.get(index)).correct();
    }

    /** The score once every question is answered. */
    public QuizScore score() {
        if (!done()) {
            throw new IllegalStateException("The quiz is scored once every question is answered;"
                    + " " + answers.size() + " of " + questions.size() + " are");
        }
        int right = 0;
        for (int i = 0; i < answers.size(); i++) {
            right += correct(i) ? 1 : 0;
        }
        return new QuizScore(right, questions.size(), passingScore);
    }
}
