package org.roundtable.record;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import org.roundtable.access.Caller;
import org.springframework.stereotype.Component;

/**
 * The note-taker's running record in the export, oldest first as the day went, each entry with
 * its time, the stage it was written in and its tags. The entries are the note-taker's own
 * words; the rest of the export never attaches a participant's name to anything.
 */
@Component
class NoteTakersRecordSection implements RecordExportSection {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMM HH:mm", Locale.UK)
            .withZone(ZoneId.of("Europe/London"));

    private final NoteTaking noteTaking;

    NoteTakersRecordSection(NoteTaking noteTaking) {
        this.noteTaking = noteTaking;
    }

    @Override
    public int order() {
        return 100;
    }

    @Override
    public Optional<Section> sectionFor(Caller facilitator, String eventId, RecordExportOptions options) {
        List<RecordEntry> entries = new ArrayList<>(noteTaking.recordFor(facilitator, eventId));
        if (entries.isEmpty()) {
            return Optional.empty();
        }
        entries.sort(Comparator.comparing(RecordEntry::at).thenComparing(RecordEntry::id));
        List<Row> rows = entries.stream().map(entry -> new Row(
                TIME.format(entry.at()),
                entry.stageTitle() == null ? "Before the first stage" : entry.stageTitle(),
                entry.tags().stream().map(RecordTag::label).sorted().collect(Collectors.joining(", ")),
                entry.text() + (entry.edited() ? " (edited afterwards)" : ""))).toList();
        return Optional.of(new Section("The note-taker's record", List.of(
                new Paragraph("The note-taker's running record of the day, as written and corrected afterwards. "
                        + "Every earlier version is kept in the event's log.", true),
                new Table(List.of("Time", "Stage", "Tags", "Record"), rows))));
    }
}
