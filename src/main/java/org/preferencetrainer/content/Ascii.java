package org.preferencetrainer.content;

/**
 * Case folding for the ASCII letters only, which is all that keys, tags, language subtags and
 * UUIDs need. {@code String.toLowerCase} and {@code equalsIgnoreCase} would bring Unicode's
 * case tables into the browser bundle.
 */
public final class Ascii {
    private Ascii() {
    }

    /** {@code text} with A to Z made a to z and every other character left as it is. */
    public static String lower(String text) {
        char[] chars = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                if (chars == null) {
                    chars = text.toCharArray();
                }
                chars[i] = (char) (c + ('a' - 'A'));
            }
        }
        return chars == null ? text : new String(chars);
    }
}
