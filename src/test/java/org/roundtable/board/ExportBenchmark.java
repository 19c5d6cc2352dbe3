package org.roundtable.board;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.roundtable.access.Caller;
import org.roundtable.event.LearningEvent;
import org.roundtable.live.ChangeLog;
import org.roundtable.record.RecordExport;
import org.roundtable.record.RecordExportFormat;
import org.roundtable.record.RecordExportOptions;
import org.roundtable.testing.TestRoom;
import org.roundtable.timeline.ChronologyDate;
import org.roundtable.timeline.NewTimelineEntry;
import org.roundtable.timeline.Timelines;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * How long exporting a learning event's record takes, for events of 1,000 and 5,000 notes, in
 * every format; run by {@code bench/run}, never by {@code verify}. Writes
 * {@code target/bench/export.md}. The target from the issue: a 5,000-item event exports in
 * seconds, not minutes.
 */
@Tag("bench")
@SpringBootTest
@ActiveProfiles("test")
class ExportBenchmark {

    private static final int ROUNDS = 3;

    @Autowired
    TestRoom room;
    @Autowired
    Timelines timelines;
    @Autowired
    ChangeLog changeLog;
    @Autowired
    RecordExport export;

    @Test
    void export_times_for_one_and_five_thousand_notes() throws IOException {
        StringBuilder report = new StringBuilder("# Export benchmark\n\n")
                .append("Machine: ").append(Runtime.getRuntime().availableProcessors()).append(" cores, Java ")
                .append(Runtime.version()).append(". Best of ").append(ROUNDS)
                .append(" rounds after one warm-up; milliseconds.\n\n")
                .append("| notes | format | ms | bytes | ms per 1,000 notes |\n|---|---|---|---|---|\n");
        List<Long> perFormatAt5000 = new ArrayList<>();
        List<Long> perFormatAt1000 = new ArrayList<>();
        for (int notes : List.of(1_000, 5_000)) {
            Caller.Account owner = room.anotherFacilitator();
            LearningEvent event = eventWith(owner, notes);
            for (RecordExportFormat format : RecordExportFormat.values()) {
                export.export(owner, event.id(), RecordExportOptions.ANONYMISED, format);
                long best = Long.MAX_VALUE;
                int size = 0;
                for (int round = 0; round < ROUNDS; round++) {
                    long start = System.nanoTime();
                    size = export.export(owner, event.id(), RecordExportOptions.ANONYMISED, format).bytes().length;
                    best = Math.min(best, (System.nanoTime() - start) / 1_000_000);
                }
                (notes == 1_000 ? perFormatAt1000 : perFormatAt5000).add(best);
                report.append(String.format(Locale.UK, "| %,d | %s | %,d | %,d | %.0f |%n", notes, format.label(),
                        best, size, best * 1000.0 / notes));
            }
        }
        report.append("\nRatio 5,000 / 1,000 notes per format (5.0 would be linear): ");
        for (int i = 0; i < perFormatAt1000.size(); i++) {
            report.append(RecordExportFormat.values()[i].label()).append(' ')
                    .append(String.format(Locale.UK, "%.1f",
                            (double) perFormatAt5000.get(i) / Math.max(1, perFormatAt1000.get(i))))
                    .append(i + 1 < perFormatAt1000.size() ? ", " : ".\n");
        }
        Path out = Path.of("target", "bench", "export.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
        System.out.println(report);
    }

    private LearningEvent eventWith(Caller.Account owner, int notes) {
        LearningEvent event = room.newEvent(owner, "Bench " + notes);
        List<NewTimelineEntry> entries = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            entries.add(new NewTimelineEntry(i % 2 == 0 ? "POL" : "HV",
                    ChronologyDate.onDay(LocalDate.of(2025, 1, 1).plusDays(i)), null, null, "Contact " + i,
                    "Case record", "Practitioner", null, null));
        }
        timelines.addAll(owner, event.id(), entries);
        FiveThousandItemExportTest.fill(changeLog, room.join(event, owner, "POL"), event,
                timelines.timelineFor(owner, event.id()).entries(), notes);
        return event;
    }
}
