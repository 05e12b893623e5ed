package org.preferencetrainer.content;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Objects;

/** One quality of an answer that the reward model weighs, such as Clarity. */
@JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
        fieldVisibility = Visibility.NONE)
@JsonPropertyOrder({"id", "label", "description"})
public final class Criterion {
    private final String id;
    private final String label;
    private final String description;

    @JsonCreator
    public Criterion(@JsonProperty("id") String id, @JsonProperty("label") String label,
            @JsonProperty("description") String description) {
        this.id = id;
        this.label = label;
        this.description = description == null ? "" : description;
    }

    @JsonProperty("id")
    public String id() {
        return id;
    }

    /** The name the learner sees. */
    @JsonProperty("label")
    public String label() {
        return label;
    }

    /** A short phrase saying what the criterion rewards; may be empty. */
    @JsonProperty("description")
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public String description() {
        return description;
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof Criterion)) {
            return false;
        }
        Criterion that = (Criterion) other;
        return id.equals(that.id) && label.equals(that.label)
                && description.equals(that.description);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, label, description);
    }
}
