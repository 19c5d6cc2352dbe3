package org.roundtable.event;

import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.roundtable.access.Caller;
import org.springframework.stereotype.Service;

/**
 * Running the room through the agenda: the facilitator moves stages, runs each stage's timer,
 * brings every tablet to the current view, and pauses input to summarise. Every screen follows
 * {@link #stateFor}.
 */
@Service
public class RoomStages {

    /** The room now, for anyone of the event. */
    public RoomState stateFor(Caller caller, String eventId) {
        throw new UnsupportedOperationException("not yet");
    }

    /** Moves the room to agenda stage {@code index}: its default view, its timer reset to its planned minutes. */
    public RoomState moveTo(Caller caller, String eventId, int index) {
        throw new UnsupportedOperationException("not yet");
    }

    /** Shows another view on the projector (and for "bring everyone here"); {@code focusId} e.g. a group. */
    public RoomState show(Caller caller, String eventId, RoomView view, @Nullable String focusId) {
        throw new UnsupportedOperationException("not yet");
    }

    public RoomState startTimer(Caller caller, String eventId) {
        throw new UnsupportedOperationException("not yet");
    }

    public RoomState pauseTimer(Caller caller, String eventId) {
        throw new UnsupportedOperationException("not yet");
    }

    public RoomState addTime(Caller caller, String eventId, Duration more) {
        throw new UnsupportedOperationException("not yet");
    }

    /** Pulls every tablet to the current view. */
    public RoomState bringEveryone(Caller caller, String eventId) {
        throw new UnsupportedOperationException("not yet");
    }

    /** Freezes participants' input so the facilitator can summarise. */
    public RoomState pauseInput(Caller caller, String eventId) {
        throw new UnsupportedOperationException("not yet");
    }

    /** Writes (or rewrites) the summary shown on the projector while paused. */
    public RoomState summarise(Caller caller, String eventId, @Nullable String text) {
        throw new UnsupportedOperationException("not yet");
    }

    /** Unfreezes input; a summary written during the pause is kept for the record. */
    public RoomState resumeInput(Caller caller, String eventId) {
        throw new UnsupportedOperationException("not yet");
    }
}
