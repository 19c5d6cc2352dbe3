package org.roundtable.board;

import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * A breakout group working on one key theme.
 *
 * @param theme         the theme as it was when the group was created or renamed; later edits to
 *                      the event's key themes do not rewrite it
 * @param themeWeMissed the theme was not among the event's prepared key themes
 * @param members       its members, by agency
 * @param scribeId      the participant who orders the points and marks the key ones, if any
 * @param removed       the facilitator removed the group; its board is kept, read-only
 */
public record BreakoutGroup(String id, String theme, boolean themeWeMissed, List<GroupMember> members,
        @Nullable String scribeId, boolean removed) {

    public BreakoutGroup {
        members = List.copyOf(members);
    }

    public boolean hasMember(String participantId) {
        return members.stream().anyMatch(m -> m.participantId().equals(participantId));
    }

    public Optional<GroupMember> scribe() {
        return members.stream().filter(m -> m.participantId().equals(scribeId)).findFirst();
    }
}
