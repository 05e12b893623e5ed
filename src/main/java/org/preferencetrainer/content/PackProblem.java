package org.preferencetrainer.content;

/**
 * One thing wrong with a pack: where it is, as a JSON path such as
 * {@code questions[2].responses[0].scores.clarity}, and what is wrong, in plain words.
 */
public final class PackProblem {
    private final String path;
    private final String message;

    public PackProblem(String path, String message) {
        this.path = path;
        this.message = message;
    }

    /** The JSON path of the offending value; empty for the pack as a whole. */
    public String path() {
        return path;
    }

    public String message() {
        return message;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PackProblem
                && ((PackProblem) other).path.equals(path)
                && ((PackProblem) other).message.equals(message);
    }

    @Override
    public int hashCode() {
        return path.hashCode() * 31 + message.hashCode();
    }

    /** The form the widget and the command line show: {@code path: message}. */
    @Override
    public String toString() {
        return path.isEmpty() ? message : path + ": " + message;
    }
}
