package org.roundtable.timeline;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A facilitator's change to an entry, for the record: who, when, and what it said before and after.
 *
 * @param actor  the opaque id of who changed it
 * @param before null for an added entry
 * @param after  null for a removed entry
 */
public record EntryRevision(Instant at, String actor, Kind kind, @Nullable TimelineEntry before,
        @Nullable TimelineEntry after) {

    public enum Kind {
        ADDED, EDITED, REMOVED
    }
}
