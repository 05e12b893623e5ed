package org.preferencetrainer.content;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Objects;

/** A multiple-choice question of the "check your understanding" quiz. */
@JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
        fieldVisibility = Visibility.NONE)
@JsonPropertyOrder({"id", "prompt", "choices"})
public final class QuizQuestion {
    /** One answer offered in a quiz question. */
    @JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
            fieldVisibility = Visibility.NONE)
    @JsonPropertyOrder({"id", "text", "correct"})
    public static final class Choice {
        private final String id;
        private final String text;
        private final boolean correct;

        @JsonCreator
        public Choice(@JsonProperty("id") String id, @JsonProperty("text") String text,
                @JsonProperty("correct") boolean correct) {
            this.id = id;
            this.text = text;
            this.correct = correct;
        }

        @JsonProperty("id")
        public String id() {
            return id;
        }

        @JsonProperty("text")
        public String text() {
            return text;
        }

        /** Whether this is the right answer; a file may leave it out for a wrong one. */
        @JsonProperty("correct")
        public boolean correct() {
            return correct;
        }

        @Override
        public boolean equals(Object other) {
            if (!(other instanceof Choice)) {
                return false;
            }
            Choice that = (Choice) other;
            return id.equals(that.id) && text.equals(that.text) && correct == that.correct;
        }

        @Override
        public int hashCode() {
            return Objects.hash(id, text, correct);
        }
    }

    private final String id;
    private final String prompt;
    private final List<Choice> choices;

    @JsonCreator
    public QuizQuestion(@JsonProperty("id") String id, @JsonProperty("prompt") String prompt,
            @JsonProperty("choices") List<Choice> choices) {
        this.id = id;
        this.prompt = prompt;
        this.choices = List.copyOf(choices);
    }

    @JsonProperty("id")
    public String id() {
        return id;
    }

    @JsonProperty("prompt")
    public String prompt() {
        return prompt;
    }

    @JsonProperty("choices")
    public List<Choice> choices() {
        return choices;
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof QuizQuestion)) {
            return false;
        }
        QuizQuestion that = (QuizQuestion) other;
        return id.equals(that.id) && prompt.equals(that.prompt) && choices.equals(that.choices);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, prompt, choices);
    }
}
