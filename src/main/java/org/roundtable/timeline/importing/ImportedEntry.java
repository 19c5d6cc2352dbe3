package org.roundtable.timeline.importing;

import org.roundtable.timeline.ChronologyDate;
import java.time.LocalTime;

import org.jspecify.annotations.Nullable;

/**
 * One row of an agency's chronology, read and checked, ready to become a timeline entry. Text is
 * cleaned (control characters removed, trimmed) and within the cell limit.
 *
 * @param agencyCode       the agency whose chronology it is
 * @param date             when it happened, as precisely as the agency knew
 * @param time             the time, when given
 * @param endDate          the end of a period ("stayed with grandparents to …"), when given
 * @param whatHappened     the entry's text
 * @param source           the agency's record it comes from
 * @param practitionerRole who acted, by role
 * @param comments         the agency's analysis/comments: for facilitators only, never shown to the room
 * @param reference        the agency's own reference, used to match entries on re-import
 * @param rowNumber        the row in the file it was read from
 */
public record ImportedEntry(String agencyCode, ChronologyDate date, @Nullable LocalTime time,
        @Nullable ChronologyDate endDate, String whatHappened, @Nullable String source,
        @Nullable String practitionerRole, @Nullable String comments, @Nullable String reference, int rowNumber) {
}
