package org.preferencetrainer.content;

import java.util.List;

/**
 * A parsed JSON value, whoever parsed it. The browser wraps the result of the native
 * {@code JSON.parse}; the JVM tools wrap Jackson's tree. {@link PackReader} sees only this
 * interface, so both give the same pack and the same problems for the same file.
 */
public interface JsonValue {
    /** The JSON types, as JSON itself names them. */
    enum Kind { OBJECT, ARRAY, STRING, NUMBER, BOOLEAN, NULL }

    Kind kind();

    /** The text of a string; only for {@link Kind#STRING}. */
    String asString();

    /** The value of a number; only for {@link Kind#NUMBER}. */
    double asNumber();

    /** The value of a boolean; only for {@link Kind#BOOLEAN}. */
    boolean asBoolean();

    /** The number of items of an array or of members of an object. */
    int size();

    /** The item at {@code index} of an array; only for {@link Kind#ARRAY}. */
    JsonValue at(int index);

    /** The member called {@code key} of an object, or null where it has none. */
    JsonValue get(String key);

    /** Whether an object has a member called {@code key}: {@code get(key) != null}, cheaper. */
    boolean has(String key);

    /** The member names of an object, in document order. */
    List<String> keys();
}
