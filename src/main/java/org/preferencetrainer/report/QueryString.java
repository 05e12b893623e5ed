package org.preferencetrainer.report;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A page's query string as launch parameters: {@code ?a=1&b=x%20y} gives {a: 1, b: x y}. Keys
 * and values are percent-decoded as UTF-8, {@code +} is a space, and a key given twice keeps
 * its first value.
 */
public final class QueryString {
    private static final char REPLACEMENT = '\uFFFD';

    private QueryString() {
    }

    /**
     * @throws IllegalArgumentException naming the parameter, for a broken percent escape
     */
    public static Map<String, String> parse(String search) {
        Map<String, String> parameters = new LinkedHashMap<>();
        String query = search.startsWith("?") ? search.substring(1) : search;
        int start = 0;
        while (start < query.length()) {
            int amp = query.indexOf('&', start);
            int end = amp < 0 ? query.length() : amp;
            String pair = query.substring(start, end);
            start = end + 1;
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            // a broken key is named by itself: the value beside it may be a credential
            String rawKey = eq < 0 ? pair : pair.substring(0, eq);
            String key = decode(rawKey, rawKey);
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1), key);
            if (!parameters.containsKey(key)) {
                parameters.put(key, value);
            }
        }
        return parameters;
    }

    private static String decode(String text, String where) {
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '+') {
                out.append(' ');
                i++;
            } else if (c != '%') {
                out.append(c);
                i++;
            } else {
                i = decodeEscapes(text, i, out, where);
            }
        }
        return out.toString();
    }

    /**
     * Decodes the run of {@code %XX} escapes that starts at {@code start} as UTF-8, by hand, so
     * no charset machinery is bundled. Bytes that are not UTF-8 become U+FFFD, one for each
     * maximal broken part, as a browser's TextDecoder makes them.
     *
     * @return the index just past the run
     */
    private static int decodeEscapes(String text, int start, StringBuilder out, String where) {
        int i = start;
        int[] bytes = new int[(text.length() - start) / 3 + 1];
        int count = 0;
        while (i < text.length() && text.charAt(i) == '%') {
            int high = i + 2 < text.length() ? hex(text.charAt(i + 1)) : -1;
            int low = i + 2 < text.length() ? hex(text.charAt(i + 2)) : -1;
            if (high < 0 || low < 0) {
                throw new IllegalArgumentException("launch parameter " + where + " has a"
                        + " broken escape at \"" + text.substring(i, Math.min(text.length(),
                        i + 3)) + "\"");
            }
            bytes[count++] = high * 16 + low;
            i += 3;
        }
        int at = 0;
        while (at < count) {
            at = decodeUtf8(bytes, at, count, out);
        }
        return i;
    }

    /** Appends the character that starts at {@code bytes[at]}; returns where the next starts. */
    private static int decodeUtf8(int[] bytes, int at, int count, StringBuilder out) {
        int lead = bytes[at];
        int length;
        int codePoint;
        if (lead < 0x80) {
            out.append((char) lead);
            return at + 1;
        } else if (lead >= 0xC2 && lead <= 0xDF) {
            length = 2;
            codePoint = lead & 0x1F;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            length = 3;
            codePoint = lead & 0x0F;
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            length = 4;
            codePoint = lead & 0x07;
        } else {
            out.append(REPLACEMENT);
            return at + 1;
        }
        for (int k = 1; k < length; k++) {
            int next = at + k < count ? bytes[at + k] : -1;
            int lowest = k > 1 ? 0x80 : lead == 0xE0 ? 0xA0 : lead == 0xF0 ? 0x90 : 0x80;
            int highest = k > 1 ? 0xBF : lead == 0xED ? 0x9F : lead == 0xF4 ? 0x8F : 0xBF;
            if (next < lowest || next > highest) {
                out.append(REPLACEMENT);
                return at + k;
            }
            codePoint = codePoint << 6 | next & 0x3F;
        }
        if (codePoint >= 0x10000) {
            codePoint -= 0x10000;
            out.append((char) (0xD800 + (codePoint >> 10)));
            out.append((char) (0xDC00 + (codePoint & 0x3FF)));
        } else {
            out.append((char) codePoint);
        }
        return at + length;
    }

    /** A hexadecimal digit's value, or -1; by hand, so no Unicode digit table is bundled. */
    private static int hex(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        return c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
    }
}
