package org.roundtable.timeline;

import java.time.LocalDate;
import java.time.LocalTime;

import org.jspecify.annotations.Nullable;

/**
 * One thing an agency did, as the room sees it. The agency's analysis/comments column is not
 * part of it: facilitators get that separately ({@link Timelines#commentsFor}).
 *
 * @param id               stable id
 * @param agencyCode       the agency's short label
 * @param date             the day it happened
 * @param time             the time, when the chronology gives one
 * @param whatHappened     the entry's text
 * @param source           the agency's record it comes from
 * @param practitionerRole who acted, by role
 */
public record TimelineEntry(String id, String agencyCode, LocalDate date, @Nullable LocalTime time,
        String whatHappened, @Nullable String source, @Nullable String practitionerRole) {
}
