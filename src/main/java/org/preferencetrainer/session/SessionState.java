package org.preferencetrainer.session;

import java.util.ArrayList;
import java.util.List;
import org.preferencetrainer.model.Decimal;

/**
 * A session as plain data: its seed, whether the learner has left the intro, the side chosen
 * in each round and, once the quiz has started, the choice picked for each quiz question. With
 * the pack, that is enough to replay the session exactly, so it is all that needs to go to
 * storage or into a URL. {@link #encode()} gives a short text such as {@code 1.42.r.ABBA}, or
 * {@code 1.42.r.ABBAABBA.q0-2-1} in the quiz; {@link #decode(String)} reads it back.
 */
public final class SessionState {
    private static final String VERSION = "1";

    private final long seed;
    private final boolean started;
    private final List<Side> sides;
    private final boolean quizStarted;
    private final List<Integer> answers;

    public SessionState(long seed, boolean started, List<Side> sides) {
        this(seed, started, sides, false, List.of());
    }

    public SessionState(long seed, boolean started, List<Side> sides, boolean quizStarted,
            List<Integer> answers) {
        if (!started && !sides.isEmpty()) {
            throw new IllegalArgumentException("A session still at its intro has made no choices");
        }
        if (!quizStarted && !answers.isEmpty()) {
            throw new IllegalArgumentException("A session whose quiz has not started has no"
                    + " quiz answers");
        }
        this.seed = seed;
        this.started = started;
        this.sides = List.copyOf(sides);
        this.quizStarted = quizStarted;
        this.answers = List.copyOf(answers);
    }

    public long seed() {
        return seed;
    }

    /** Whether the learner has left the intro. */
    public boolean started() {
        return started;
    }

    /** The side preferred in each round, in order. */
    public List<Side> sides() {
        return sides;
    }

    /** Whether the learner has started the quiz. */
    public boolean quizStarted() {
        return quizStarted;
    }

    /** The choice picked for each quiz question answered, in order. */
    public List<Integer> answers() {
        return answers;
    }

    /**
     * The state as text: version, seed, {@code i} (intro) or {@code r}, the sides, and once the
     * quiz has started {@code q} with the answers joined by {@code -}.
     */
    public String encode() {
        StringBuilder text = new StringBuilder(VERSION).append('.').append(seed).append('.')
                .append(started ? 'r' : 'i').append('.');
        for (Side side : sides) {
            text.append(side.name());
        }
        if (quizStarted) {
            text.append(".q");
            for (int i = 0; i < answers.size(); i++) {
                text.append(i == 0 ? "" : "-").append(answers.get(i));
            }
        }
        return text.toString();
    }

    /**
     * Reads text made by {@link #encode()}.
     *
     * @throws IllegalArgumentException naming what is wrong, for text that is not a state
     */
    public static SessionState decode(String text) {
        String[] parts = fields(text);
        if (parts.length < 4 || parts.length > 5 || !parts[0].equals(VERSION)) {
            throw new IllegalArgumentException("\"" + text + "\" is not a saved session of"
                    + " version " + VERSION);
        }
        long seed;
        try {
            seed = Decimal.parseWhole(parts[1]);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("The saved session's seed \"" + parts[1]
                    + "\" is not a whole number");
        }
        if (!parts[2].equals("r") && !parts[2].equals("i")) {
            throw new IllegalArgumentException("The saved session's phase \"" + parts[2]
                    + "\" is neither i nor r");
        }
        List<Side> sides = new ArrayList<>();
        for (char c : parts[3].toCharArray()) {
            if (c != 'A' && c != 'B') {
                throw new IllegalArgumentException("The saved session's choices \"" + parts[3]
                        + "\" may hold only A and B");
            }
            sides.add(c == 'A' ? Side.A : Side.B);
        }
        if (parts.length == 4) {
            return new SessionState(seed, parts[2].equals("r"), sides);
        }
        return new SessionState(seed, parts[2].equals("r"), sides, true, answers(parts[4]));
    }

    /** The quiz field: {@code q}, then the answers joined by {@code -}. */
    private static List<Integer> answers(String field) {
        List<Integer> answers = new ArrayList<>();
        if (!field.startsWith("q")) {
            throw new IllegalArgumentException("The saved session's quiz field \"" + field
                    + "\" does not start with q");
        }
        String list = field.substring(1);
        if (list.startsWith("-") || list.endsWith("-")) {
            throw new IllegalArgumentException("The saved session's quiz answers \"" + list
                    + "\" must be choice numbers joined by -");
        }
        int start = 0;
        while (start < list.length()) {
            int dash = list.indexOf('-', start);
            int end = dash < 0 ? list.length() : dash;
            String number = list.substring(start, end);
            boolean digits = !number.isEmpty() && number.length() <= 3;
            for (char c : number.toCharArray()) {
                digits &= c >= '0' && c <= '9';
            }
            if (!digits) {
                throw new IllegalArgumentException("The saved session's quiz answers \"" + list
                        + "\" must be choice numbers joined by -");
            }
            answers.add(Integer.parseInt(number));
            start = end + 1;
        }
        return answers;
    }

    /** The dot-separated fields of {@code text}, empty ones included. */
    private static String[] fields(String text) {
        List<String> fields = new ArrayList<>();
        int start = 0;
        for (int dot = text.indexOf('.'); dot >= 0; dot = text.indexOf('.', start)) {
            fields.add(text.substring(start, dot));
            start = dot + 1;
        }
        fields.add(text.substring(start));
        return fields.toArray(new String[0]);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SessionState && ((SessionState) other).encode().equals(encode());
    }

    @Override
    public int hashCode() {
        return encode().hashCode();
    }

    @Override
    public String toString() {
        return encode();
    }
}
