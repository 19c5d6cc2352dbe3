package org.roundtable.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class MergedTimelineTest {

    private static final LocalDate MONDAY = LocalDate.of(2024, 1, 8);
    private static final LocalDate TUESDAY = MONDAY.plusDays(1);

    @Test
    void entries_are_in_date_order_whichever_agency_added_them() {
        MergedTimeline timeline = new MergedTimeline(List.of(
                entry("a", "POL", TUESDAY, "09:00"),
                entry("b", "HLT", MONDAY.minusYears(1), "09:00"),
                entry("c", "EDU", MONDAY, "09:00")));

        assertThat(ids(timeline)).containsExactly("b", "c", "a");
    }

    @Test
    void within_a_day_entries_without_a_time_come_first() {
        MergedTimeline timeline = new MergedTimeline(List.of(
                entry("timed-early", "HLT", MONDAY, "00:00"),
                entry("untimed", "POL", MONDAY, null),
                entry("next-day-untimed", "EDU", TUESDAY, null)));

        assertThat(ids(timeline)).containsExactly("untimed", "timed-early", "next-day-untimed");
    }

    @Test
    void within_a_day_timed_entries_are_in_time_order() {
        MergedTimeline timeline = new MergedTimeline(List.of(
                entry("evening", "HLT", MONDAY, "18:45"),
                entry("morning", "HLT", MONDAY, "08:15"),
                entry("noon", "POL", MONDAY, "12:00")));

        assertThat(ids(timeline)).containsExactly("morning", "noon", "evening");
    }

    @Test
    void entries_at_the_same_time_are_in_agency_order() {
        MergedTimeline timeline = new MergedTimeline(List.of(
                entry("police", "POL", MONDAY, "10:00"),
                entry("education", "EDU", MONDAY, "10:00"),
                entry("health", "HLT", MONDAY, "10:00"),
                entry("untimed-police", "POL", MONDAY, null),
                entry("untimed-children", "CSC", MONDAY, null)));

        assertThat(ids(timeline))
                .containsExactly("untimed-children", "untimed-police", "education", "health", "police");
    }

    @Test
    void entries_alike_in_day_time_and_agency_keep_the_order_they_were_added_in() {
        List<TimelineEntry> added = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            added.add(entry("same-" + i, "POL", MONDAY, "10:00"));
            added.add(entry("untimed-" + i, "POL", MONDAY, null));
        }

        MergedTimeline timeline = new MergedTimeline(added);

        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            expected.add("untimed-" + i);
        }
        for (int i = 0; i < 50; i++) {
            expected.add("same-" + i);
        }
        assertThat(ids(timeline)).containsExactlyElementsOf(expected);
    }

    @Test
    void any_mix_of_agencies_chronologies_merges_into_one_order() {
        Random random = new Random(42);
        List<TimelineEntry> added = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            LocalDate day = MONDAY.plusDays(random.nextInt(5));
            String time = random.nextInt(4) == 0 ? null : String.format("%02d:%02d", random.nextInt(3) + 9, 15 * random.nextInt(2));
            added.add(entry(String.valueOf(i), List.of("POL", "HLT", "EDU").get(random.nextInt(3)), day, time));
        }
        Collections.shuffle(added, random);

        List<TimelineEntry> merged = new MergedTimeline(added).entries();

        assertThat(merged).hasSameSizeAs(added).containsExactlyInAnyOrderElementsOf(added);
        for (int i = 1; i < merged.size(); i++) {
            TimelineEntry before = merged.get(i - 1);
            TimelineEntry after = merged.get(i);
            assertThat(comesNoLaterThan(before, after)).as("%s before %s", before, after).isTrue();
            if (sameSlot(before, after)) {
                assertThat(added.indexOf(before)).isLessThan(added.indexOf(after));
            }
        }
    }

    @Test
    void an_entry_is_found_by_its_id() {
        MergedTimeline timeline = new MergedTimeline(List.of(entry("a", "POL", MONDAY, null), entry("b", "HLT", MONDAY, null)));

        assertThat(timeline.entry("b")).map(TimelineEntry::agencyCode).contains("HLT");
        assertThat(timeline.entry("missing")).isEmpty();
        assertThat(timeline.size()).isEqualTo(2);
        assertThat(timeline.isEmpty()).isFalse();
        assertThat(new MergedTimeline(List.of()).isEmpty()).isTrue();
    }

    private static boolean comesNoLaterThan(TimelineEntry a, TimelineEntry b) {
        if (!a.date().date().equals(b.date().date())) {
            return a.date().date().isBefore(b.date().date());
        }
        if (a.time() == null || b.time() == null) {
            return a.time() == null;
        }
        if (!a.time().equals(b.time())) {
            return a.time().isBefore(b.time());
        }
        return a.agencyCode().compareTo(b.agencyCode()) <= 0;
    }

    private static boolean sameSlot(TimelineEntry a, TimelineEntry b) {
        return a.date().equals(b.date()) && java.util.Objects.equals(a.time(), b.time())
                && a.agencyCode().equals(b.agencyCode());
    }

    private static List<String> ids(MergedTimeline timeline) {
        return timeline.entries().stream().map(TimelineEntry::id).toList();
    }

    private static TimelineEntry entry(String id, String agency, LocalDate date, @Nullable String time) {
        return new TimelineEntry(id, agency, ChronologyDate.onDay(date), time == null ? null : LocalTime.parse(time),
                null, "What happened " + id, null, null, null, false);
    }
}
