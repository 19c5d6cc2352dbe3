package org.roundtable.board;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.roundtable.event.Byline;

/**
 * A point on a group's board, under one prompt, as one viewer may see it: who wrote it only as
 * a {@link Byline}, never a name on a shared screen.
 *
 * @param timelineEntryId the timeline entry the point is about, if any
 * @param onLearningWall  a facilitator moved it to the learning wall
 * @param edited          its author changed it after adding it
 */
public record GroupPoint(String id, String groupId, GroupPrompt prompt, String text, Byline by,
        boolean goodPractice, boolean keyPoint, boolean onLearningWall, @Nullable String timelineEntryId,
        Instant at, boolean edited) {
}
