package org.roundtable.board;

import org.jspecify.annotations.Nullable;

/**
 * Someone in a breakout group, as one viewer may see them.
 *
 * @param name the name they gave, only where the event lets this viewer see names
 */
public record GroupMember(String participantId, String role, String agencyCode, @Nullable String name) {
}
