package org.preferencetrainer.report;

/**
 * What a statement takes from outside pure code: fresh ids and the clock. The browser gives
 * crypto-random UUIDs and {@code Date.now()}; tests give fixed ones.
 */
public interface Stamps {
    /** A new random UUID. */
    String newId();

    /** Milliseconds since 1970-01-01 UTC. */
    long now();

    /** The learner's offset from UTC, in minutes east, for timestamps. */
    int offsetMinutes();
}
