package org.preferencetrainer.content;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.preferencetrainer.model.Decimal;

/**
 * The widget's own words: the defaults of a language the widget speaks (English, Spanish or
 * French), overridden key by key by a pack's {@code ui} block. View code takes every
 * learner-facing string from here. Placeholders are written {@code {0}}, {@code {1}}, ...
 */
public final class UiText {
    /** The languages the widget has its own words in; the first is the fallback. */
    public static final List<String> LANGUAGES = List.of("en", "es", "fr");

    /** Keys that only the widget uses: a pack's {@code ui} block cannot override them. */
    private static final String[] FIXED_PREFIXES = {"problem.", "found.", "error."};

    private final String language;
    /** This language's own words and the pack's overrides; empty for plain English. */
    private final Map<String, String> texts = new HashMap<>();

    private UiText(String language, String[][] own, Map<String, String> overrides) {
        this.language = language;
        if (own != null) {
            put(texts, own);
        }
        texts.putAll(overrides);
    }

    private static void put(Map<String, String> into, String[][] table) {
        for (String[] entry : table) {
            into.put(entry[0], entry[1]);
        }
    }

    /** The text for {@code key} in this language, else in English, else null. */
    private String lookUp(String key) {
        String text = texts.get(key);
        if (text != null) {
            return text;
        }
        return English.BY_KEY.get(key);
    }

    /** The English words by key, made once, when first asked for, and shared by every UiText. */
    private static final class English {
        static final Map<String, String> BY_KEY = new HashMap<>();

        static {
            put(BY_KEY, EnglishText.TEXTS);
        }
    }

    /**
     * English words alone: the defaults, for screens shown before a pack is read and for the
     * developer's console. The browser builds start with these and no others: the other
     * languages' words reach them on demand (see {@link #of}), so that a widget carries only the
     * language it speaks.
     */
    public static UiText english() {
        return new UiText("en", null, Map.of());
    }

    /**
     * The defaults of the language named by {@code tag} (such as {@code fr} or {@code es-MX});
     * English for a language the widget does not speak, or for null. Every language's words
     * are bundled here: this is for the JVM tools and tests.
     */
    public static UiText forLanguage(String tag) {
        String language = supported(tag);
        return new UiText(language, bundled(language), Map.of());
    }

    /** The defaults in the pack's language, with the pack's {@code ui} overrides. */
    public static UiText forPack(Pack pack) {
        return forPack(pack, null);
    }

    /**
     * The defaults in {@code language} where the host page asks for one, else in the pack's
     * language, with the pack's {@code ui} overrides.
     */
    public static UiText forPack(Pack pack, String language) {
        String spoken = supported(language != null ? language : pack.language());
        return new UiText(spoken, bundled(spoken), pack.ui());
    }

    /**
     * Words in {@code language} from a table the caller holds, over the English defaults, with
     * a pack's {@code ui} overrides: for the browser builds, which receive a language's table
     * when a widget first needs it. A key the table lacks keeps its English text.
     *
     * @param language a language the widget speaks, as {@link #supported} gives it
     * @param table the language's {@code {key, text}} pairs; null for English alone
     * @param overrides a pack's {@code ui} block, or an empty map
     */
    public static UiText of(String language, String[][] table, Map<String, String> overrides) {
        if (!LANGUAGES.contains(language)) {
            throw new IllegalArgumentException("The widget has no words of its own in \""
                    + language + "\"; ask UiText.supported for a language it speaks.");
        }
        return new UiText(language, table, overrides);
    }

    /**
     * The table of {@code language}'s own words, as bundled with the JVM tools: null for
     * English, whose words are the defaults under every other language.
     */
    public static String[][] bundled(String language) {
        if (language.equals("es")) {
            return SpanishText.TEXTS;
        }
        if (language.equals("fr")) {
            return FrenchText.TEXTS;
        }
        return null;
    }

    /** The widget's language for {@code tag}: its primary subtag if spoken, else English. */
    public static String supported(String tag) {
        String language = spoken(tag);
        return language == null ? LANGUAGES.get(0) : language;
    }

    /**
     * The language the widget speaks for {@code tag} ({@code es} for {@code es-MX}), or null
     * where it does not speak it or {@code tag} is null.
     */
    public static String spoken(String tag) {
        if (tag == null) {
            return null;
        }
        int dash = tag.indexOf('-');
        String primary = (dash < 0 ? tag : tag.substring(0, dash)).trim();
        for (String language : LANGUAGES) {
            if (language.equals(Ascii.lower(primary))) {
                return language;
            }
        }
        return null;
    }

