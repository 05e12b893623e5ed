package org.preferencetrainer.web;

/**
 * Numbers for the learner's eyes, written out by hand: the same digits in both builds, and
 * none of the weight that a general formatter brings into the bundle.
 */
final class Format {
    /** The minus sign, as typography writes it. */
    private static final char MINUS = '\u2212';

    private Format() {
    }

    /** {@code value} rounded to {@code digits} decimals, such as 0.84 or −1.20. */
    static String fixed(double value, int digits) {
        int scale = 1;
        for (int i = 0; i < digits; i++) {
            scale *= 10;
        }
        // int arithmetic throughout: a long is a BigInt in the JavaScript build
        int scaled = (int) Math.floor(Math.abs(value) * scale + 0.5);
        StringBuilder text = new StringBuilder();
        if (value < 0 && scaled != 0) {
            text.append(MINUS);
        }
        text.append(scaled / scale);
        if (digits > 0) {
            String fraction = Integer.toString(scaled % scale);
            text.append('.');
            for (int i = fraction.length(); i < digits; i++) {
                text.append('0');
            }
            text.append(fraction);
        }
        return text.toString();
    }

    /** As {@link #fixed}, with a plus sign on positive values: +0.6, −0.3, 0.0. */
    static String signed(double value, int digits) {
        String text = fixed(value, digits);
        return value > 0 && Math.floor(value * Math.pow(10, digits) + 0.5) != 0 ? "+" + text : text;
    }
}
