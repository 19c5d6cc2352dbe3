package org.roundtable.board;

import java.util.Comparator;
import java.util.List;

/**
 * One group's board as one viewer may see it: the group, and its points in the scribe's order
 * under each prompt.
 *
 * @param yoursToWrite   the viewer may add points here (a member or a facilitator, while open)
 * @param yoursToArrange the viewer may order points and mark key ones (the scribe or a facilitator)
 */
public record GroupBoard(BreakoutGroup group, List<GroupPoint> points, boolean yoursToWrite,
        boolean yoursToArrange) {

    public GroupBoard {
        points = List.copyOf(points);
    }

    /** The points under {@code prompt}, in the scribe's order. */
    public List<GroupPoint> under(GroupPrompt prompt) {
        return points.stream().filter(p -> p.prompt() == prompt).toList();
    }

    /** The points under {@code prompt} with the key points first, for feedback to the room. */
    public List<GroupPoint> keyPointsFirst(GroupPrompt prompt) {
        return under(prompt).stream().sorted(Comparator.comparing(p -> !p.keyPoint())).toList();
    }
}
