package org.roundtable.access;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One line of the audit trail: who did what, when, and to which event. Never holds case content
 * or a participant's name: a participant appears by an opaque id and agency.
 *
 * @param at      when
 * @param who     the account's user name, "participant 1a2b3c4d (CSC)", "projector", "system", or
 *                the user name typed at a failed sign-in
 * @param action  what happened
 * @param eventId the learning event concerned, if any
 * @param detail  a few words more (which export, which setting); no case content
 */
public record AuditEntry(Instant at, String who, AuditAction action, @Nullable String eventId, String detail) {
}
