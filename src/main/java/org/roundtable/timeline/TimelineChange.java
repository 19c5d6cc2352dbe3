package org.roundtable.timeline;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.roundtable.live.Change;
import org.roundtable.live.ChangeTypes;
import org.roundtable.timeline.importing.ChronologyField;

/** Changes to the merged timeline, in the event's log. */
sealed interface TimelineChange extends Change {

    ChangeTypes TYPES = new ChangeTypes(Map.of(
            "EntryAdded", EntryAdded.class,
            "EntryEdited", EntryEdited.class,
            "EntryRemoved", EntryRemoved.class,
            "KeyEventMarked", KeyEventMarked.class,
            "ChronologyImported", ChronologyImported.class,
            "MappingRemembered", MappingRemembered.class,
            "EntryAddedAtEvent", EntryAddedAtEvent.class,
            "EntryCorrectedAtEvent", EntryCorrectedAtEvent.class));

    /** An entry was added to the timeline, with the agency's comments on it if any. */
    record EntryAdded(TimelineEntry entry, @Nullable String comments) implements TimelineChange {
    }

    /** A facilitator changed an entry; both sides are kept for the record. */
    record EntryEdited(TimelineEntry before, @Nullable String commentsBefore, TimelineEntry after,
            @Nullable String commentsAfter) implements TimelineChange {
    }

    /** A facilitator removed an entry; what it said is kept for the record. */
    record EntryRemoved(TimelineEntry before, @Nullable String commentsBefore) implements TimelineChange {
    }

    /** A facilitator flagged or unflagged an entry as a key event. */
    record KeyEventMarked(String entryId, boolean keyEvent) implements TimelineChange {
    }

    /**
     * One agency's chronology imported, replacing that agency's entries as one step. Entries that
     * match an earlier one (by the agency's reference, or by date and text) keep its id, so the
     * notes on them stay.
     *
     * @param entries   the agency's entries from now on, with their comments
     * @param removed   ids of the agency's earlier entries that the new file no longer has
     * @param fileName  the file it came from
     */
    record ChronologyImported(String agencyCode, List<EntryAdded> entries, List<String> removed, String fileName)
            implements TimelineChange {
    }

    /** The column headings an agency's chronology used, remembered for its next file (own log). */
    record MappingRemembered(String agencyName, Map<ChronologyField, String> headings) implements TimelineChange {
    }

    /**
     * A facilitator accepted a missing event the room raised (a note) into the timeline.
     *
     * @param noteId the note it came from, if any
     */
    record EntryAddedAtEvent(TimelineEntry entry, @Nullable String noteId) implements TimelineChange {
    }

    /**
     * A facilitator accepted a correction the room raised onto an entry; the entry before is kept
     * for the record, and so are the agency's comments on it.
     *
     * @param noteId the note it came from, if any
     */
    record EntryCorrectedAtEvent(TimelineEntry before, TimelineEntry after, @Nullable String noteId)
            implements TimelineChange {
    }
}
