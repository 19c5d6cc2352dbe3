package org.roundtable.board;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.roundtable.access.Caller;
import org.roundtable.event.LearningEvent;
import org.roundtable.live.ChangeLog;
import org.roundtable.record.RecordExport;
import org.roundtable.record.RecordExportFormat;
import org.roundtable.record.RecordExportOptions;
import org.roundtable.testing.ExportedText;
import org.roundtable.testing.TestRoom;
import org.roundtable.timeline.ChronologyDate;
import org.roundtable.timeline.NewTimelineEntry;
import org.roundtable.timeline.TimelineEntry;
import org.roundtable.timeline.Timelines;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * A big learning event, 5,000 notes across 50 timeline entries, exports complete in every
 * format. The notes go into the log in batches, as a busy room's would arrive, rather than one
 * durable call each; how long the export takes is measured by the benchmark
 * ({@code bench/run}), not asserted here.
 */
@SpringBootTest
@ActiveProfiles("test")
class FiveThousandItemExportTest {

    static final int NOTES = 5_000;

    @Autowired
    TestRoom room;
    @Autowired
    Timelines timelines;
    @Autowired
    ChangeLog changeLog;
    @Autowired
    RecordExport export;

    Caller.Account owner;
    LearningEvent event;

    @BeforeEach
    void aBusyRoom() {
        owner = room.anotherFacilitator();
        event = room.newEvent(owner, "Child M");
        List<NewTimelineEntry> entries = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            entries.add(new NewTimelineEntry(i % 2 == 0 ? "POL" : "HV",
                    ChronologyDate.onDay(LocalDate.of(2025, 1, 1).plusDays(i)), null, null, "Contact " + i,
                    "Case record", "Practitioner", null, null));
        }
        timelines.addAll(owner, event.id(), entries);
        fill(changeLog, room.join(event, owner, "POL"), event, timelines.timelineFor(owner, event.id()).entries(),
                NOTES);
    }

    /** Adds {@code count} notes, round the entries, in batches of 500 appends. */
    static void fill(ChangeLog changeLog, Caller.Participant author, LearningEvent event, List<TimelineEntry> entries,
            int count) {
        for (int start = 0; start < count; start += 500) {
            List<BoardChange.NoteAdded> batch = new ArrayList<>();
            for (int i = start; i < Math.min(count, start + 500); i++) {
                batch.add(new BoardChange.NoteAdded(UUID.randomUUID().toString(),
                        NotePlace.onEntry(entries.get(i % entries.size()).id()), NoteKind.COMMENT,
                        "Busy note " + i + " ✓ عربى", author.agencyCode(), Perspective.AT_THE_TIME));
            }
            changeLog.appendAll(event.logId(), batch, author.actorId());
        }
    }

    @Test
    void five_thousand_notes_are_all_in_every_format() throws IOException {
        assertThat(export.recordFor(owner, event.id(), RecordExportOptions.ANONYMISED).contributionCount())
                .isEqualTo(NOTES);
        for (RecordExportFormat format : RecordExportFormat.values()) {
            byte[] bytes = export.export(owner, event.id(), RecordExportOptions.ANONYMISED, format).bytes();
            String text = ExportedText.of(format, bytes);
            int found = 0;
            for (int i = 0; i < NOTES; i++) {
                if (text.contains("Busy note " + i + " ")) {
                    found++;
                }
            }
            assertThat(found).as(format.name()).isEqualTo(NOTES);
        }
    }
}
