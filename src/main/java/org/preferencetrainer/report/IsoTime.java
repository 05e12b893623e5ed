package org.preferencetrainer.report;

/**
 * Times as xAPI and SCORM write them, computed by hand so that both builds give the same text
 * without a date library in the bundle.
 */
public final class IsoTime {
    private IsoTime() {
    }

    /**
     * An ISO 8601 timestamp with milliseconds and the learner's offset from UTC, such as
     * {@code 2026-03-01T09:05:07.250+01:00}. {@code offsetMinutes} is east of UTC (JavaScript's
     * {@code getTimezoneOffset()} is the negative of it); 0 gives {@code Z}.
     */
    public static String timestamp(long epochMillis, int offsetMinutes) {
        long local = epochMillis + offsetMinutes * 60_000L;
        long days = Math.floorDiv(local, 86_400_000L);
        long ofDay = Math.floorMod(local, 86_400_000L);

        // civil date from days since 1970-01-01 (proleptic Gregorian calendar)
        long z = days + 719_468;
        long era = Math.floorDiv(z, 146_097);
        long dayOfEra = z - era * 146_097;
        long yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096)
                / 365;
        long dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
        long shifted = (5 * dayOfYear + 2) / 153;
        long day = dayOfYear - (153 * shifted + 2) / 5 + 1;
        long month = shifted < 10 ? shifted + 3 : shifted - 9;
        long year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);

        StringBuilder text = new StringBuilder();
        pad(text, year, 4).append('-');
        pad(text, month, 2).append('-');
        pad(text, day, 2).append('T');
        pad(text, ofDay / 3_600_000, 2).append(':');
        pad(text, ofDay / 60_000 % 60, 2).append(':');
        pad(text, ofDay / 1000 % 60, 2).append('.');
        pad(text, ofDay % 1000, 3);
        if (offsetMinutes == 0) {
            return text.append('Z').toString();
        }
        text.append(offsetMinutes < 0 ? '-' : '+');
        pad(text, Math.abs(offsetMinutes) / 60, 2).append(':');
        return pad(text, Math.abs(offsetMinutes) % 60, 2).toString();
    }

    /**
     * An ISO 8601 duration to the hundredth of a second, as xAPI asks: {@code PT1H2M3.45S},
     * {@code PT0S}. Negative spans (a clock set back) count as zero.
     */
    public static String duration(long millis) {
        long hundredths = Math.max(0, millis) / 10;
        long hours = hundredths / 360_000;
        long minutes = hundredths / 6000 % 60;
        long seconds = hundredths / 100 % 60;
        long fraction = hundredths % 100;
        StringBuilder text = new StringBuilder("PT");
        if (hours > 0) {
            text.append(hours).append('H');
        }
        if (minutes > 0) {
            text.append(minutes).append('M');
        }
        if (seconds > 0 || fraction > 0 || (hours == 0 && minutes == 0)) {
            text.append(seconds);
            if (fraction > 0) {
                text.append('.').append(fraction < 10 ? "0" : "").append(fraction);
                if (text.charAt(text.length() - 1) == '0') {
                    text.setLength(text.length() - 1);
                }
            }
            text.append('S');
        }
        return text.toString();
    }

    /** A SCORM 1.2 CMITimespan, {@code HHHH:MM:SS.SS}: hours 2 to 4 digits, capped at 9999. */
    public static String scormTimespan(long millis) {
        long hundredths = Math.max(0, millis) / 10;
        long hours = Math.min(9999, hundredths / 360_000);
        StringBuilder text = new StringBuilder();
        pad(text, hours, 2).append(':');
        pad(text, hundredths / 6000 % 60, 2).append(':');
        pad(text, hundredths / 100 % 60, 2).append('.');
        return pad(text, hundredths % 100, 2).toString();
    }

    private static StringBuilder pad(StringBuilder text, long value, int width) {
        String digits = Long.toString(value);
        for (int i = digits.length(); i < width; i++) {
            text.append('0');
        }
        return text.append(digits);
    }
}
