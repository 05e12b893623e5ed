package org.preferencetrainer.report;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A page's query string as launch parameters: {@code ?a=1&b=x%20y} gives {a: 1, b: x y}. Keys
 * and values are percent-decoded as UTF-8, {@code +} is a space, and a key given twice keeps
 * its first value.
 */
public final class QueryString {
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
            String key = decode(eq < 0 ? pair : pair.substring(0, eq), pair);
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1), key);
            if (!parameters.containsKey(key)) {
                parameters.put(key, value);
            }
        }
        return parameters;
    }

    private static String decode(String text, String where) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%') {
                int high = i + 2 < text.length() ? hex(text.charAt(i + 1)) : -1;
                int low = i + 2 < text.length() ? hex(text.charAt(i + 2)) : -1;
                if (high < 0 || low < 0) {
                    throw new IllegalArgumentException("launch parameter " + where + " has a"
                            + " broken escape at \"" + text.substring(i, Math.min(text.length(),
                            i + 3)) + "\"");
                }
                bytes.write(high * 16 + low);
                i += 2;
            } else if (c == '+') {
                bytes.write(' ');
            } else {
                byte[] encoded = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                if (Character.isHighSurrogate(c) && i + 1 < text.length()) {
                    encoded = text.substring(i, i + 2).getBytes(StandardCharsets.UTF_8);
                    i++;
                }
                bytes.write(encoded, 0, encoded.length);
            }
        }
        return new String(bytes.toByteArray(), StandardCharsets.UTF_8);
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
