package org.preferencetrainer.model;

/**
 * Numbers as text for messages and for JSON: whole numbers without a fraction ({@code 3}, not
 * {@code 3.0}), others to 15 significant digits with trailing zeros dropped ({@code 0.1 + 0.2}
 * gives {@code 0.3}), and exponents only outside 10⁻⁶ to 10¹⁵ ({@code 1.5e-7}).
 *
 * <p>Written by hand with double arithmetic alone, so the JVM and both browser builds print
 * the same digits, and the browser builds carry no general double-to-text converter, which
 * with its tables would weigh more than this whole model.
 */
public final class Decimal {
    private static final int DIGITS = 15;
    /** 10¹⁵: the smallest number with 16 digits before the point. */
    private static final double SIXTEEN_DIGITS = 1e15;

    private Decimal() {
    }

    public static String text(double value) {
        if (value != value) {
            return "NaN";
        }
        if (value == Double.POSITIVE_INFINITY) {
            return "Infinity";
        }
        if (value == Double.NEGATIVE_INFINITY) {
            return "-Infinity";
        }
        StringBuilder out = new StringBuilder();
        if (value < 0) {
            out.append('-');
            value = -value;
        }
        if (value == 0) {
            return "0";
        }
        if (value < SIXTEEN_DIGITS && value == Math.floor(value)) {
            appendWhole(out, value);
            return out.toString();
        }
        int exponent = (int) Math.floor(Math.log10(value));
        double digits = Math.rint(scale(value, DIGITS - 1 - exponent));
        if (digits >= SIXTEEN_DIGITS) {
            exponent++;
            digits = Math.rint(scale(value, DIGITS - 1 - exponent));
        } else if (digits < SIXTEEN_DIGITS / 10) {
            exponent--;
            digits = Math.rint(scale(value, DIGITS - 1 - exponent));
        }
        StringBuilder significant = new StringBuilder();
        appendWhole(significant, digits);
        int length = significant.length();
        while (length > 1 && significant.charAt(length - 1) == '0') {
            length--;
        }
        String kept = significant.substring(0, length);
        if (value >= 1e-6 && value < SIXTEEN_DIGITS) {
            if (exponent >= 0) {
                out.append(kept, 0, Math.min(length, exponent + 1));
                for (int i = length; i < exponent + 1; i++) {
                    out.append('0');
                }
                if (length > exponent + 1) {
                    out.append('.').append(kept, exponent + 1, length);
                }
            } else {
                out.append("0.");
                for (int i = -1; i > exponent; i--) {
                    out.append('0');
                }
                out.append(kept);
            }
        } else {
            out.append(kept.charAt(0));
            if (length > 1) {
                out.append('.').append(kept, 1, length);
            }
            out.append('e').append(exponent);
        }
        return out.toString();
    }

    /**
     * A whole number written in decimal, with an optional sign, as {@code Long.parseLong}
     * reads it, without the weight of its general radix code.
     *
     * @throws NumberFormatException if {@code text} is not one, or is beyond a long
     */
    public static long parseWhole(String text) {
        int start = text.startsWith("-") || text.startsWith("+") ? 1 : 0;
        if (text.length() == start || text.length() - start > 19) {
            throw new NumberFormatException("\"" + text + "\" is not a whole number");
        }
        boolean negative = text.charAt(0) == '-';
        long value = 0;
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                throw new NumberFormatException("\"" + text + "\" is not a whole number");
            }
            // built negative, as Long.MIN_VALUE has no positive counterpart
            value = value * 10 - (c - '0');
            if (value > 0) {
                throw new NumberFormatException("\"" + text + "\" is beyond a long");
            }
        }
        if (!negative && value == Long.MIN_VALUE) {
            throw new NumberFormatException("\"" + text + "\" is beyond a long");
        }
        return negative ? value : -value;
    }

    /** {@code value × 10^power}, in two steps where one power of ten would overflow. */
    private static double scale(double value, int power) {
        if (power > 300) {
            return value * Math.pow(10, power - 300) * 1e300;
        }
        if (power < -300) {
            return value * Math.pow(10, power + 300) * 1e-300;
        }
        return power >= 0 ? value * Math.pow(10, power) : value / Math.pow(10, -power);
    }

    /** The digits of a whole double below 2⁵³, taken off exactly with remainders. */
    private static void appendWhole(StringBuilder out, double whole) {
        char[] digits = new char[16];
        int at = digits.length;
        do {
            double digit = whole % 10;
            digits[--at] = (char) ('0' + (int) digit);
            whole = (whole - digit) / 10;
        } while (whole > 0);
        out.append(digits, at, digits.length - at);
    }
}
