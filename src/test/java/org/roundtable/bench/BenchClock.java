package org.roundtable.bench;

import java.time.Instant;

/** The wall clock in microseconds, shared with browsers on the same machine (their {@code performance.timeOrigin + now()}). */
final class BenchClock {

    private BenchClock() {
    }

    static long epochMicros() {
        Instant now = Instant.now();
        return now.getEpochSecond() * 1_000_000L + now.getNano() / 1_000;
    }
}
