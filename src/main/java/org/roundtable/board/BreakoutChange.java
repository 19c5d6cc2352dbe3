package org.roundtable.board;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.roundtable.live.Change;
import org.roundtable.live.ChangeTypes;

/**
 * Changes to the breakout groups and their boards, in the event's log. Who made a change stays
 * in the log's actor; a point's author is that actor.
 */
sealed interface BreakoutChange extends Change {

    ChangeTypes TYPES = new ChangeTypes(Map.ofEntries(
            Map.entry("BreakoutGroupCreated", GroupCreated.class),
            Map.entry("BreakoutGroupRenamed", GroupRenamed.class),
            Map.entry("BreakoutGroupRemoved", GroupRemoved.class),
            Map.entry("BreakoutGroupsBalanced", GroupsBalanced.class),
            Map.entry("BreakoutMemberAssigned", MemberAssigned.class),
            Map.entry("BreakoutScribeChosen", ScribeChosen.class),
            Map.entry("BreakoutPointAdded", PointAdded.class),
            Map.entry("BreakoutPointEdited", PointEdited.class),
            Map.entry("BreakoutPointWithdrawn", PointWithdrawn.class),
            Map.entry("BreakoutPointGoodPractice", GoodPracticeMarked.class),
            Map.entry("BreakoutPointKey", KeyPointMarked.class),
            Map.entry("BreakoutPointPlaced", PointPlaced.class),
            Map.entry("BreakoutPointOnLearningWall", PointMovedToLearningWall.class)));

    /** Why someone was put in a group outside a balancing. */
    enum Assignment {
        /** A facilitator moved them (by menu or by drag). */
        MOVED,
        /** They arrived after the groups were formed; applies only while they are in no group. */
        NEWCOMER
    }

    /** A group on one theme; the theme's text is kept here so later edits to key themes leave it be. */
    record GroupCreated(String groupId, String theme, boolean themeWeMissed) implements BreakoutChange {
    }

    record GroupRenamed(String groupId, String theme) implements BreakoutChange {
    }

    /** The group is closed; its members are in no group, its points stay readable. */
    record GroupRemoved(String groupId) implements BreakoutChange {
    }

    /** Everyone listed is put in the group given; anyone not listed keeps their group. */
    record GroupsBalanced(List<Placement> placements) implements BreakoutChange {
        public GroupsBalanced {
            placements = List.copyOf(placements);
        }
    }

    /** One person's group after balancing, with their agency so the board needs nothing else. */
    record Placement(String participantId, String agencyCode, String groupId) {
    }

    record MemberAssigned(String participantId, String agencyCode, String groupId, Assignment how)
            implements BreakoutChange {
    }

    /**
     * The group's scribe changed; null clears it. A volunteer applies only while the group has
     * no scribe, so two people volunteering at once leaves the first.
     */
    record ScribeChosen(String groupId, @Nullable String participantId, boolean volunteered)
            implements BreakoutChange {
    }

    /** @param agencyCode the author's agency; null for a facilitator */
    record PointAdded(String groupId, String pointId, GroupPrompt prompt, String text, @Nullable String agencyCode,
            @Nullable String timelineEntryId) implements BreakoutChange {
    }

    record PointEdited(String groupId, String pointId, String text, @Nullable String timelineEntryId)
            implements BreakoutChange {
    }

    /** The author took the point back; it stays in the log. */
    record PointWithdrawn(String groupId, String pointId) implements BreakoutChange {
    }

    record GoodPracticeMarked(String groupId, String pointId, boolean goodPractice) implements BreakoutChange {
    }

    record KeyPointMarked(String groupId, String pointId, boolean keyPoint) implements BreakoutChange {
    }

    /** The scribe put the point at {@code position} (from 0) among the points under its prompt. */
    record PointPlaced(String groupId, String pointId, int position) implements BreakoutChange {
    }

    record PointMovedToLearningWall(String groupId, String pointId) implements BreakoutChange {
    }
}
