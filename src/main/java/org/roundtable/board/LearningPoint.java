package org.roundtable.board;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.roundtable.event.Byline;

/**
 * A learning point on the wall as one viewer sees it: who wrote it only as a {@link Byline}.
 *
 * @param entryIds           the timeline entries it is linked to
 * @param sourceGroupPointId the breakout group point a facilitator moved to the wall, if any
 * @param sourceLabel        where it came from, e.g. "Group: Neglect"
 * @param themeId            the learning theme a facilitator clustered it into, if any
 * @param hidden             hidden by a facilitator (only facilitators and its author see it)
 * @param edited             changed since it was added
 */
public record LearningPoint(String id, LearningPointKind kind, String text, List<String> entryIds,
        @Nullable String sourceGroupPointId, @Nullable String sourceLabel, @Nullable String themeId, Byline by,
        boolean hidden, boolean edited, Instant at) {

    public LearningPoint {
        entryIds = List.copyOf(entryIds);
    }
}
