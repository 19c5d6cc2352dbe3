package org.roundtable.board;

import java.time.Instant;

import org.roundtable.event.Byline;

/**
 * A note as one viewer's screen shows it: who wrote it as a {@link Byline} (the agency or
 * "Anonymous", never a name on a participant's or the projector's screen), and what the
 * facilitator decided about it.
 *
 * @param perspective  what was known then, or hindsight
 * @param privateNote  written while the room writes privately and not revealed yet: only its
 *                     author and the facilitators see it
 * @param triage       the facilitator's decision: open, accepted, answered, merged; hidden
 * @param mergedCount  how many duplicates were merged into this note
 */
public record Note(String id, NotePlace place, NoteKind kind, Perspective perspective, String text, Byline byline,
        Instant at, boolean privateNote, Triage triage, int mergedCount) {

    public boolean hidden() {
        return triage.hidden();
    }

    public boolean merged() {
        return triage.merged();
    }
}
