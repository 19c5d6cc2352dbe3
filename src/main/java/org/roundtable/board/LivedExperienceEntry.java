package org.roundtable.board;

import java.time.Instant;

import org.roundtable.event.Byline;

/**
 * What someone wrote about the child's daily life in one period, as one viewer sees it.
 *
 * @param hidden hidden by a facilitator (only facilitators and its author still see it)
 * @param edited changed by its author since it was added
 */
public record LivedExperienceEntry(String id, String periodId, String text, Byline by, boolean hidden,
        boolean edited, Instant at) {

    public static final int MAX_LENGTH = 1_000;
}
