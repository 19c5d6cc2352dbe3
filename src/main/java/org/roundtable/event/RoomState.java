package org.roundtable.event;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The room during the learning event, as every screen follows it.
 *
 * @param stageIndex   index of the running agenda stage, -1 before the first one starts
 * @param stage        the running stage, null before the first one starts
 * @param view         what the projector shows and tablets are pulled to
 * @param focusId      the group shown during feedback (or another view's focus), if any
 * @param timer        the running stage's timer
 * @param paused       input is frozen while the facilitator summarises
 * @param pauseSummary the summary on the projector while paused, if written yet
 * @param summons      goes up each time the facilitator brings everyone to the current view
 * @param summaries    every summary written so far, for the record
 */
public record RoomState(int stageIndex, @Nullable AgendaStage stage, RoomView view, @Nullable String focusId,
        StageTimer timer, boolean paused, @Nullable String pauseSummary, long summons, List<StageSummary> summaries) {

    public static final RoomState NOT_STARTED = new RoomState(-1, null, RoomView.TIMELINE, null, StageTimer.NONE,
            false, null, 0, List.of());

    public RoomState {
        summaries = List.copyOf(summaries);
    }

    public boolean started() {
        return stage != null;
    }
}
