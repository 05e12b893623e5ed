package org.preferencetrainer.content;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One candidate answer to a question, with its criterion scores φ(y) ∈ [0,1]^k: in the file an
 * object from criterion id to score, here also a vector in the order of the pack's criteria.
 */
@JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
        fieldVisibility = Visibility.NONE)
@JsonPropertyOrder({"id", "text", "scores"})
public final class Response {
    private final String id;
    private final String text;
    private final Map<String, Double> scores;
    private final double[] vector;

    /**
     * @param scores criterion id to score; its order is the order of {@link #scores()}, so a
     *     pack lists them in the order of its criteria
     */
    @JsonCreator
    public Response(@JsonProperty("id") String id, @JsonProperty("text") String text,
            @JsonProperty("scores") Map<String, Double> scores) {
        this.id = id;
        this.text = text;
        this.scores = Collections.unmodifiableMap(new LinkedHashMap<>(scores));
        this.vector = new double[scores.size()];
        int k = 0;
        for (double score : this.scores.values()) {
            vector[k++] = score;
        }
    }

    @JsonProperty("id")
    public String id() {
        return id;
    }

    /** Plain text; a blank line separates paragraphs. */
    @JsonProperty("text")
    public String text() {
        return text;
    }

    /** φ(y): one score a criterion, in the pack's criterion order. */
    public double[] scores() {
        return vector.clone();
    }

    /** The scores by criterion id, in the pack's criterion order. */
    @JsonProperty("scores")
    public Map<String, Double> scoresById() {
        return scores;
    }

    /** The same response with its scores in the order of {@code criteria}. */
    Response inOrderOf(List<Criterion> criteria) {
        Map<String, Double> ordered = new LinkedHashMap<>();
        for (Criterion criterion : criteria) {
            if (scores.containsKey(criterion.id())) {
                ordered.put(criterion.id(), scores.get(criterion.id()));
            }
        }
        ordered.putAll(scores);
        return new Response(id, text, ordered);
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof Response)) {
            return false;
        }
        Response that = (Response) other;
        return id.equals(that.id) && text.equals(that.text) && scores.equals(that.scores);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, text, scores);
    }
}
