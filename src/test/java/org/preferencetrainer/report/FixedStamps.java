package org.preferencetrainer.report;

/** Stamps for tests: ids counted up from 1, and a clock that moves only when told. */
final class FixedStamps implements Stamps {
    long now = 1_767_225_600_000L; // 2026-01-01T00:00:00Z
    int offsetMinutes = 60;
    private int ids;

    @Override
    public String newId() {
        ids++;
        String digits = Integer.toHexString(ids);
        return "00000000-0000-4000-8000-" + "000000000000".substring(digits.length()) + digits;
    }

    @Override
    public long now() {
        return now;
    }

    @Override
    public int offsetMinutes() {
        return offsetMinutes;
    }

    void advance(long millis) {
        now += millis;
    }
}
