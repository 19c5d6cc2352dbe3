package org.roundtable.board;

import java.time.Instant;

/**
 * A note as screens show it: the author's agency, never the author.
 *
 * @param perspective what was known then, or hindsight
 * @param agencyCode the author's agency, or {@link #FACILITATOR} for a facilitator's note
 */
public record Note(String id, NotePlace place, NoteKind kind, Perspective perspective, String text, String agencyCode,
        Instant at) {

    /** The label shown for a note a facilitator added. */
    public static final String FACILITATOR = "Facilitator";
}
