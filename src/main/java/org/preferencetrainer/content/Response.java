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
    /**
     * The criterion ids and the scores, side by side rather than in a map of boxed doubles:
     * a Double in any collection would bring Java's double formatter into the browser bundle.
     */
    private final String[] criteria;
    private final double[] vector;

    @JsonCreator
    public Response(@JsonProperty("id") String id, @JsonProperty("text") String text,
            @JsonProperty("scores") Map<String, Double> scores) {
        this(id, text, scores.keySet().toArray(new String[0]), unboxed(scores));
    }

    /**
     * Scores by criterion: {@code scores[k]} is the score on {@code criteria[k]}. The response
     * keeps both arrays as they are, so the caller must not change them afterwards (the reader
     * shares one criteria array among all the responses of a pack).
     */
    Response(String id, String text, String[] criteria, double[] scores) {
        if (criteria.length != scores.length) {
            throw new IllegalArgumentException(criteria.length + " criteria for "
                    + scores.length + " scores");
        }
        this.id = id;
        this.text = text;
        this.criteria = criteria;
        this.vector = scores;
    }

    private static double[] unboxed(Map<String, Double> scores) {
        double[] values = new double[scores.size()];
        int k = 0;
        for (double score : scores.values()) {
            values[k++] = score;
        }
        return values;
    }

    @JsonProperty("id")
    public String id() {
        return id;
    }

    @JsonProperty("text")
    public String text() {
        return text;
    }

    /** The scores, in the order of {@link #criteria()}. */
    public double[] scores() {
        return vector.clone();
    }

    /** The scores themselves, for readers in this package that promise not to change them. */
    double[] scoresUnshared() {
        return vector;
    }

    /** The ids of the criteria scored, in the order of {@link #scores()}. */
    public String[] criteria() {
        return criteria.clone();
    }

    /** The scores by criterion id, for Jackson; the browser builds never call it. */
    @JsonProperty("scores")
    public Map<String, Double> scoresById() {
        Map<String, Double> scores = new LinkedHashMap<>();
        for (int k = 0; k < criteria.length; k++) {
            scores.put(criteria[k], vector[k]);
        }
        return Collections.unmodifiableMap(scores);
    }

    Response inOrderOf(List<Criterion> order) {
        Map<String, Double> scores = scoresById();
        Map<String, Double> ordered = new LinkedHashMap<>();
        for (Criterion criterion : order) {
            if (scores.containsKey(criterion.id())) {
                ordered.put(criterion.id(), scores.get(criterion.id()));
            }
        }
        ordered.putAll(scores);
        return new Response(id, text, ordered);
    }

    /** Equal when the id, the text and each criterion's score are, in whatever order. */
    @Override
    public boolean equals(Object other) {
        if (!(other instanceof Response)) {
            return false;
        }
        Response that = (Response) other;
        if (!id.equals(that.id) || !text.equals(that.text)
                || criteria.length != that.criteria.length) {
            return false;
        }
        for (int k = 0; k < criteria.length; k++) {
            int j = that.indexOf(criteria[k]);
            if (j < 0 || Double.compare(vector[k], that.vector[j]) != 0) {
                return false;
            }
        }
        return true;
    }

    private int indexOf(String criterion) {
        for (int k = 0; k < criteria.length; k++) {
            if (criteria[k].equals(criterion)) {
                return k;
            }
        }
        return -1;
    }

    @Override
    public int hashCode() {
        int hash = id.hashCode() * 31 + text.hashCode();
        for (int k = 0; k < criteria.length; k++) {
            // a sum, so that the order of the criteria does not matter, as for a map
            hash += criteria[k].hashCode() ^ Double.hashCode(vector[k]);
        }
        return hash;
    }
}
