package org.roundtable.board;

import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.roundtable.live.Change;
import org.roundtable.live.ChangeTypes;

/** Changes to the board, in the event's log. */
sealed interface BoardChange extends Change {

    ChangeTypes TYPES = new ChangeTypes(Map.ofEntries(
            Map.entry("NoteAdded", NoteAdded.class),
            Map.entry("HindsightOnProjector", HindsightOnProjector.class),
            Map.entry("PrivateWritingStarted", PrivateWritingStarted.class),
            Map.entry("NotesRevealed", NotesRevealed.class),
            Map.entry("NoteAccepted", NoteAccepted.class),
            Map.entry("QueryAnswered", QueryAnswered.class),
            Map.entry("NotesMerged", NotesMerged.class),
            Map.entry("NoteHidden", NoteHidden.class),
            Map.entry("NoteUnhidden", NoteUnhidden.class)));

    /**
     * Someone added a note. Who it was stays in the log's actor; screens get only the agency. A
     * note recorded before perspectives existed has none, and counts as what was known then.
     * Whether it is private follows from the log: it is if private writing was on when it was added.
     *
     * @param submissionKey the tablet's id for the draft this note was sent from, so a retry is
     *                      recognised; null for notes recorded before keys existed and for callers
     *                      without one
     */
    record NoteAdded(String noteId, NotePlace place, NoteKind kind, String text, String agencyCode,
            @Nullable Perspective perspective, @Nullable String submissionKey) implements BoardChange {

        /** A note without a submission key. */
        NoteAdded(String noteId, NotePlace place, NoteKind kind, String text, String agencyCode,
                @Nullable Perspective perspective) {
            this(noteId, place, kind, text, agencyCode, perspective, null);
        }
    }

    /** A facilitator chose whether the projector shows hindsight notes. */
    record HindsightOnProjector(boolean shown) implements BoardChange {
    }

    /**
     * A facilitator started private writing (or changed how long it lasts).
     *
     * @param untilStageEnds the notes are revealed when the room moves to another stage
     */
    record PrivateWritingStarted(boolean untilStageEnds) implements BoardChange {
    }

    /** A facilitator revealed every private note at once; private writing ends. */
    record NotesRevealed() implements BoardChange {
    }

    /** A facilitator accepted an additional event as a new entry, or a correction onto its entry. */
    record NoteAccepted(String noteId, String entryId) implements BoardChange {
    }

    /** A facilitator answered a query (again, if it was answered before). */
    record QueryAnswered(String noteId, String answer) implements BoardChange {
    }

    /** A facilitator merged a duplicate into another note; the duplicate leaves the board. */
    record NotesMerged(String duplicateId, String intoId) implements BoardChange {
    }

    /** A facilitator hid a note from the room (soft: it can be unhidden). */
    record NoteHidden(String noteId) implements BoardChange {
    }

    record NoteUnhidden(String noteId) implements BoardChange {
    }
}
