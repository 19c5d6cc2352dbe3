package org.roundtable.record;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.roundtable.event.Byline;

/**
 * One contribution of the room as the note-taker's feed shows it, whatever board it was made on.
 *
 * @param source          where it was made: "Note · Question", "Group point · Police and health", …
 * @param by              its byline (the agency for the note-taker, never a name)
 * @param marks           what the room does not see: "private", "hidden", "merged"; empty otherwise
 * @param timelineEntryId the timeline entry it is about, for a record entry linked to it
 * @param groupPointId    the group point it is, for a record entry linked to it
 */
public record Contribution(String id, String source, String text, Byline by, Instant at, String marks,
        @Nullable String timelineEntryId, @Nullable String groupPointId) {

    public boolean marked() {
        return !marks.isEmpty();
    }
}
