package org.roundtable.live;

import java.time.Instant;

/**
 * The audit trail of a purged log: which log, who purged it and when, and nothing about what
 * it held.
 *
 * @param logId the purged log, e.g. {@code event:…} (an opaque id, no name or pseudonym)
 * @param actor who purged it, as an opaque actor id
 * @param at    when
 */
public record Purge(String logId, String actor, Instant at) {
}
