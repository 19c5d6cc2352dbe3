package org.roundtable.event;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.roundtable.access.Caller;
import org.roundtable.live.ChangeLog;
import org.roundtable.shared.InvalidInput;
import org.roundtable.shared.UserText;
import org.springframework.stereotype.Service;

/**
 * Running the room through the agenda: the facilitator moves stages, runs each stage's timer,
 * brings every tablet to the current view, and pauses input to summarise. Every screen follows
 * {@link #stateFor}.
 * <p>
 * Every change is for the event's facilitators only; repeating one that is already in effect
 * (starting a running timer, pausing a paused room, moving to the stage that runs) adds nothing
 * to the log. Moving to another stage also carries the room on after a pause, keeping its
 * summary for the record, so a room is never left frozen by a forgotten "Carry on".
 */
@Service
public class RoomStages {

    public static final int MAX_SUMMARY_LENGTH = 1_000;
    public static final int MAX_FOCUS_LENGTH = 100;
    /** The most time one "add time" may give. */
    public static final Duration MAX_TIME_ADDED = Duration.ofMinutes(120);
    /** The most a stage's timer may hold in all. */
    public static final Duration MAX_STAGE_TIME = Duration.ofHours(24);

    private final ChangeLog changeLog;
    private final LearningEvents events;
    private final EventPreparation preparation;
    private final RoomStateStore store;

    RoomStages(ChangeLog changeLog, LearningEvents events, EventPreparation preparation, RoomStateStore store) {
        this.changeLog = changeLog;
        this.events = events;
        this.preparation = preparation;
        this.store = store;
    }

    /** The room now, for anyone of the event. */
    public RoomState stateFor(Caller caller, String eventId) {
        return store.state(events.readableBy(caller, eventId).logId());
    }

    /**
     * Moves the room to agenda stage {@code index} (from 0): its default view, its timer reset to
     * its planned minutes and running at once. An index the agenda does not have is refused.
     */
    public RoomState moveTo(Caller caller, String eventId, int index) {
        LearningEvent event = events.runBy(caller, eventId, EventRight.RUN_ROOM);
        List<AgendaStage> agenda = preparation.agendaFor(caller, eventId);
        if (index < 0 || index >= agenda.size()) {
            throw InvalidInput.because("event.refused.no-such-stage", index + 1, agenda.size());
        }
        AgendaStage stage = agenda.get(index);
        RoomState now = store.state(event.logId());
        if (now.stageIndex() == index && stage.equals(now.stage())) {
            return now;
        }
        return append(event, new StageStarted(index, stage.title(), stage.kind(), stage.minutes()), caller);
    }

    /**
     * Shows another view on the projector (and for "bring everyone here") without changing the
     * stage; {@code focusId} says e.g. which group's board is fed back (at most 100 characters).
     */
    public RoomState show(Caller caller, String eventId, RoomView view, @Nullable String focusId) {
        LearningEvent event = events.runBy(caller, eventId, EventRight.RUN_ROOM);
        if (view == null) {
            throw InvalidInput.because("event.refused.choose-view");
        }
        String focus = UserText.optional(focusId, "event.field.focus", MAX_FOCUS_LENGTH);
        RoomState now = store.state(event.logId());
        if (now.view() == view && Objects.equals(now.focusId(), focus)) {
            return now;
        }
        return append(event, new RoomChange.ViewShown(view, focus), caller);
    }

    /** Starts the running stage's timer (again); a running timer carries on. */
    public RoomState startTimer(Caller caller, String eventId) {
        LearningEvent event = events.runBy(caller, eventId, EventRight.RUN_ROOM);
        RoomState now = runningStage(event);
        return now.timer().running() ? now : append(event, new RoomChange.TimerStarted(), caller);
    }

    /** Pauses the running stage's timer, keeping the time used; a paused timer stays paused. */
    public RoomState pauseTimer(Caller caller, String eventId) {
        LearningEvent event = events.runBy(caller, eventId, EventRight.RUN_ROOM);
        RoomState now = store.state(event.logId());
        return now.timer().running() ? append(event, new RoomChange.TimerPaused(), caller) : now;
    }

    /** Gives the running stage more time: whole seconds, more than none and at most 120 minutes at once. */
    public RoomState addTime(Caller caller, String eventId, Duration more) {
        LearningEvent event = events.runBy(caller, eventId, EventRight.RUN_ROOM);
        if (more == null || more.toSeconds() < 1) {
            throw InvalidInput.because("event.refused.no-time-added");
        }
        if (more.compareTo(MAX_TIME_ADDED) > 0) {
            throw InvalidInput.because("event.refused.too-much-time-added", MAX_TIME_ADDED.toMinutes());
        }
        RoomState now = runningStage(event);
        if (now.timer().allowed().plusSeconds(more.toSeconds()).compareTo(MAX_STAGE_TIME) > 0) {
            throw InvalidInput.because("event.refused.timer-full", MAX_STAGE_TIME.toHours());
        }
        return append(event, new RoomChange.TimeAdded(more.toSeconds()), caller);
    }

    /** Pulls every tablet to the current view; each call pulls again. */
    public RoomState bringEveryone(Caller caller, String eventId) {
        LearningEvent event = events.runBy(caller, eventId, EventRight.RUN_ROOM);
        return append(event, new RoomChange.EveryoneSummoned(), caller);
    }

    /**
     * Freezes participants' input so the facilitator can summarise: what participants then send
     * is refused with a message and kept on their screens; facilitators may still write.
     */
    public RoomState pauseInput(Caller caller, String eventId) {
        LearningEvent event = events.runBy(caller, eventId, EventRight.RUN_ROOM);
        RoomState now = store.state(event.logId());
        return now.paused() ? now : append(event, new RoomChange.InputPaused(), caller);
    }

    /**
     * Writes (or rewrites) the summary shown on the projector while the room is paused; empty
     * text takes it down. A summary belongs to a pause, so outside one it is refused: pause first.
     */
    public RoomState summarise(Caller caller, String eventId, @Nullable String text) {
        LearningEvent event = events.runBy(caller, eventId, EventRight.RUN_ROOM);
        String summary = UserText.optional(text, "event.field.summary", MAX_SUMMARY_LENGTH);
        RoomState now = store.state(event.logId());
        if (!now.paused()) {
            throw InvalidInput.because("event.refused.not-paused");
        }
        if (Objects.equals(now.pauseSummary(), summary)) {
            return now;
        }
        return append(event, new RoomChange.SummaryWritten(summary), caller);
    }

    /** Unfreezes input; a summary written during the pause is kept for the record ({@link RoomState#summaries()}). */
    public RoomState resumeInput(Caller caller, String eventId) {
        LearningEvent event = events.runBy(caller, eventId, EventRight.RUN_ROOM);
        RoomState now = store.state(event.logId());
        return now.paused() ? append(event, new RoomChange.InputResumed(), caller) : now;
    }

    private RoomState runningStage(LearningEvent event) {
        RoomState now = store.state(event.logId());
        if (!now.started()) {
            throw InvalidInput.because("event.refused.no-stage-running");
        }
        return now;
    }

    private RoomState append(LearningEvent event, RoomChange change, Caller caller) {
        changeLog.append(event.logId(), change, caller.actorId());
        return store.state(event.logId());
    }
}
