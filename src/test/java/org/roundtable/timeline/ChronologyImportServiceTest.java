package org.roundtable.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.roundtable.access.Caller;
import org.roundtable.board.Note;
import org.roundtable.board.NoteKind;
import org.roundtable.board.NotePlace;
import org.roundtable.board.Notes;
import org.roundtable.event.DayPart;
import org.roundtable.event.EventDay;
import org.roundtable.event.EventPreparation;
import org.roundtable.event.LearningEvent;
import org.roundtable.event.ReviewType;
import org.roundtable.shared.InvalidInput;
import org.roundtable.shared.NotAllowed;
import org.roundtable.shared.Texts;
import org.roundtable.testing.TestRoom;
import org.roundtable.timeline.importing.ChronologyField;
import org.roundtable.timeline.importing.ColumnMapping;
import org.roundtable.timeline.summary.KeyEventsSummary;
import org.roundtable.timeline.summary.RenderedPdf;
import org.roundtable.timeline.summary.SummaryDocument;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** Importing agencies' chronologies through the real service, log and store. */
@SpringBootTest
@ActiveProfiles("test")
class ChronologyImportServiceTest {

    private static final String POLICE_V1 = """
            Ref;Date;Time;Details;Source;Officer role;Analysis
            P1;03/04/2019;14:30;Domestic incident attended, mother and partner arguing.;Incident log;PC;DASH not completed.
            P2;c. May 2019;;Partner arrested for assault.;Custody record;Custody sergeant;
            P3;31/02/2019;;A row with an impossible date.;Incident log;PC;
            """;

    private static final String POLICE_V2 = """
            Ref;Date;Time;Details;Source;Officer role;Analysis
            P1;03/04/2019;14:30;Domestic incident attended, mother and partner arguing (corrected).;Incident log;PC;
            P3;28/02/2019;;A row with a possible date now.;Incident log;PC;
            """;

    @Autowired
    Timelines timelines;
    @Autowired
    Notes notes;
    @Autowired
    TestRoom room;
    @Autowired
    EventPreparation preparation;

    Caller.Account owner;
    LearningEvent event;

    @BeforeEach
    void aFreshEvent() {
        owner = room.anotherFacilitator();
        event = room.newEvent(owner, "Child I");
    }

    @Test
    void a_csv_chronology_is_previewed_row_by_row_and_its_readable_rows_imported() {
        ChronologyUpload upload = read(POLICE_V1);

        assertThat(upload.preview()).isNotNull();
        assertThat(upload.preview().acceptedCount()).isEqualTo(2);
        assertThat(upload.preview().rejectedRows()).singleElement()
                .satisfies(row -> assertThat(row.reason()).contains("31/02/2019"));
        assertThat(timelines.timelineFor(owner, event.id()).entries()).isEmpty();

        ImportResult result = timelines.importChronology(owner, event.id(), upload);

        assertThat(result).isEqualTo(new ImportResult(2, 0, 0, 1));
        List<TimelineEntry> entries = timelines.timelineFor(owner, event.id()).entries();
        assertThat(entries).extracting(TimelineEntry::reference).containsExactly("P1", "P2");
        assertThat(entries.get(1).date().approximate()).isTrue();
        assertThat(entries.get(1).when()).isEqualTo("c. May 2019");
        assertThat(timelines.commentsFor(owner, event.id())).containsValue("DASH not completed.");
    }

    @Test
    void reimporting_an_agency_replaces_its_entries_in_one_step_and_matched_entries_keep_their_notes() {
        timelines.importChronology(owner, event.id(), read(POLICE_V1));
        TimelineEntry first = timelines.timelineFor(owner, event.id()).entries().getFirst();
        Caller.Participant participant = room.join(event, owner, "HV");
        Note note = notes.add(participant, event.id(), NotePlace.onEntry(first.id()), NoteKind.QUERY, "Who attended?");
        timelines.markKeyEvent(owner, event.id(), first.id(), true);

        ImportResult result = timelines.importChronology(owner, event.id(), read(POLICE_V2));

        assertThat(result.added()).isEqualTo(1);
        assertThat(result.kept()).isEqualTo(1);
        assertThat(result.removed()).isEqualTo(1);
        List<TimelineEntry> entries = timelines.timelineFor(owner, event.id()).entries();
        assertThat(entries).extracting(TimelineEntry::reference).containsExactly("P3", "P1");
        TimelineEntry kept = entries.get(1);
        assertThat(kept.id()).isEqualTo(first.id());
        assertThat(kept.keyEvent()).isTrue();
        assertThat(kept.whatHappened()).contains("(corrected)");
        assertThat(notes.notesFor(owner, event.id())).extracting(Note::id).contains(note.id());
        assertThat(timelines.commentsFor(owner, event.id())).isEmpty();
    }

