package org.roundtable.timeline;

import java.time.LocalTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * All agencies' entries of one learning event in one order: by date (a month or a year known
 * only sorts at its first day); within a day, entries without a time first, then by time, then by
 * agency; entries alike in all that keep the order they were added in.
 */
public record MergedTimeline(List<TimelineEntry> entries) {

    static final Comparator<TimelineEntry> ORDER = Comparator
            .comparing((TimelineEntry entry) -> entry.date().date())
            .thenComparing(TimelineEntry::time, Comparator.nullsFirst(Comparator.<LocalTime>naturalOrder()))
            .thenComparing(TimelineEntry::agencyCode);

    public MergedTimeline {
        entries = entries.stream().sorted(ORDER).toList();
    }

    public Optional<TimelineEntry> entry(String id) {
        return entries.stream().filter(e -> e.id().equals(id)).findFirst();
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }

    public int size() {
        return entries.size();
    }
}
