package org.roundtable.timeline;

import java.time.LocalDate;
import java.time.LocalTime;

import org.jspecify.annotations.Nullable;

/** An entry as a facilitator or an import gives it, before it is checked. */
public record NewTimelineEntry(@Nullable String agencyCode, @Nullable LocalDate date, @Nullable LocalTime time,
        @Nullable String whatHappened, @Nullable String source, @Nullable String practitionerRole,
        @Nullable String comments) {
}
