package org.roundtable.timeline.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.roundtable.timeline.summary.Summaries.docxText;
import static org.roundtable.timeline.summary.Summaries.flat;

import java.io.IOException;
import java.math.BigInteger;
import java.util.List;
import java.util.Optional;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTShd;

class SummaryDocxTest {

    private final SummaryDocument summaries = new SummaryDocument();

    @Test
    void the_docx_shows_the_title_then_every_key_event_with_its_agency_in_timeline_order() {
        KeyEventsSummary summary = Summaries.twelveKeyEvents();

        String text = flat(docxText(summaries.docx(summary)));

        assertThat(text).contains("Key events summary — Child A",
                "Local Child Safeguarding Practice Review · Learning event 16 March 2026",
                "For pre-reading. Not for circulation beyond the review.");
        assertThat(text).contains("POL", "Essex Police", "Children's Social Care", "Meadow Primary School");
        SummaryPdfTest.assertInOrder(text.substring(text.indexOf("What happened")),
                SummaryPdfTest.expectedSequence(summary));
    }

    @Test
    void each_agency_cell_is_shaded_in_the_agency_colour_with_its_code_in_white_bold() throws IOException {
        try (XWPFDocument document = Summaries.openDocx(summaries.docx(Summaries.twelveKeyEvents()))) {
            XWPFTable timeline = document.getTables().getLast();
            XWPFTableRow firstEntry = timeline.getRow(1);
            XWPFTableCell agency = firstEntry.getCell(1);

            CTShd shading = agency.getCTTc().getTcPr().getShd();
            assertThat(shading.xgetFill().getStringValue()).isEqualToIgnoringCase("1f4e79");
            assertThat(agency.getParagraphs().getFirst().getText()).isEqualTo("POL");
            assertThat(agency.getParagraphs().getFirst().getRuns().getFirst().isBold()).isTrue();
            assertThat(agency.getParagraphs().getFirst().getRuns().getFirst().getColor()).isEqualToIgnoringCase("ffffff");
            assertThat(agency.getParagraphs().get(1).getText()).isEqualTo("Essex Police");

            XWPFTableCell secondAgency = timeline.getRow(2).getCell(1);
            assertThat(secondAgency.getCTTc().getTcPr().getShd().xgetFill().getStringValue())
                    .isEqualToIgnoringCase("7a3b00");

            XWPFTable key = document.getTables().getFirst();
            assertThat(key.getRow(0).getCell(0).getText()).isEqualTo("POL");
            assertThat(key.getRow(0).getCell(0).getCTTc().getTcPr().getShd().xgetFill().getStringValue())
                    .isEqualToIgnoringCase("1f4e79");
            assertThat(key.getRow(0).getCell(1).getText()).isEqualTo("Essex Police");
        }
    }

    @Test
    void the_page_is_a4_portrait_and_the_header_row_repeats() throws IOException {
        try (XWPFDocument document = Summaries.openDocx(summaries.docx(Summaries.eightyLongKeyEvents()))) {
            CTPageSz size = document.getDocument().getBody().getSectPr().getPgSz();
            assertThat(size.getW()).isEqualTo(BigInteger.valueOf(11906));
            assertThat(size.getH()).isEqualTo(BigInteger.valueOf(16838));
            assertThat(document.getTables().getLast().getRow(0).isRepeatHeader()).isTrue();
        }
    }

    @Test
    void the_same_model_gives_the_same_text_and_the_models_creation_date() throws IOException {
        KeyEventsSummary summary = Summaries.twelveKeyEvents();

        byte[] first = summaries.docx(summary);
        byte[] second = summaries.docx(summary);

        assertThat(docxText(second)).isEqualTo(docxText(first));
        try (XWPFDocument document = Summaries.openDocx(first)) {
            var core = document.getProperties().getCoreProperties();
            assertThat(core.getCreated().toInstant()).isEqualTo(Summaries.GENERATED_AT);
            assertThat(core.getModified().toInstant()).isEqualTo(Summaries.GENERATED_AT);
            assertThat(core.getTitle()).isEqualTo("Key events summary — Child A");
            assertThat(core.getCreator()).isEqualTo("Roundtable");
        }
    }

    @Test
    void no_key_events_yet_gives_a_document_that_says_so() {
        String text = flat(docxText(summaries.docx(Summaries.of(List.of()))));

        assertThat(text).contains("Key events summary — Child A", "No key events yet")
                .doesNotContain("What happened");
    }

    @Test
    void an_entry_from_an_agency_missing_from_the_key_still_prints_its_code_on_grey() throws IOException {
        KeyEventsSummary summary = new KeyEventsSummary("Child B", null, null, List.of(),
                List.of(new SummaryEntry("2019", null, "HOU", "Housing visit.", null)), Summaries.GENERATED_AT);

        try (XWPFDocument document = Summaries.openDocx(summaries.docx(summary))) {
            XWPFTableCell agency = document.getTables().getLast().getRow(1).getCell(1);
            assertThat(agency.getText()).isEqualTo("HOU");
            assertThat(Optional.ofNullable(agency.getColor())).contains(AgencyChip.NEUTRAL_HEX);
        }
        assertThat(summaries.pdf(summary).pageCount()).isEqualTo(1);
    }
}
