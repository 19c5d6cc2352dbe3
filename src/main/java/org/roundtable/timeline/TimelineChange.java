package org.roundtable.timeline;

import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.roundtable.live.Change;
import org.roundtable.live.ChangeTypes;

/** Changes to the merged timeline, in the event's log. */
sealed interface TimelineChange extends Change {

    ChangeTypes TYPES = new ChangeTypes(Map.of("EntryAdded", EntryAdded.class));

    /** An entry was added to the timeline, with the agency's comments on it if any. */
    record EntryAdded(TimelineEntry entry, @Nullable String comments) implements TimelineChange {
    }
}
