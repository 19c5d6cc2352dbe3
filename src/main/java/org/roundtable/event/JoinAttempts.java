package org.roundtable.event;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down guessing of join codes: after a few wrong codes from one address, each further try
 * must wait, twice as long every time (up to five minutes). A right code clears the count; a
 * quiet quarter of an hour forgives.
 */
final class JoinAttempts {

    static final int FREE_FAILURES = 3;
    static final Duration LONGEST_WAIT = Duration.ofMinutes(5);
    static final Duration FORGIVEN_AFTER = Duration.ofMinutes(15);

    private record Failures(int count, Instant last) {
    }

    private final Map<String, Failures> byClient = new ConcurrentHashMap<>();
    private final Clock clock;

    JoinAttempts(Clock clock) {
        this.clock = clock;
    }

    /** How long {@code client} must still wait before trying again; zero when it may try now. */
    Duration waitFor(String client) {
        Instant now = clock.instant();
        Failures failures = byClient.computeIfPresent(client, (c, old) -> forgiven(old, now) ? null : old);
        if (failures == null || failures.count() < FREE_FAILURES) {
            return Duration.ZERO;
        }
        Duration penalty = Duration.ofSeconds(1L << Math.min(failures.count() - FREE_FAILURES, 9));
        if (penalty.compareTo(LONGEST_WAIT) > 0) {
            penalty = LONGEST_WAIT;
        }
        Duration left = Duration.between(now, failures.last().plus(penalty));
        return left.isNegative() ? Duration.ZERO : left;
    }

    void failed(String client) {
        Instant now = clock.instant();
        byClient.merge(client, new Failures(1, now),
                (old, first) -> forgiven(old, now) ? first : new Failures(old.count() + 1, now));
    }

    private static boolean forgiven(Failures failures, Instant now) {
        return !failures.last().plus(FORGIVEN_AFTER).isAfter(now);
    }

    void succeeded(String client) {
        byClient.remove(client);
    }
}
