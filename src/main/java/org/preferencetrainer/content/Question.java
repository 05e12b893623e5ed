package org.preferencetrainer.content;

import java.util.List;

/** A user's question and the candidate responses the model could give to it. */
public final class Question {
    private final String id;
    private final String prompt;
    private final List<Response> responses;

    public Question(String id, String prompt, List<Response> responses) {
        this.id = id;
        this.prompt = prompt;
        this.responses = List.copyOf(responses);
    }

    public String id() {
        return id;
    }

    public String prompt() {
        return prompt;
    }

    /**
     * The candidate responses. The first is the one the original, untrained model gives: the
     * summary shows it beside the trained model's answer.
     */
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
}
