package org.preferencetrainer.content;

/**
 * One thing wrong with a pack: where it is, as a JSON path such as
 * {@code questions[2].responses[0].scores.clarity}, and what is wrong, as a code with its
 * arguments. The words come from {@link UiText} ({@code problem.} followed by the code), so the
 * widget can say it in the learner's language and the command line in English.
 */
public final class PackProblem {
    private final String path;
    private final String code;
    private final Phrase phrase;

    /**
     * @param code the problem's code, such as {@code out-of-range}; its text is the
     *     {@link UiText} key {@code problem.<code>}
     * @param args the placeholders' values, as for {@link Phrase#of}
     */
    public PackProblem(String path, String code, Object... args) {
        this.path = path;
        this.code = code;
        this.phrase = Phrase.of("problem." + code, args);
    }

    /** The JSON path of the offending value; empty for the pack as a whole. */
    public String path() {
        return path;
    }

    /** What kind of problem it is, the same in every language: {@code out-of-range}. */
    public String code() {
        return code;
    }

    /** The message, not yet in words. */
    public Phrase phrase() {
        return phrase;
    }

    /** The message in English, as the command line prints it. */
    public String message() {
        return phrase.toString();
    }

    /** The message in the language of {@code text}. */
    public String message(UiText text) {
        return text.render(phrase);
    }

    /** {@code path: message} in the language of {@code text}; the message alone at the root. */
    public String describe(UiText text) {
        return path.isEmpty() ? message(text) : path + ": " + message(text);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PackProblem
                && ((PackProblem) other).path.equals(path)
                && ((PackProblem) other).phrase.equals(phrase);
    }

    @Override
    public int hashCode() {
        return path.hashCode() * 31 + phrase.hashCode();
    }

    /** The form the command line shows, in English: {@code path: message}. */
    @Override
    public String toString() {
        return describe(UiText.english());
    }
}
