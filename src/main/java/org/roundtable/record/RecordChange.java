package org.roundtable.record;

import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.roundtable.live.Change;
import org.roundtable.live.ChangeTypes;

/** Changes to the note-taker's running record, in the event's log. */
sealed interface RecordChange extends Change permits RecordChange.RecordEntryAdded, RecordChange.RecordEntryEdited {

    ChangeTypes TYPES = new ChangeTypes(Map.of(
            "RecordEntryAdded", RecordEntryAdded.class,
            "RecordEntryEdited", RecordEntryEdited.class));

    /** An entry was written; the running stage is taken when it was written, so every node agrees. */
    record RecordEntryAdded(String entryId, String text, Set<RecordTag> tags, int stageIndex,
            @Nullable String stageTitle, @Nullable String timelineEntryId, @Nullable String groupPointId)
            implements RecordChange {
    }

    /** An entry was rewritten; its earlier versions stay in the log and in {@link RecordStore}. */
    record RecordEntryEdited(String entryId, String text, Set<RecordTag> tags, @Nullable String timelineEntryId,
            @Nullable String groupPointId) implements RecordChange {
    }
}
