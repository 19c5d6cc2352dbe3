package org.roundtable.board;

import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.roundtable.live.Change;
import org.roundtable.live.ChangeTypes;

/** Changes to the board, in the event's log. */
sealed interface BoardChange extends Change {

    ChangeTypes TYPES = new ChangeTypes(Map.of(
            "NoteAdded", NoteAdded.class,
            "HindsightOnProjector", HindsightOnProjector.class));

    /**
     * Someone added a note. Who it was stays in the log's actor; screens get only the agency. A
     * note recorded before perspectives existed has none, and counts as what was known then.
     */
    record NoteAdded(String noteId, NotePlace place, NoteKind kind, String text, String agencyCode,
            @Nullable Perspective perspective) implements BoardChange {
    }

    /** A facilitator chose whether the projector shows hindsight notes. */
    record HindsightOnProjector(boolean shown) implements BoardChange {
    }
}