    @Test
    void a_file_that_cannot_be_read_changes_nothing_and_says_why() {
        timelines.importChronology(owner, event.id(), read(POLICE_V1));
        MergedTimeline before = timelines.timelineFor(owner, event.id());

        assertThatThrownBy(() -> timelines.readChronology(owner, event.id(), "POL", "police.xls",
                new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 1, 2, 3}))
                .isInstanceOf(InvalidInput.class).hasMessageContaining(".xlsx");
        assertThatThrownBy(() -> timelines.readChronology(owner, event.id(), "empty.csv", "empty.csv", new byte[0]))
                .isInstanceOf(InvalidInput.class);

        assertThat(timelines.timelineFor(owner, event.id())).isEqualTo(before);
    }

    @Test
    void without_a_date_column_there_is_no_preview_and_nothing_can_be_imported() {
        ChronologyUpload upload = read(POLICE_V1);
        ChronologyUpload withoutDate = timelines.remap(owner, event.id(), upload,
                upload.mapping().without(ChronologyField.DATE));

        assertThat(withoutDate.preview()).isNull();
        assertThat(withoutDate.problem()).contains("date");
        assertThatThrownBy(() -> timelines.importChronology(owner, event.id(), withoutDate))
                .isInstanceOf(InvalidInput.class);
    }

    @Test
    void the_column_mapping_is_remembered_for_the_agency_in_its_next_event() {
        String unusual = "When;Narrative text;Where recorded\n03/04/2019;Visit.;Log\n";
        ChronologyUpload upload = read(unusual);
        ColumnMapping chosen = new ColumnMapping(java.util.Map.of(ChronologyField.DATE, 0,
                ChronologyField.WHAT_HAPPENED, 1, ChronologyField.SOURCE, 2));
        timelines.importChronology(owner, event.id(), timelines.remap(owner, event.id(), upload, chosen));

        LearningEvent next = room.newEvent(owner, "Child H");
        ChronologyUpload again = timelines.readChronology(owner, next.id(), "POL", "police.csv",
                unusual.getBytes(StandardCharsets.UTF_8));

        assertThat(again.mapping()).isEqualTo(chosen);
    }

    @Test
    void only_the_events_facilitators_import_or_edit() {
        Caller.Participant participant = room.join(event, owner, "POL");

        assertThatThrownBy(() -> timelines.readChronology(participant, event.id(), "POL", "p.csv",
                POLICE_V1.getBytes(StandardCharsets.UTF_8))).isInstanceOf(NotAllowed.class);
        assertThatThrownBy(() -> timelines.readChronology(room.facilitator(), event.id(), "POL", "p.csv",
                POLICE_V1.getBytes(StandardCharsets.UTF_8))).isInstanceOf(NotAllowed.class);
    }

    @Test
    void edits_and_removals_are_recorded_with_who_when_before_and_after() {
        timelines.importChronology(owner, event.id(), read(POLICE_V1));
        TimelineEntry entry = timelines.timelineFor(owner, event.id()).entries().getFirst();

        timelines.edit(owner, event.id(), entry.id(), new NewTimelineEntry("POL", entry.date(), entry.time(), null,
                "Incident attended by two officers.", entry.source(), entry.practitionerRole(), null, "P1"));
        timelines.remove(owner, event.id(), entry.id());

        List<EntryRevision> revisions = timelines.revisions(owner, event.id());
        assertThat(revisions).extracting(EntryRevision::kind)
                .containsExactly(EntryRevision.Kind.EDITED, EntryRevision.Kind.REMOVED);
        assertThat(revisions.getFirst().before().whatHappened()).contains("Domestic incident");
        assertThat(revisions.getFirst().after().whatHappened()).isEqualTo("Incident attended by two officers.");
        assertThat(revisions).allSatisfy(r -> assertThat(r.actor()).isEqualTo(owner.actorId()));
        assertThat(timelines.timelineFor(owner, event.id()).entry(entry.id())).isEmpty();
    }

    @Test
    void the_key_events_summary_holds_the_flagged_entries_in_order_in_word_and_pdf_and_never_the_comments()
            throws Exception {
        timelines.importChronology(owner, event.id(), read(POLICE_V1));
        List<TimelineEntry> entries = timelines.timelineFor(owner, event.id()).entries();
        entries.forEach(e -> timelines.markKeyEvent(owner, event.id(), e.id(), true));

        KeyEventsSummary summary = timelines.keyEventsSummary(owner, event.id());
        SummaryDocument documents = new SummaryDocument();
        String word;
        try (var docx = new XWPFDocument(new ByteArrayInputStream(documents.docx(summary)));
                var extractor = new XWPFWordExtractor(docx)) {
            word = extractor.getText();
        }
        RenderedPdf pdf = documents.pdf(summary);
        String pdfText;
        try (var document = Loader.loadPDF(pdf.bytes())) {
            pdfText = new PDFTextStripper().getText(document);
        }

        for (String text : List.of(word, pdfText)) {
            assertThat(text).contains("Child I", "Domestic incident attended", "Partner arrested", "POL")
                    .doesNotContain("DASH not completed.");
            assertThat(text.indexOf("Domestic incident")).isLessThan(text.indexOf("Partner arrested"));
        }
        assertThat(pdf.overTwoPages()).isFalse();
        assertThatThrownBy(() -> timelines.keyEventsSummary(room.join(event, owner, "HV"), event.id()))
                .isInstanceOf(NotAllowed.class);
    }

    @Test
    void a_welsh_events_key_events_summary_reads_in_welsh_in_word_and_pdf() throws Exception {
        preparation.changeLanguage(owner, event.id(), Texts.WELSH);
        preparation.changeDetails(owner, event.id(), "Plentyn I", ReviewType.CONCISE_CHILD_PRACTICE_REVIEW,
                List.of(new EventDay(LocalDate.of(2025, 1, 20), DayPart.WHOLE_DAY)), null);
        timelines.importChronology(owner, event.id(), read(POLICE_V1));
        timelines.timelineFor(owner, event.id()).entries()
                .forEach(e -> timelines.markKeyEvent(owner, event.id(), e.id(), true));

        String word;
        try (var docx = new XWPFDocument(new ByteArrayInputStream(timelines.keyEventsSummaryDocx(owner, event.id())));
                var extractor = new XWPFWordExtractor(docx)) {
            word = extractor.getText();
        }
        String pdfText;
        try (var document = Loader.loadPDF(timelines.keyEventsSummaryPdf(owner, event.id()))) {
            pdfText = new PDFTextStripper().getText(document);
        }

        for (String text : List.of(word.replaceAll("\\s+", " "), pdfText.replaceAll("\\s+", " "))) {
            assertThat(text).contains("Crynodeb o'r digwyddiadau allweddol — Plentyn I",
                    "Adolygiad Ymarfer Plant Cryno · Digwyddiad dysgu 20 Ion 2025", "Asiantaethau",
                    "Beth ddigwyddodd", "3 Ebr 2019", "c. Mai 2019", "Ffynhonnell: Incident log")
                    .doesNotContain("Key events summary", "Concise Child Practice Review", "Learning event",
                            "What happened", "Source:", "Apr 2019", "May 2019");
        }
    }

    @Test
    void ten_thousand_rows_and_a_twenty_thousand_character_cell_import_as_one_step() {
        StringBuilder csv = new StringBuilder("Ref,Date,Details\n");
        for (int i = 1; i <= 10_000; i++) {
            csv.append("R").append(i).append(',').append(1 + i % 28).append("/0").append(1 + i % 9).append("/2019,")
                    .append(i == 5_000 ? "x".repeat(20_000) : "Contact number " + i).append('\n');
        }
        ChronologyUpload upload = timelines.readChronology(owner, event.id(), "HV", "big.csv",
                csv.toString().getBytes(StandardCharsets.UTF_8));
        assertThat(upload.preview().acceptedCount()).isEqualTo(10_000);

        ImportResult result = timelines.importChronology(owner, event.id(), upload);

        assertThat(result.added()).isEqualTo(10_000);
        MergedTimeline merged = timelines.timelineFor(owner, event.id());
        assertThat(merged.size()).isEqualTo(10_000);
        assertThat(merged.entries()).anySatisfy(e -> assertThat(e.whatHappened()).hasSize(20_000));
    }

    private ChronologyUpload read(String csv) {
        return timelines.readChronology(owner, event.id(), "POL", "police.csv", csv.getBytes(StandardCharsets.UTF_8));
    }
}
