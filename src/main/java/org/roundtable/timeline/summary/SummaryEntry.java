package org.roundtable.timeline.summary;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * One key event as the summary prints it. There is no field for the agency's analysis/comments
 * column, on purpose: see {@link KeyEventsSummary}.
 *
 * @param dateDisplay  the date as the timeline shows it, e.g. "3 Apr 2019" or "c. Apr 2019"
 * @param timeDisplay  the time as the timeline shows it, when the chronology gives one
 * @param agencyCode   the code of an agency in {@link KeyEventsSummary#agencies()}
 * @param whatHappened the entry's text
 * @param source       the agency's record it comes from, when given
 */
public record SummaryEntry(String dateDisplay, @Nullable String timeDisplay, String agencyCode,
        String whatHappened, @Nullable String source) {

    public SummaryEntry {
        Objects.requireNonNull(dateDisplay, "dateDisplay");
        Objects.requireNonNull(agencyCode, "agencyCode");
        Objects.requireNonNull(whatHappened, "whatHappened");
    }
}
