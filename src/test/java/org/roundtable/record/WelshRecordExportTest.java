package org.roundtable.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doReturn;

import java.io.IOException;
import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.roundtable.access.Caller;
import org.roundtable.event.LearningEvent;
import org.roundtable.event.LearningEvents;
import org.roundtable.shared.Texts;
import org.roundtable.testing.ExportedText;
import org.roundtable.testing.TestRoom;
import org.roundtable.timeline.ChronologyDate;
import org.roundtable.timeline.NewTimelineEntry;
import org.roundtable.timeline.Timelines;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

/**
 * A Welsh event's record exports with its fixed headings and labels in Welsh; an English event's
 * stays in English. The event's language comes from {@link LearningEvents#language}, here made
 * Welsh for one event (the event module sets it from the event's setup).
 */
@SpringBootTest
@ActiveProfiles("test")
class WelshRecordExportTest {

    static final String MARKER_NAME = "Gwenllian Quillfeather";

    @MockitoSpyBean
    LearningEvents events;
    @Autowired
    RecordExport export;
    @Autowired
    Timelines timelines;
    @Autowired
    NoteTaking noteTaking;
    @Autowired
    TestRoom room;

    Caller.Account owner;
    LearningEvent welsh;
    LearningEvent english;

    @BeforeEach
    void aWelshEventAndAnEnglishOne() {
        owner = room.facilitator();
        welsh = room.newEvent(owner, "Plentyn C");
        english = room.newEvent(owner, "Child E");
        doReturn(Texts.WELSH).when(events).language(any(), eq(welsh.id()));
        for (LearningEvent event : new LearningEvent[] {welsh, english}) {
            timelines.add(owner, event.id(), new NewTimelineEntry("POL", ChronologyDate.onDay(LocalDate.of(2019, 4, 3)),
                    null, null, "Ymwelodd yr heddlu â'r cartref", null, null, null, null));
            events.join(room.joinCode(event), "Rhingyll", "POL", MARKER_NAME, "client-" + event.id());
            noteTaking.add(owner, event.id(), "Cytunwyd i ysgrifennu at y meddyg teulu.",
                    java.util.Set.of(RecordTag.ACTION), null, null);
        }
    }

    @Test
    void a_welsh_events_markdown_has_welsh_headings_and_no_name() throws IOException {
        String markdown = text(welsh, RecordExportFormat.MARKDOWN);

        assertThat(markdown).contains("# Cofnod y digwyddiad dysgu: Plentyn C", "## Presenoldeb",
                "## Y llinell amser fel y cytunwyd arni ar y diwrnod", "## Cofnod y cofnodwr", "Cam gweithredu",
                "Dienw: dangosir cyfraniadau fesul asiantaeth", "3 Ebr 2019", "Ymwelodd yr heddlu")
                .doesNotContain("Attendance", "The timeline as agreed on the day", "Learning event record")
                .doesNotContain(MARKER_NAME);
    }

    @Test
    void a_welsh_events_word_document_has_welsh_headings_and_no_name() throws IOException {
        String docx = text(welsh, RecordExportFormat.DOCX);

        assertThat(docx).contains("Cofnod y digwyddiad dysgu: Plentyn C", "Presenoldeb", "Cylch gorchwyl",
                "Pwyntiau a themâu dysgu").doesNotContain("Attendance", "Terms of reference")
                .doesNotContain(MARKER_NAME);
    }

    @Test
    void an_english_events_record_stays_in_english() throws IOException {
        assertThat(text(english, RecordExportFormat.MARKDOWN))
                .contains("# Learning event record: Child E", "## Attendance", "3 Apr 2019")
                .doesNotContain("Presenoldeb");
    }

    private String text(LearningEvent event, RecordExportFormat format) throws IOException {
        return ExportedText.of(format, export.export(owner, event.id(), RecordExportOptions.ANONYMISED, format)
                .bytes());
    }
}
