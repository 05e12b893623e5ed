package org.preferencetrainer.content;

import java.util.List;

/** A multiple-choice question of the "check your understanding" quiz. */
public final class QuizQuestion {
    /** One answer offered in a quiz question. */
    public static final class Choice {
        private final String id;
        private final String text;
        private final boolean correct;

        public Choice(String id, String text, boolean correct) {
            this.id = id;
            this.text = text;
            this.correct = correct;
        }

        public String id() {
            return id;
        }

        public String text() {
            return text;
        }

        public boolean correct() {
            return correct;
        }
    }

    private final String id;
    private final String prompt;
    private final List<Choice> choices;

    public QuizQuestion(String id, String prompt, List<Choice> choices) {
        this.id = id;
        this.prompt = prompt;
        this.choices = List.copyOf(choices);
    }

    public String id() {
        return id;
    }

    public String prompt() {
        return prompt;
    }

    public List<Choice> choices() {
        return choices;
    }
}
