package org.roundtable.board;

import java.util.Map;

import org.roundtable.live.Change;
import org.roundtable.live.ChangeTypes;

/** Changes to the board, in the event's log. */
sealed interface BoardChange extends Change {

    ChangeTypes TYPES = new ChangeTypes(Map.of("NoteAdded", NoteAdded.class));

    /** Someone added a note. Who it was stays in the log's actor; screens get only the agency. */
    record NoteAdded(String noteId, NotePlace place, NoteKind kind, String text, String agencyCode)
            implements BoardChange {
    }
}
