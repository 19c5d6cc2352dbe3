package org.roundtable.board;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A learning theme the facilitator clustered learning points into, as one viewer sees it.
 *
 * @param pointIds the points in it that this viewer may see, in the order they were added
 * @param agreed   the room agreed it as a learning theme of the review
 * @param votes    the dot votes it holds, or null while this viewer is not shown the totals
 */
public record LearningTheme(String id, String title, List<String> pointIds, boolean agreed,
        @Nullable Integer votes) {

    public static final int MAX_TITLE_LENGTH = 200;

    public LearningTheme {
        pointIds = List.copyOf(pointIds);
    }
}
