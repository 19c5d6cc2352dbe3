package org.roundtable.timeline;

import java.time.LocalTime;
import java.util.Locale;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.roundtable.shared.Texts;

/**
 * One thing an agency did, as the room sees it. The agency's analysis/comments column is not
 * part of it: facilitators get that separately ({@link Timelines#commentsFor}).
 *
 * @param id               stable id; kept when a re-import matches the entry, so its notes stay
 * @param agencyCode       the agency's short label
 * @param date             the day, month or year it happened, as the agency gave it
 * @param time             the time, when the chronology gives one
 * @param endDate          when it ended, for something that went on over a period
 * @param whatHappened     the entry's text
 * @param source           the agency's record it comes from
 * @param practitionerRole who acted, by role
 * @param reference        the agency's own reference for the entry
 * @param keyEvent         flagged by the facilitator as a key event
 * @param origin           prepared, or added or corrected at the learning event; an entry
 *                         recorded before origins existed was prepared
 */
public record TimelineEntry(String id, String agencyCode, ChronologyDate date, @Nullable LocalTime time,
        @Nullable ChronologyDate endDate, String whatHappened, @Nullable String source,
        @Nullable String practitionerRole, @Nullable String reference, boolean keyEvent, EntryOrigin origin) {

    public TimelineEntry {
        // Old logs have no origin: those entries were prepared.
        origin = Objects.requireNonNullElse(origin, EntryOrigin.PREPARED);
    }

    /** A prepared entry. */
    public TimelineEntry(String id, String agencyCode, ChronologyDate date, @Nullable LocalTime time,
            @Nullable ChronologyDate endDate, String whatHappened, @Nullable String source,
            @Nullable String practitionerRole, @Nullable String reference, boolean keyEvent) {
        this(id, agencyCode, date, time, endDate, whatHappened, source, practitionerRole, reference, keyEvent,
                EntryOrigin.PREPARED);
    }

    /** When it happened, as the room reads it: "3 Apr 2019, 14:30", "c. Apr 2019", "3 Apr 2019 to 9 May 2019". */
    public String when() {
        String text = date.display() + (time == null ? "" : ", " + time);
        return endDate == null ? text : text + " to " + endDate.display();
    }

    /** When it happened, in {@code locale}'s language: "3 Ebr 2019, 14:30 i 5 Ebr 2019" in Welsh. */
    public String when(Locale locale) {
        String start = date.display(locale) + (time == null ? "" : ", " + time);
        return endDate == null ? start
                : Texts.get(locale, "timeline.entry.when-period", start, endDate.display(locale));
    }

    TimelineEntry withKeyEvent(boolean flagged) {
        return new TimelineEntry(id, agencyCode, date, time, endDate, whatHappened, source, practitionerRole,
                reference, flagged, origin);
    }

    TimelineEntry withOrigin(EntryOrigin changed) {
        return new TimelineEntry(id, agencyCode, date, time, endDate, whatHappened, source, practitionerRole,
                reference, keyEvent, changed);
    }
}
