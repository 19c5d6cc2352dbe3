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
import org.roundtable.shared.Texts;
import org.springframework.stereotype.Component;

/**
 * The note-taker's running record in the export, oldest first as the day went, each entry with
 * its time, the stage it was written in and its tags. The entries are the note-taker's own
 * words; the rest of the export never attaches a participant's name to anything.
 */
@Component
class NoteTakersRecordSection implements RecordExportSection {


    private final NoteTaking noteTaking;

    NoteTakersRecordSection(NoteTaking noteTaking) {
        this.noteTaking = noteTaking;
    }

    @Override
    public int order() {
        return 100;
    }

    @Override
    public Optional<Section> sectionFor(Caller facilitator, String eventId, RecordExportOptions options,
            Locale language) {
        DateTimeFormatter time = DateTimeFormatter.ofPattern("d MMM HH:mm", language)
                .withZone(ZoneId.of("Europe/London"));
        List<RecordEntry> entries = new ArrayList<>(noteTaking.recordFor(facilitator, eventId));
        if (entries.isEmpty()) {
            return Optional.empty();
        }
        entries.sort(Comparator.comparing(RecordEntry::at).thenComparing(RecordEntry::id));
        List<Row> rows = entries.stream().map(entry -> new Row(
                time.format(entry.at()),
                entry.stageTitle() == null ? Texts.get(language, "record.stage.before-first") : entry.stageTitle(),
                entry.tags().stream().map(tag -> tag.label(language)).sorted().collect(Collectors.joining(", ")),
                entry.text() + (entry.edited() ? " " + Texts.get(language, "record.section.edited") : ""))).toList();
        return Optional.of(new Section(Texts.get(language, "record.section.title"), List.of(
                new Paragraph(Texts.get(language, "record.section.intro"), true),
                new Table(List.of(Texts.get(language, "record.section.time"),
                        Texts.get(language, "record.section.stage"), Texts.get(language, "record.dialog.tags"),
                        Texts.get(language, "record.section.record")), rows))));
    }
}
