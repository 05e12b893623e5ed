package org.preferencetrainer.report;

/** Version 4 UUIDs, as xAPI statement ids, from 16 random bytes the caller supplies. */
public final class Uuid {
    private static final String HEX = "0123456789abcdef";

    private Uuid() {
    }

    /** A random (version 4, variant 1) UUID such as {@code 3f1c...-4...-a...}. */
    public static String fromBytes(byte[] random) {
        if (random.length != 16) {
            throw new IllegalArgumentException("A UUID takes 16 random bytes, not "
                    + random.length);
        }
        byte[] bytes = random.clone();
        bytes[6] = (byte) ((bytes[6] & 0x0f) | 0x40);
        bytes[8] = (byte) ((bytes[8] & 0x3f) | 0x80);
        StringBuilder text = new StringBuilder(36);
        for (int i = 0; i < 16; i++) {
            if (i == 4 || i == 6 || i == 8 || i == 10) {
                text.append('-');
            }
            text.append(HEX.charAt((bytes[i] >> 4) & 0xf)).append(HEX.charAt(bytes[i] & 0xf));
        }
        return text.toString();
    }

    /** Whether {@code text} has the UUID form 8-4-4-4-12 hexadecimal digits. */
    public static boolean isUuid(String text) {
        if (text.length() != 36) {
            return false;
        }
        for (int i = 0; i < 36; i++) {
            char c = text.charAt(i);
            boolean dash = i == 8 || i == 13 || i == 18 || i == 23;
            boolean hex = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
            if (dash ? c != '-' : !hex) {
                return false;
            }
        }
        return true;
    }
}
