package org.roundtable.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doReturn;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.roundtable.access.Caller;
import org.roundtable.board.LivedExperience;
import org.roundtable.board.LivedPeriod;
import org.roundtable.event.LearningEvent;
import org.roundtable.event.LearningEvents;
import org.roundtable.shared.Texts;
import org.roundtable.testing.ExportedText;
import org.roundtable.testing.TestRoom;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

/**
 * The record names the lived experience lane's generated periods in the event's language, and a
 * period the facilitator named as they typed it, in every format.
 */
@SpringBootTest
@ActiveProfiles("test")
class LivedPeriodsInRecordLanguageTest {

    @MockitoSpyBean
    LearningEvents events;
    @Autowired
    RecordExport export;
    @Autowired
    LivedExperience lived;
    @Autowired
    TestRoom room;

    Caller.Account owner;
    LearningEvent welsh;
    LearningEvent english;

    @BeforeEach
    void ageBandsInAWelshEventAndAnEnglishOne() {
        owner = room.facilitator();
        welsh = room.newEvent(owner, "Plentyn B");
        english = room.newEvent(owner, "Child B");
        doReturn(Texts.WELSH).when(events).language(any(), eq(welsh.id()));
        for (LearningEvent event : List.of(welsh, english)) {
            List<LivedPeriod> bands = lived.generateByAge(owner, event.id(), LocalDate.of(2025, 9, 1));
            lived.editPeriod(owner, event.id(), bands.getLast().id(), "Yn y feithrinfa", bands.getLast().from(),
                    bands.getLast().to());
            Caller.Participant police = room.join(event, owner, "POL");
            lived.addEntry(police, event.id(), bands.getFirst().id(), "Symud tŷ dair gwaith.");
        }
    }

    @Test
    void a_welsh_events_record_names_the_age_bands_in_welsh_in_every_format() throws IOException {
        for (RecordExportFormat format : List.of(RecordExportFormat.MARKDOWN, RecordExportFormat.DOCX,
                RecordExportFormat.PDF)) {
            assertThat(text(welsh, format)).as(format.name()).contains("0–6 mis oed", "Yn y feithrinfa",
                    "Symud tŷ dair gwaith").doesNotContain("0–6 months");
        }
    }

    @Test
    void an_english_events_record_names_them_in_english() throws IOException {
        assertThat(text(english, RecordExportFormat.MARKDOWN)).contains("0–6 months", "Yn y feithrinfa")
                .doesNotContain("mis oed");
    }

    private String text(LearningEvent event, RecordExportFormat format) throws IOException {
        return ExportedText.of(format, export.export(owner, event.id(), RecordExportOptions.ANONYMISED, format)
                .bytes());
    }
}
