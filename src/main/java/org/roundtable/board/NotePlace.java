package org.roundtable.board;

import org.jspecify.annotations.Nullable;

/**
 * Where a note sits on the timeline: on an entry, or in the gap after an entry (a missing
 * event); a gap with no entry is before the first one.
 */
public record NotePlace(Kind kind, @Nullable String entryId) {

    public enum Kind {
        ON_ENTRY, GAP_AFTER
    }

    public static NotePlace onEntry(String entryId) {
        return new NotePlace(Kind.ON_ENTRY, entryId);
    }

    public static NotePlace gapAfter(@Nullable String entryId) {
        return new NotePlace(Kind.GAP_AFTER, entryId);
    }
}
