package org.roundtable.event;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down guessing of join codes, on three levels. Per address: after a few wrong codes,
 * each further try must wait, twice as long every time (up to five minutes); a right code clears
 * the count and a quiet quarter of an hour forgives. Across every address: once a minute has seen
 * {@code wrongCodesPerMinute} wrong codes, no code is checked until that minute has passed, so a
 * guess spread over many addresses is bounded too. Per code: at most {@code joinsPerCodePerMinute}
 * people join with one code in a minute (a room of 500 still gets in within a few minutes).
 * Counts are kept per node.
 */
final class JoinAttempts {

    static final int FREE_FAILURES = 3;
    static final Duration LONGEST_WAIT = Duration.ofMinutes(5);
    static final Duration FORGIVEN_AFTER = Duration.ofMinutes(15);
    static final Duration WINDOW = Duration.ofMinutes(1);
    static final int DEFAULT_JOINS_PER_CODE_PER_MINUTE = 120;
    static final int DEFAULT_WRONG_CODES_PER_MINUTE = 200;
    /** Addresses remembered at most; beyond it, forgiven ones are dropped so a spread attack cannot fill memory. */
    private static final int TIDY_ABOVE = 10_000;

    private record Failures(int count, Instant last) {
    }

    private final Map<String, Failures> byClient = new ConcurrentHashMap<>();
    private final Map<String, Deque<Instant>> joinsByCode = new ConcurrentHashMap<>();
    private final Deque<Instant> wrongCodes = new ArrayDeque<>();
    private final Map<String, Instant> auditedByClient = new ConcurrentHashMap<>();
    private final Clock clock;
    private final int joinsPerCodePerMinute;
    private final int wrongCodesPerMinute;

    JoinAttempts(Clock clock) {
        this(clock, DEFAULT_JOINS_PER_CODE_PER_MINUTE, DEFAULT_WRONG_CODES_PER_MINUTE);
    }

    JoinAttempts(Clock clock, int joinsPerCodePerMinute, int wrongCodesPerMinute) {
        if (joinsPerCodePerMinute < 1 || wrongCodesPerMinute < 1) {
            throw new IllegalArgumentException("Join limits must be at least one a minute");
        }
        this.clock = clock;
        this.joinsPerCodePerMinute = joinsPerCodePerMinute;
        this.wrongCodesPerMinute = wrongCodesPerMinute;
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
        return positive(Duration.between(now, failures.last().plus(penalty)));
    }

    /** How long every address must wait because the minute's budget of wrong codes is spent; zero if it is not. */
    Duration waitForEveryone() {
        Instant now = clock.instant();
        synchronized (wrongCodes) {
            forgetBefore(wrongCodes, now.minus(WINDOW));
            if (wrongCodes.size() < wrongCodesPerMinute) {
                return Duration.ZERO;
            }
            return positive(Duration.between(now, wrongCodes.peekFirst().plus(WINDOW)));
        }
    }

    /** How long a right code must wait because many people joined with it in the last minute. */
    Duration waitForCode(String canonicalCode) {
        Deque<Instant> joins = joinsByCode.get(canonicalCode);
        if (joins == null) {
            return Duration.ZERO;
        }
        Instant now = clock.instant();
        synchronized (joins) {
            forgetBefore(joins, now.minus(WINDOW));
            if (joins.size() < joinsPerCodePerMinute) {
                return Duration.ZERO;
            }
            return positive(Duration.between(now, joins.peekFirst().plus(WINDOW)));
        }
    }

    /**
     * Counts a join with {@code canonicalCode} if the code's minute still has room, and says
     * whether it had (checked and counted in one step, so a crowd cannot overshoot the limit).
     */
    boolean tryJoin(String canonicalCode) {
        Instant now = clock.instant();
        Deque<Instant> joins = joinsByCode.computeIfAbsent(canonicalCode, code -> new ArrayDeque<>());
        synchronized (joins) {
            forgetBefore(joins, now.minus(WINDOW));
            if (joins.size() >= joinsPerCodePerMinute) {
                return false;
            }
            joins.addLast(now);
            return true;
        }
    }

    void failed(String client) {
        Instant now = clock.instant();
        tidy(now);
        byClient.merge(client, new Failures(1, now),
                (old, first) -> forgiven(old, now) ? first : new Failures(old.count() + 1, now));
        synchronized (wrongCodes) {
            wrongCodes.addLast(now);
            forgetBefore(wrongCodes, now.minus(WINDOW));
            // Only the newest budget's worth matters for the wait.
            while (wrongCodes.size() > wrongCodesPerMinute) {
                wrongCodes.removeFirst();
            }
        }
    }

    void succeeded(String client) {
        byClient.remove(client);
    }

    /**
     * Whether a refusal for {@code client} should go to the audit trail: the first one in a
     * quarter of an hour does, the rest of the burst does not (a guess must not flood the trail).
     */
    boolean firstRefusalInAWhile(String client) {
        Instant now = clock.instant();
        boolean[] first = {false};
        auditedByClient.compute(client, (c, last) -> {
            if (last == null || !last.plus(FORGIVEN_AFTER).isAfter(now)) {
                first[0] = true;
                return now;
            }
            return last;
        });
        return first[0];
    }

    private void tidy(Instant now) {
        if (byClient.size() > TIDY_ABOVE) {
            byClient.values().removeIf(failures -> forgiven(failures, now));
        }
        if (auditedByClient.size() > TIDY_ABOVE) {
            auditedByClient.values().removeIf(last -> !last.plus(FORGIVEN_AFTER).isAfter(now));
        }
    }

    /** Drops the times a full window old or older: they no longer count. */
    private static void forgetBefore(Deque<Instant> times, Instant start) {
        while (!times.isEmpty() && !times.peekFirst().isAfter(start)) {
            times.removeFirst();
        }
    }

    private static boolean forgiven(Failures failures, Instant now) {
        return !failures.last().plus(FORGIVEN_AFTER).isAfter(now);
    }

    private static Duration positive(Duration left) {
        return left.isNegative() ? Duration.ZERO : left;
    }
}
