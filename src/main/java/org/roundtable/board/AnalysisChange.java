package org.roundtable.board;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.roundtable.live.Change;
import org.roundtable.live.ChangeTypes;

/** Changes to the room's analysis of timeline entries, in the event's log. */
sealed interface AnalysisChange extends Change {

    ChangeTypes TYPES = new ChangeTypes(Map.of("EntryAnalysed", EntryAnalysed.class));

    /**
     * Someone in the room set the analysis of an entry, replacing what was there. Who it was stays
     * in the log's actor.
     *
     * @param agencyCode the author's agency, or "Facilitator"
     */
    record EntryAnalysed(String entryId, List<Factor> factors, @Nullable InterventionMode mode,
            @Nullable String alternatives, String agencyCode) implements AnalysisChange {
    }
}
