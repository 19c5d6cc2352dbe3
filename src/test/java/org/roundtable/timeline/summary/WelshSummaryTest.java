package org.roundtable.timeline.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.roundtable.timeline.summary.Summaries.docxText;
import static org.roundtable.timeline.summary.Summaries.flat;
import static org.roundtable.timeline.summary.Summaries.pdfText;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.roundtable.shared.Texts;

/**
 * A summary for a Welsh event reads in Welsh from its title to its page numbers, in Word and in
 * PDF, with Welsh dates; nothing of the English document's own wording is left in it.
 */
class WelshSummaryTest {

    /** What the English document says that a Welsh one must not. */
    static final String[] ENGLISH = {"Key events summary", "Learning event", "Prepared", "For pre-reading",
        "Not for circulation", "Agencies", "What happened", "Source:", "Page ", "No key events", "January"};

    private final SummaryDocument summaries = new SummaryDocument();

    @Test
    void the_word_document_has_welsh_headings_and_welsh_dates_and_says_it_is_welsh() throws Exception {
        String text = flat(docxText(summaries.docx(welsh(keyEvents(3)))));

        assertThat(text).contains("Crynodeb o'r digwyddiadau allweddol — Plentyn A",
                "Adolygiad Ymarfer Plant Cryno · Digwyddiad dysgu 20 Ion 2025", "Paratowyd 6 Ion 2025",
                "I'w ddarllen ymlaen llaw. Nid i'w rannu y tu hwnt i'r adolygiad.", "Asiantaethau",
                "Dyddiad", "Asiantaeth", "Beth ddigwyddodd", "3 Ebr 2019", "Ffynhonnell: Cofnod 100", "Heddlu Dyfed-Powys",
                "Tudalen")
                .doesNotContain(ENGLISH);
        try (XWPFDocument document = Summaries.openDocx(summaries.docx(welsh(keyEvents(1))))) {
            // the default language of every run, for Word's spelling and for screen readers
            assertThat(document.getStyle().getDocDefaults().getRPrDefault().getRPr().getLangArray(0).getVal())
                    .isEqualTo("cy-GB");
        }
    }

    @Test
    void the_pdf_has_welsh_headings_welsh_dates_welsh_page_numbers_and_says_it_is_welsh() throws IOException {
        RenderedPdf pdf = summaries.pdf(welsh(keyEvents(3)));
        String text = flat(pdfText(pdf.bytes()));

        assertThat(text).contains("Crynodeb o'r digwyddiadau allweddol — Plentyn A",
                "Adolygiad Ymarfer Plant Cryno · Digwyddiad dysgu 20 Ion 2025", "Paratowyd 6 Ion 2025",
                "I'w ddarllen ymlaen llaw. Nid i'w rannu y tu hwnt i'r adolygiad.", "Asiantaethau",
                "Dyddiad Asiantaeth Beth ddigwyddodd", "3 Ebr 2019", "Ffynhonnell: Cofnod 100", "Tudalen 1")
                .doesNotContain(ENGLISH);
        try (PDDocument document = Loader.loadPDF(pdf.bytes())) {
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("cy-GB");
        }
    }

    @Test
    void a_welsh_summary_without_key_events_says_so_in_welsh() {
        KeyEventsSummary none = welsh(List.of());

        assertThat(flat(docxText(summaries.docx(none)))).contains("Dim digwyddiadau allweddol eto")
                .doesNotContain(ENGLISH);
        assertThat(flat(pdfText(summaries.pdf(none).bytes()))).contains("Dim digwyddiadau allweddol eto")
                .doesNotContain(ENGLISH);
    }

    @Test
    void the_page_count_warning_speaks_the_language_it_is_asked_for() {
        RenderedPdf long1 = new RenderedPdf(new byte[0], 4);

        assertThat(long1.warning(Texts.WELSH)).contains(
                "Mae'r crynodeb yn 4 tudalen A4; ddylai deunydd i'w ddarllen ymlaen llaw ddim bod yn fwy na dwy ochr.");
        assertThat(long1.warning(Texts.ENGLISH)).contains(
                "The summary runs to 4 A4 pages; pre-reading should be two sides at most.");
        assertThat(new RenderedPdf(new byte[0], 2).warning(Texts.WELSH)).isEmpty();
    }

    @Test
    void an_english_event_keeps_its_english_document() {
        KeyEventsSummary english = new KeyEventsSummary("Child A", null, LocalDate.of(2025, 1, 20),
                Summaries.AGENCIES, List.of(), Instant.parse("2025-01-06T10:00:00Z"), Texts.ENGLISH);

        assertThat(flat(pdfText(summaries.pdf(english).bytes()))).contains("Key events summary — Child A",
                "Learning event 20 January 2025", "Prepared 6 January 2025", "Page 1")
                .doesNotContain("Crynodeb", "Ion");
    }

    private static KeyEventsSummary welsh(List<SummaryEntry> entries) {
        return new KeyEventsSummary("Plentyn A", "Adolygiad Ymarfer Plant Cryno", LocalDate.of(2025, 1, 20),
                List.of(new SummaryAgency("HEDD", "Heddlu Dyfed-Powys", "#1f4e79"),
                        new SummaryAgency("GC", "Gwasanaethau Cymdeithasol", "#7a3b00")),
                entries, Instant.parse("2025-01-06T10:00:00Z"), Texts.WELSH);
    }

    private static List<SummaryEntry> keyEvents(int count) {
        List<SummaryEntry> entries = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            entries.add(new SummaryEntry((3 + i) + " Ebr 2019", null, i % 2 == 0 ? "HEDD" : "GC",
                    "Aeth yr heddlu i'r cartref; siaradwyd â'r fam.", "Cofnod " + (100 + i)));
        }
        return entries;
    }
}
