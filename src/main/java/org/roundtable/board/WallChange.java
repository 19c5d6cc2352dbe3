package org.roundtable.board;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.roundtable.live.Change;
import org.roundtable.live.ChangeTypes;

/**
 * Changes to the learning wall (points, learning themes, the dot vote), in the event's log. Who
 * made each stays in the log's actor; a vote's voter is read from there and never shown.
 */
sealed interface WallChange extends Change {

    ChangeTypes TYPES = new ChangeTypes(Map.ofEntries(
            Map.entry("LearningPointAdded", LearningPointAdded.class),
            Map.entry("LearningPointEdited", LearningPointEdited.class),
            Map.entry("LearningPointWithdrawn", LearningPointWithdrawn.class),
            Map.entry("LearningPointHidden", LearningPointHidden.class),
            Map.entry("LearningPointThemed", LearningPointThemed.class),
            Map.entry("LearningThemeCreated", LearningThemeCreated.class),
            Map.entry("LearningThemeRenamed", LearningThemeRenamed.class),
            Map.entry("LearningThemesMerged", LearningThemesMerged.class),
            Map.entry("LearningThemeRemoved", LearningThemeRemoved.class),
            Map.entry("LearningThemeAgreed", LearningThemeAgreed.class),
            Map.entry("DotVotingOpened", DotVotingOpened.class),
            Map.entry("DotVotingClosed", DotVotingClosed.class),
            Map.entry("DotVoteCast", DotVoteCast.class),
            Map.entry("DotVoteTakenBack", DotVoteTakenBack.class)));

    /**
     * Someone added a learning point; a facilitator moving a breakout group's point to the wall
     * names that point and its group.
     *
     * @param agencyCode the author's agency, null for a facilitator
     */
    record LearningPointAdded(String pointId, LearningPointKind kind, String text, List<String> entryIds,
            @Nullable String agencyCode, @Nullable String sourceGroupPointId, @Nullable String sourceLabel)
            implements WallChange {
    }

    /** Its author or a facilitator changed a point. */
    record LearningPointEdited(String pointId, LearningPointKind kind, String text, List<String> entryIds)
            implements WallChange {
    }

    /** Its author took a point off the wall; the record keeps it. */
    record LearningPointWithdrawn(String pointId) implements WallChange {
    }

    /** A facilitator hid a point from the room, or showed it again. */
    record LearningPointHidden(String pointId, boolean hidden) implements WallChange {
    }

    /** A facilitator moved a point into a learning theme, or out of any (null). */
    record LearningPointThemed(String pointId, @Nullable String themeId) implements WallChange {
    }

    record LearningThemeCreated(String themeId, String title) implements WallChange {
    }

    record LearningThemeRenamed(String themeId, String title) implements WallChange {
    }

    /** The points of one theme joined another; the first theme is gone and its dots returned. */
    record LearningThemesMerged(String fromThemeId, String intoThemeId) implements WallChange {
    }

    /** A theme is gone: its points are unclustered again and its dots returned. */
    record LearningThemeRemoved(String themeId) implements WallChange {
    }

    /** The facilitator marked a theme as agreed by the room, or took that back. */
    record LearningThemeAgreed(String themeId, boolean agreed) implements WallChange {
    }

    record DotVotingOpened(int votesPerPerson, boolean liveTotals) implements WallChange {
    }

    record DotVotingClosed() implements WallChange {
    }

    /** The actor placed one dot on a theme. */
    record DotVoteCast(String themeId) implements WallChange {
    }

    /** The actor took one of their dots back from a theme. */
    record DotVoteTakenBack(String themeId) implements WallChange {
    }
}
