package org.preferencetrainer.content;

/**
 * The checks on a pack's text that are not about its JSON structure: ids, language tags and
 * markup. Written by hand rather than with regular expressions, which would bring a regex
 * engine into the browser bundle; content/schema/content-pack.schema.json states the same
 * rules as patterns, and a test holds the two to agreeing.
 */
final class PlainText {
    /** The longest id. */
    static final int MAX_ID = 64;

    private PlainText() {
    }

    /** Whether {@code id} matches {@code [a-z0-9][a-z0-9-]{0,63}}. */
    static boolean isId(String id) {
        if (id.isEmpty() || id.length() > MAX_ID || id.charAt(0) == '-') {
            return false;
        }
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            if (!(isLower(c) || isDigit(c) || c == '-')) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether {@code tag} is a language tag as a pack may give it: a primary language of 2 or 3
     * letters, then any subtags of 1 to 8 letters or digits, each after a hyphen
     * ({@code en}, {@code fr-CA}, {@code zh-Hant-TW}).
     */
    static boolean isLanguageTag(String tag) {
        int end = tag.indexOf('-');
        String primary = end < 0 ? tag : tag.substring(0, end);
        if (primary.length() < 2 || primary.length() > 3 || !all(primary, false)) {
            return false;
        }
        while (end >= 0) {
            int next = tag.indexOf('-', end + 1);
            String subtag = next < 0 ? tag.substring(end + 1) : tag.substring(end + 1, next);
            if (subtag.isEmpty() || subtag.length() > 8 || !all(subtag, true)) {
                return false;
            }
            end = next;
        }
        return true;
    }

    /**
     * The first piece of HTML in {@code text}, or null where there is none. HTML here is a tag
     * ({@code <b>}, {@code </p>}, {@code <a href="x">}: a {@code <}, maybe a {@code /}, a letter,
     * then anything up to the next {@code >} without another {@code <}), a comment opening
     * {@code <!--}, or a character reference ({@code &amp;}, {@code &#233;}, {@code &#xE9;}).
     * A lone {@code <} or {@code &}, as in "3 < 4" or "salt & pepper", is plain text.
     */
    static String markup(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int end = c == '<' ? tagEnd(text, i) : c == '&' ? referenceEnd(text, i) : -1;
            if (end > i) {
                return text.substring(i, end);
            }
        }
        return null;
    }

    /** The end (exclusive) of a tag or comment opening at {@code start}, or -1. */
    private static int tagEnd(String text, int start) {
        if (text.startsWith("<!--", start)) {
            return start + 4;
        }
        int i = start + 1;
        if (i < text.length() && text.charAt(i) == '/') {
            i++;
        }
        if (i >= text.length() || !isLetter(text.charAt(i))) {
            return -1;
        }
        for (i++; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '>') {
                return i + 1;
            }
            if (c == '<') {
                return -1;
            }
        }
        return -1;
    }

    /** The end (exclusive) of a character reference opening at {@code start}, or -1. */
    private static int referenceEnd(String text, int start) {
        int i = start + 1;
        boolean hex = false;
        boolean numeric = i < text.length() && text.charAt(i) == '#';
        if (numeric) {
            i++;
            hex = i < text.length() && (text.charAt(i) == 'x' || text.charAt(i) == 'X');
            if (hex) {
                i++;
            }
        } else if (i >= text.length() || !isLetter(text.charAt(i))) {
            return -1;
        }
        int first = i;
        while (i < text.length() && isReferenceChar(text.charAt(i), numeric, hex)) {
            i++;
        }
        return i > first && i < text.length() && text.charAt(i) == ';' ? i + 1 : -1;
    }

    private static boolean isReferenceChar(char c, boolean numeric, boolean hex) {
        if (hex) {
            return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
        }
        return numeric ? isDigit(c) : isLetter(c) || isDigit(c);
    }

    private static boolean all(String text, boolean digitsToo) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!(isLetter(c) || (digitsToo && isDigit(c)))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isLetter(char c) {
        return isLower(c) || (c >= 'A' && c <= 'Z');
    }

    private static boolean isLower(char c) {
        return c >= 'a' && c <= 'z';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
