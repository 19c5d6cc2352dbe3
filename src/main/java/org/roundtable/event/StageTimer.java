package org.roundtable.event;

import java.time.Duration;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * The timer of the running stage: planned minutes plus any time added, counting down while it
 * runs. Screens compute what is left from {@link #remaining(Instant)}; the server keeps no ticking
 * clock.
 *
 * @param allowed      planned time plus any time the facilitator added
 * @param usedBefore   time used in earlier runs, before the last pause
 * @param runningSince when it was last started, or null while paused or not started
 */
public record StageTimer(Duration allowed, Duration usedBefore, @Nullable Instant runningSince) {

    public static final StageTimer NONE = new StageTimer(Duration.ZERO, Duration.ZERO, null);

    /** A stage's timer as the stage starts: nothing used yet, counting down from {@code at}. */
    public static StageTimer startedAt(Duration allowed, Instant at) {
        return new StageTimer(allowed, Duration.ZERO, at);
    }

    public boolean running() {
        return runningSince != null;
    }

    public Duration used(Instant now) {
        return runningSince == null ? usedBefore : usedBefore.plus(Duration.between(runningSince, now));
    }

    /** Time left at {@code now}; negative once the stage overruns. */
    public Duration remaining(Instant now) {
        return allowed.minus(used(now));
    }

    /** Counting again from {@code at}; a running timer carries on unchanged. */
    public StageTimer resumedAt(Instant at) {
        return running() ? this : new StageTimer(allowed, usedBefore, at);
    }

    /** Stopped at {@code at}, keeping the time used so far; a paused timer stays as it is. */
    public StageTimer pausedAt(Instant at) {
        return running() ? new StageTimer(allowed, used(at), null) : this;
    }

    /** With {@code more} time allowed, running or not. */
    public StageTimer plus(Duration more) {
        return new StageTimer(allowed.plus(more), usedBefore, runningSince);
    }
}
