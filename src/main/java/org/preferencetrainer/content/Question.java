package org.preferencetrainer.content;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** A user's question and the candidate responses the model could give to it. */
@JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
        fieldVisibility = Visibility.NONE)
@JsonPropertyOrder({"id", "prompt", "responses"})
public final class Question {
    private final String id;
    private final String prompt;
    private final List<Response> responses;

    @JsonCreator
    public Question(@JsonProperty("id") String id, @JsonProperty("prompt") String prompt,
            @JsonProperty("responses") List<Response> responses) {
        this.id = id;
        this.prompt = prompt;
        this.responses = List.copyOf(responses);
    }

    @JsonProperty("id")
    public String id() {
        return id;
    }

    @JsonProperty("prompt")
    public String prompt() {
        return prompt;
    }

    /**
     * The candidate responses. The first is the one the original, untrained model gives: the
     * summary shows it beside the trained model's answer.
     */
    @JsonProperty("responses")
    public List<Response> responses() {
        return responses;
    }

    /** φ of every response, one row a response. */
    public double[][] scoreMatrix() {
        double[][] matrix = new double[responses.size()][];
        for (int i = 0; i < matrix.length; i++) {
            matrix[i] = responses.get(i).scores();
        }
        return matrix;
    }

    /** The same question with every response's scores in the order of {@code criteria}. */
    Question inOrderOf(List<Criterion> criteria) {
        List<Response> ordered = new ArrayList<>();
        for (Response response : responses) {
            ordered.add(response.inOrderOf(criteria));
        }
        return new Question(id, prompt, ordered);
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof Question)) {
            return false;
        }
        Question that = (Question) other;
        return id.equals(that.id) && prompt.equals(that.prompt)
                && responses.equals(that.responses);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, prompt, responses);
    }
}
