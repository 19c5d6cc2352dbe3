package org.roundtable.live;

import java.time.Instant;

/**
 * A change as it stands in a log: its position, when it was accepted and by whom.
 *
 * @param logId    the log, e.g. {@code event:…} for one learning event
 * @param sequence position in that log, from 1, the same on every node
 * @param at       when the change was accepted
 * @param actor    who made it, as an opaque id (an account or a participant id; never a name)
 * @param change   the fact itself
 */
public record LoggedChange(String logId, long sequence, Instant at, String actor, Change change) {
}
