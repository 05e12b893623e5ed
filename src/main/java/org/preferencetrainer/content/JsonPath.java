package org.preferencetrainer.content;

/**
 * Where a value sits in a pack, such as {@code questions[2].responses[0].scores.clarity}. A path
 * is a link to its parent plus one step, and becomes text only when a problem is reported, so a
 * sound pack of a thousand questions is read without building a string per value.
 */
final class JsonPath {
    /** The pack itself; its text is empty. */
    static final JsonPath ROOT = new JsonPath(null, null, -1);

    private final JsonPath parent;
    /** The member's name, or null for an array item. */
    private final String key;
    private final int index;

    private JsonPath(JsonPath parent, String key, int index) {
        this.parent = parent;
        this.key = key;
        this.index = index;
    }

    /** A top-level member of the pack, such as {@code questions}. */
    static JsonPath of(String key) {
        return ROOT.member(key);
    }

    /** The member called {@code key} of the object here. */
    JsonPath member(String key) {
        return new JsonPath(this, key, -1);
    }

    /** Item {@code index} of the array here. */
    JsonPath index(int index) {
        return new JsonPath(this, null, index);
    }

    @Override
    public String toString() {
        if (parent == null) {
            return "";
        }
        String above = parent.toString();
        return key != null ? PackReader.member(above, key) : above + "[" + index + "]";
    }
}
