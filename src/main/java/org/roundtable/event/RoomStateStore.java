package org.roundtable.event;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;
import org.roundtable.live.LoggedChange;
import org.roundtable.live.Projection;
import org.springframework.stereotype.Component;

/**
 * Read model of each event's running room ({@link RoomState}), fed by the event logs. Times come
 * from the log ({@link LoggedChange#at()}), never from a clock, so every node builds the same state.
 */
@Component
class RoomStateStore implements Projection {

    /** What the stage title reads in the record for a pause before the first stage. */
    static final String BEFORE_THE_FIRST_STAGE = "Before the first stage";

    /** The state every screen reads, and when the summary of the pause on now was last written. */
    private record Tracked(RoomState state, @Nullable Instant summaryAt) {

        Tracked with(RoomState next) {
            return new Tracked(next, summaryAt);
        }
    }

    private static final Tracked NOT_STARTED = new Tracked(RoomState.NOT_STARTED, null);

    private final Map<String, Tracked> byLog = new ConcurrentHashMap<>();

    @Override
    public void apply(LoggedChange logged) {
        if (logged.change() instanceof RoomChange change) {
            byLog.compute(logged.logId(), (id, tracked) -> next(tracked == null ? NOT_STARTED : tracked, change,
                    logged.at()));
        }
    }

    private static Tracked next(Tracked tracked, RoomChange change, Instant at) {
        RoomState s = tracked.state();
        return switch (change) {
            case StageStarted started -> {
                RoomState carriedOn = endPause(tracked, at);
                yield new Tracked(new RoomState(started.index(),
                        new AgendaStage(started.title(), started.plannedMinutes(), started.kind()),
                        RoomView.defaultFor(started.kind()), null,
                        StageTimer.startedAt(Duration.ofMinutes(started.plannedMinutes()), at),
                        false, null, carriedOn.summons(), carriedOn.summaries()), null);
            }
            case RoomChange.ViewShown shown -> tracked.with(new RoomState(s.stageIndex(), s.stage(), shown.view(),
                    shown.focusId(), s.timer(), s.paused(), s.pauseSummary(), s.summons(), s.summaries()));
            case RoomChange.TimerStarted started -> s.started() ? tracked.with(withTimer(s, s.timer().resumedAt(at)))
                    : tracked;
            case RoomChange.TimerPaused paused -> tracked.with(withTimer(s, s.timer().pausedAt(at)));
            case RoomChange.TimeAdded added -> s.started()
                    ? tracked.with(withTimer(s, s.timer().plus(Duration.ofSeconds(added.seconds())))) : tracked;
            case RoomChange.EveryoneSummoned summoned -> tracked.with(new RoomState(s.stageIndex(), s.stage(),
                    s.view(), s.focusId(), s.timer(), s.paused(), s.pauseSummary(), s.summons() + 1,
                    s.summaries()));
            case RoomChange.InputPaused paused -> s.paused() ? tracked : new Tracked(new RoomState(s.stageIndex(),
                    s.stage(), s.view(), s.focusId(), s.timer(), true, null, s.summons(), s.summaries()), null);
            case RoomChange.SummaryWritten written -> s.paused() ? new Tracked(new RoomState(s.stageIndex(),
                    s.stage(), s.view(), s.focusId(), s.timer(), true, written.text(), s.summons(), s.summaries()),
                    at) : tracked;
            case RoomChange.InputResumed resumed -> new Tracked(endPause(tracked, at), null);
            case RoomChange.PrincipleProposed proposed -> tracked;
            case RoomChange.ProposalAccepted accepted -> tracked;
            case RoomChange.ProposalDeclined declined -> tracked;
            case RoomChange.PrincipleAdded added -> tracked;
        };
    }

    /** The room carrying on after a pause, its summary (if one was written) kept for the record. */
    private static RoomState endPause(Tracked tracked, Instant at) {
        RoomState s = tracked.state();
        if (!s.paused()) {
            return s;
        }
        List<StageSummary> summaries = new ArrayList<>(s.summaries());
        if (s.pauseSummary() != null) {
            String title = s.stage() == null ? BEFORE_THE_FIRST_STAGE : s.stage().title();
            Instant written = tracked.summaryAt() == null ? at : tracked.summaryAt();
            summaries.add(new StageSummary(s.stageIndex(), title, s.pauseSummary(), written));
        }
        return new RoomState(s.stageIndex(), s.stage(), s.view(), s.focusId(), s.timer(), false, null, s.summons(),
                summaries);
    }

    private static RoomState withTimer(RoomState s, StageTimer timer) {
        return new RoomState(s.stageIndex(), s.stage(), s.view(), s.focusId(), timer, s.paused(), s.pauseSummary(),
                s.summons(), s.summaries());
    }

    RoomState state(String logId) {
        return byLog.getOrDefault(logId, NOT_STARTED).state();
    }

    /** Whether participants' input is frozen in the event of {@code logId}. */
    boolean paused(String logId) {
        return state(logId).paused();
    }

    /** The event was purged: nothing of it stays here. */
    @Override
    public void forget(String logId) {
        byLog.remove(logId);
    }
}
