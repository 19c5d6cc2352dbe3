package org.roundtable.event;

import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.roundtable.live.Change;
import org.roundtable.live.ChangeTypes;

/** Changes to the running room (stage, timer, pause, principles proposals), in the event's log. */
sealed interface RoomChange extends Change permits StageStarted, RoomChange.ViewShown, RoomChange.TimerStarted,
        RoomChange.TimerPaused, RoomChange.TimeAdded, RoomChange.EveryoneSummoned, RoomChange.InputPaused,
        RoomChange.SummaryWritten, RoomChange.InputResumed, RoomChange.PrincipleProposed,
        RoomChange.ProposalAccepted, RoomChange.ProposalDeclined, RoomChange.PrincipleAdded {

    ChangeTypes TYPES = new ChangeTypes(Map.ofEntries(
            Map.entry("StageStarted", StageStarted.class),
            Map.entry("RoomViewShown", ViewShown.class),
            Map.entry("StageTimerStarted", TimerStarted.class),
            Map.entry("StageTimerPaused", TimerPaused.class),
            Map.entry("StageTimeAdded", TimeAdded.class),
            Map.entry("EveryoneSummoned", EveryoneSummoned.class),
            Map.entry("RoomInputPaused", InputPaused.class),
            Map.entry("RoomSummaryWritten", SummaryWritten.class),
            Map.entry("RoomInputResumed", InputResumed.class),
            Map.entry("PrincipleProposed", PrincipleProposed.class),
            Map.entry("PrincipleProposalAccepted", ProposalAccepted.class),
            Map.entry("WorkingPrincipleAdded", PrincipleAdded.class),
            Map.entry("PrincipleProposalDeclined", ProposalDeclined.class)));

    /** The facilitator showed another view on the projector without changing the stage. */
    record ViewShown(RoomView view, @Nullable String focusId) implements RoomChange {
    }

    /** The running stage's timer started (again) counting down. */
    record TimerStarted() implements RoomChange {
    }

    record TimerPaused() implements RoomChange {
    }

    /** The facilitator gave the running stage more time. */
    record TimeAdded(long seconds) implements RoomChange {
    }

    /** "Bring everyone here": every tablet goes to the current view. */
    record EveryoneSummoned() implements RoomChange {
    }

    /** Participants' input is frozen while the facilitator summarises. */
    record InputPaused() implements RoomChange {
    }

    /** The summary shown on the projector during the pause; null takes it down again. */
    record SummaryWritten(@Nullable String text) implements RoomChange {
    }

    /** The room carries on; the summary of the pause goes into the record. */
    record InputResumed() implements RoomChange {
    }

    /**
     * Someone proposed an addition to the working principles. Who it was stays in the log's
     * actor; the agency (null for a facilitator) is kept for the byline.
     */
    record PrincipleProposed(String proposalId, String text, @Nullable String agencyCode) implements RoomChange {
    }

    /**
     * A facilitator accepted a proposal; the principle itself is added by {@link PrincipleAdded} in
     * the same step (in older logs, by a whole new list of principles).
     */
    record ProposalAccepted(String proposalId) implements RoomChange {
    }

    /**
     * One principle added to the event's working principles. An addition rather than the whole
     * list, so that two facilitators accepting proposals at the same moment on two nodes both
     * land, in log order; the read model skips a principle already there or one over the limit.
     */
    record PrincipleAdded(String proposalId, String text) implements RoomChange {
    }

    record ProposalDeclined(String proposalId) implements RoomChange {
    }
}
