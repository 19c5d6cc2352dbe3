package org.roundtable.event;

import org.jspecify.annotations.Nullable;

/**
 * A practitioner or manager invited to the learning event: the invitation list the room is
 * checked against. The name is optional and never shown on a shared screen.
 *
 * @param agencyCode the short label of one of the event's agencies
 */
public record Invitee(String role, String agencyCode, @Nullable String name) {
}
