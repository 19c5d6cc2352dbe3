package org.roundtable.event;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * Someone who joined the room from a tablet or phone.
 *
 * @param name the name they gave, only where the viewer may see it (see {@link RoomSettings})
 */
public record RoomMember(String participantId, String role, String agencyCode, @Nullable String name,
        Instant joinedAt) {

    /** The id their contributions carry as the log's actor. */
    public String actorId() {
        return "participant:" + participantId;
    }

    RoomMember withoutName() {
        return name == null ? this : new RoomMember(participantId, role, agencyCode, null, joinedAt);
    }
}
