package org.roundtable.event;

import java.time.Instant;

/**
 * One revision of the terms of reference.
 *
 * @param number     1 for the first revision, then 2, 3…
 * @param markdown   the text as written, in Markdown
 * @param actorId    the opaque id of who wrote it (as in the log)
 * @param authorName the account's user name at the time, for the facilitator's list of versions
 * @param at         when it was saved
 */
public record TermsVersion(int number, String markdown, String actorId, String authorName, Instant at) {
}
