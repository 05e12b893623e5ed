package org.preferencetrainer.content;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Something to tell the learner or the author, not yet put into words: a {@link UiText} key
 * and its arguments. An argument is text, a number, or another phrase (such as "the number 7"
 * inside "must be text, not the number 7"), so a message can be rendered in any language the
 * widget speaks long after it was found.
 */
public final class Phrase {
    private final String key;
    private final List<Object> args;

    private Phrase(String key, List<Object> args) {
        this.key = key;
        this.args = args;
    }

    /**
     * A phrase for {@code key}; each argument must be a {@link String}, a {@link Phrase} or a
     * whole number ({@link Integer} or {@link Long}), which renders the same in every language.
     */
    public static Phrase of(String key, Object... args) {
        List<Object> list = new ArrayList<>(Arrays.asList(args));
        for (Object arg : list) {
            if (!(arg instanceof String || arg instanceof Phrase || arg instanceof Integer
                    || arg instanceof Long)) {
                throw new IllegalArgumentException("A phrase argument must be text, a phrase or"
                        + " a whole number, not " + (arg == null ? "null" : "a number with a"
                        + " fraction or another kind of object"));
            }
        }
        return new Phrase(key, List.copyOf(list));
    }

    /** The {@link UiText} key, such as {@code problem.out-of-range}. */
    public String key() {
        return key;
    }

    /** The arguments, in placeholder order: {@code {0}}, {@code {1}}, ... */
    public List<Object> args() {
        return args;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Phrase && ((Phrase) other).key.equals(key)
                && ((Phrase) other).args.equals(args);
    }

    @Override
    public int hashCode() {
        return key.hashCode() * 31 + args.hashCode();
    }

    /** The phrase in English, for logs and test failures. */
    @Override
    public String toString() {
        return UiText.english().render(this);
    }
}
