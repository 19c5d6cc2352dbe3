package org.roundtable.timeline;

import java.time.LocalTime;

import org.jspecify.annotations.Nullable;

/** An entry as a facilitator types it or an import reads it, before it is checked. */
public record NewTimelineEntry(@Nullable String agencyCode, @Nullable ChronologyDate date, @Nullable LocalTime time,
        @Nullable ChronologyDate endDate, @Nullable String whatHappened, @Nullable String source,
        @Nullable String practitionerRole, @Nullable String comments, @Nullable String reference) {
}
