package org.roundtable.timeline.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.roundtable.timeline.summary.Summaries.flat;
import static org.roundtable.timeline.summary.Summaries.pdfText;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

class SummaryPdfTest {

    private final SummaryDocument summaries = new SummaryDocument();

    @Test
    void the_pdf_shows_the_title_then_every_key_event_with_its_agency_in_timeline_order() {
        KeyEventsSummary summary = Summaries.twelveKeyEvents();

        String text = flat(pdfText(summaries.pdf(summary).bytes()));

        assertThat(text).contains("Key events summary — Child A",
                "Local Child Safeguarding Practice Review · Learning event 16 March 2026",
                "For pre-reading. Not for circulation beyond the review.", "Prepared 2 March 2026");
        assertThat(text).contains("POL", "Essex Police", "Children's Social Care", "Meadow Primary School");
        assertInOrder(text.substring(text.indexOf("What happened")), expectedSequence(summary));
    }

    @Test
    void twelve_key_events_fit_on_two_sides_without_a_warning() {
        RenderedPdf pdf = summaries.pdf(Summaries.twelveKeyEvents());

        assertThat(pdf.pageCount()).isBetween(1, 2);
        assertThat(Summaries.pdfPages(pdf.bytes())).isEqualTo(pdf.pageCount());
        assertThat(pdf.overTwoPages()).isFalse();
        assertThat(pdf.warning()).isEmpty();
    }

    @Test
    void eighty_long_key_events_run_past_two_sides_and_the_warning_gives_the_page_count() {
        RenderedPdf pdf = summaries.pdf(Summaries.eightyLongKeyEvents());

        assertThat(pdf.pageCount()).isGreaterThan(2);
        assertThat(Summaries.pdfPages(pdf.bytes())).isEqualTo(pdf.pageCount());
        assertThat(pdf.overTwoPages()).isTrue();
        assertThat(pdf.warning()).contains("The summary runs to " + pdf.pageCount()
                + " A4 pages; pre-reading should be two sides at most.");
    }

    @Test
    void every_page_is_a4_portrait() throws IOException {
        try (PDDocument document = Loader.loadPDF(summaries.pdf(Summaries.eightyLongKeyEvents()).bytes())) {
            document.getPages().forEach(page -> {
                assertThat(page.getMediaBox().getWidth()).isCloseTo(595.28f, org.assertj.core.data.Offset.offset(0.5f));
                assertThat(page.getMediaBox().getHeight()).isCloseTo(841.89f, org.assertj.core.data.Offset.offset(0.5f));
            });
        }
    }

    @Test
    void the_same_model_gives_the_same_file_with_the_models_creation_date() throws IOException {
        KeyEventsSummary summary = Summaries.twelveKeyEvents();

        byte[] first = summaries.pdf(summary).bytes();
        byte[] second = summaries.pdf(summary).bytes();

        assertThat(pdfText(second)).isEqualTo(pdfText(first));
        // all Helvetica, so no embedded font's random subset prefix: the very same bytes
        assertThat(second).isEqualTo(first);
        try (PDDocument document = Loader.loadPDF(first)) {
            Calendar created = document.getDocumentInformation().getCreationDate();
            assertThat(created.toInstant()).isEqualTo(Summaries.GENERATED_AT);
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Key events summary — Child A");
        }
    }

    @Test
    void no_key_events_yet_gives_a_one_page_pdf_that_says_so() {
        RenderedPdf pdf = summaries.pdf(Summaries.of(List.of()));

        assertThat(pdf.pageCount()).isEqualTo(1);
        assertThat(flat(pdfText(pdf.bytes()))).contains("Key events summary — Child A", "No key events yet");
    }

    static List<String> expectedSequence(KeyEventsSummary summary) {
        List<String> sequence = new ArrayList<>();
        for (SummaryEntry entry : summary.entries()) {
            SummaryAgency agency = summary.agencies().stream()
                    .filter(a -> a.code().equals(entry.agencyCode())).findFirst().orElseThrow();
            sequence.add(entry.dateDisplay());
            sequence.add(agency.code());
            sequence.add(agency.name());
            sequence.add(entry.whatHappened());
            if (entry.source() != null) {
                sequence.add(entry.source());
            }
        }
        return sequence;
    }

    static void assertInOrder(String text, List<String> sequence) {
        int from = 0;
        for (String expected : sequence) {
            int at = text.indexOf(flat(expected), from);
            assertThat(at).as("'%s' after position %d", expected, from).isGreaterThanOrEqualTo(0);
            from = at + expected.length();
        }
    }
}