    /**
     * The widget's language for a learner: the first of {@code tags}, in order of preference,
     * that it speaks, else English. The widget passes the host's {@code lang}, then the
     * language the pack declares, then the browser's languages; any of them may be null.
     */
    public static String firstSpoken(List<String> tags) {
        for (String tag : tags) {
            String language = spoken(tag);
            if (language != null) {
                return language;
            }
        }
        return LANGUAGES.get(0);
    }

    /** Whether a pack's {@code ui} block may set {@code key}. */
    public static boolean isOverridable(String key) {
        for (String prefix : FIXED_PREFIXES) {
            if (key.startsWith(prefix)) {
                return false;
            }
        }
        return !key.endsWith(".one") && has(EnglishText.TEXTS, key);
    }

    /** The keys a pack's {@code ui} block may set, in the order of the English table. */
    public static List<String> overridableKeys() {
        List<String> keys = new ArrayList<>();
        for (String[] entry : EnglishText.TEXTS) {
            if (isOverridable(entry[0])) {
                keys.add(entry[0]);
            }
        }
        return keys;
    }

    private static boolean has(String[][] table, String key) {
        for (String[] entry : table) {
            if (entry[0].equals(key)) {
                return true;
            }
        }
        return false;
    }

    /** The language these words are in: {@code en}, {@code es} or {@code fr}. */
    public String language() {
        return language;
    }

    /**
     * The text for {@code key}, with {@code {i}} replaced by {@code args[i]}. Where the first
     * whole-number argument is a count of one (in French, of zero or one), the key's
     * {@code .one} form is used if it has one.
     */
    public String get(String key, Object... args) {
        String text = null;
        if (isOne(firstCount(args))) {
            text = lookUp(key + ".one");
        }
        if (text == null) {
            text = lookUp(key);
        }
        if (text == null) {
            throw new IllegalArgumentException("No UI text has the key \"" + key + "\"");
        }
        return fill(text, args);
    }

    /**
     * An argument as text: numbers by their own methods, so that a boxed Double never reaches
     * {@code toString}, which would pull Java's double formatter into the browser bundle.
     */
    private String argumentText(Object arg) {
        if (arg instanceof Phrase) {
            return render((Phrase) arg);
        }
        if (arg instanceof Integer) {
            return Integer.toString((Integer) arg);
        }
        if (arg instanceof Long) {
            return Long.toString((Long) arg);
        }
        if (arg instanceof Double) {
            return Decimal.text((Double) arg);
        }
        return String.valueOf(arg);
    }

    /** Replaces each {@code {i}} in one pass, so an argument's own braces stay as they are. */
    private String fill(String template, Object[] args) {
        StringBuilder filled = new StringBuilder();
        int i = 0;
        while (i < template.length()) {
            char c = template.charAt(i);
            int close = c == '{' ? template.indexOf('}', i) : -1;
            int index = close > i + 1 && close - i <= 3 ? digits(template, i + 1, close) : -1;
            if (index >= 0 && index < args.length) {
                Object arg = args[index];
                filled.append(argumentText(arg));
                i = close + 1;
            } else {
                filled.append(c);
                i++;
            }
        }
        return filled.toString();
    }

    /** The number written in {@code text[from, to)}, or -1 where it is not all digits. */
    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    /** A number written with a point, such as 0.25, with this language's decimal mark. */
    public String decimal(String number) {
        return number.replace(".", get("number.decimal"));
    }

    /**
     * A share from 0 to 1 as a whole percentage, written as this language writes one: 73% in
     * English, 73 % in Spanish and French (with a no-break space, as the browsers' own
     * formatters put it).
     */
    public String percent(double share) {
        // floor(x + 0.5) rather than Math.round, which would go through long arithmetic
        int whole = (int) Math.floor(share * 100 + 0.5);
        return get("number.percent", Integer.toString(whole));
    }

    /** A phrase in these words; phrases among its arguments are rendered first. */
    public String render(Phrase phrase) {
        return get(phrase.key(), phrase.args().toArray());
    }

    private static Object firstCount(Object[] args) {
        for (Object arg : args) {
            if (arg instanceof Integer || arg instanceof Long) {
                return arg;
            }
        }
        return null;
    }

    /** Whether a count takes the singular: one in English and Spanish, zero or one in French. */
    private boolean isOne(Object count) {
        if (count == null) {
            return false;
        }
        long n = ((Number) count).longValue();
        return n == 1 || (n == 0 && language.equals("fr"));
    }
}
