package org.roundtable.timeline.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.roundtable.timeline.summary.Summaries.docxText;
import static org.roundtable.timeline.summary.Summaries.flat;
import static org.roundtable.timeline.summary.Summaries.pdfText;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.roundtable.shared.PdfFonts;

/** Text as it arrives from real chronologies must never break either file. */
class OddTextTest {

    private static final String WELSH = "Ymwelodd y gweithiwr â’r tŵr a’r tŷ; dŵr ŵyr ŷd";
    private static final String QUOTES = "Mother said “I’m fine” — twice…";
    private static final String EMOJI = "Text message read 👍🏽 then ❤️ and 👨‍👩‍👧";
    private static final String HEBREW = "אמא אמרה שהכול בסדר";
    private static final String ARABIC = "قالت الأم إن كل شيء على ما يرام";
    private static final String CONTROLS = "Bell\u0007 null\u0000 escape\u001B form\u000C feed\u007F del\u0085 "
            + "lone \uD800 surrogate \uFFFE end";
    private static final String CJK = "孩子在学校";
    private static final String LONG = ("Twenty thousand characters of a pasted case note. ").repeat(400);
    private static final String UNBROKEN = "x".repeat(5_000);

    private final SummaryDocument summaries = new SummaryDocument();

    private static KeyEventsSummary oddSummary() {
        List<SummaryEntry> entries = List.of(
                new SummaryEntry("3 Apr 2019", "09:15", "POL", WELSH, "Cofnod\u0001 42"),
                new SummaryEntry("4 Apr 2019", null, "CSC", QUOTES, null),
                new SummaryEntry("c. Apr 2019", null, "HV", EMOJI, null),
                new SummaryEntry("5 Apr 2019", null, "EDU", HEBREW + " / " + ARABIC, "מקור"),
                new SummaryEntry("6 Apr 2019", null, "POL", CONTROLS, null),
                new SummaryEntry("7 Apr 2019", null, "CSC", CJK, null),
                new SummaryEntry("8 Apr 2019", null, "HV", LONG, null),
                new SummaryEntry("9 Apr 2019", null, "EDU", UNBROKEN, null),
                new SummaryEntry("10 Apr\r\n2019", "\t", "XX\u0002", "Line one\r\nLine two\rLine three", ""));
        return new KeyEventsSummary("Plentyn Ŵ “A”\u0000", "Adolygiad — Welsh review 🏴", null,
                List.of(new SummaryAgency("POL", "Heddlu\u0003 Gogledd Cymru", "#1f4e79"),
                        new SummaryAgency("CSC", "Gwasanaethau Plant ŵ", "not a colour"),
                        new SummaryAgency("HV", "שירותי בריאות", "#1e6b3a"),
                        new SummaryAgency("EDU", "مدرسة", "#5B2C83")),
                entries, Summaries.GENERATED_AT);
    }

    @Test
    void odd_text_gives_a_pdf_that_opens_again_with_the_legible_parts_intact() {
        RenderedPdf pdf = summaries.pdf(oddSummary());

        assertThat(Summaries.pdfPages(pdf.bytes())).isEqualTo(pdf.pageCount()).isGreaterThan(2);
        String text = flat(pdfText(pdf.bytes()));
        // Liberation Sans ships inside OpenPDF's jar, so Welsh letters never depend on system fonts
        assertThat(text).contains("Key events summary — Plentyn Ŵ “A”", "tŵr a’r tŷ", "dŵr ŵyr ŷd",
                "Mother said “I’m fine” — twice…", "Text message read", "Line one Line two Line three",
                "Bell null escape form feed del lone surrogate end", "Source: Cofnod 42",
                "Twenty thousand characters of a pasted case note.");
        assertThat(text).doesNotContain("\u0000", "\u0007", "\u001B");
    }

    @Test
    void odd_text_gives_a_docx_that_opens_again_with_the_text_intact_and_controls_gone() {
        byte[] docx = summaries.docx(oddSummary());

        String raw = docxText(docx);
        String text = flat(raw);
        assertThat(text).contains("Key events summary — Plentyn Ŵ “A”", WELSH, QUOTES, EMOJI, HEBREW, ARABIC, CJK,
                "Bell null escape form feed del lone surrogate end", "Heddlu Gogledd Cymru");
        assertThat(raw).contains("Line one\nLine two\nLine three").contains(LONG.strip()).contains(UNBROKEN);
        assertThat(raw).doesNotContain("\u0000", "\u0001", "\u0002", "\u0003", "\u0007", "\u001B", "\u0085",
                "\uFFFE", "\uD800");
    }

    @Test
    void with_no_unicode_font_at_all_the_pdf_falls_back_to_helvetica_and_prints_question_marks() {
        PdfFonts helveticaOnly = PdfFonts.withFallbacks(List.of("/no/such/font.ttf", "no/such/resource.ttf"));
        KeyEventsSummary summary = oddSummary();

        RenderedPdf pdf = new PdfSummaryWriter(helveticaOnly).write(SummaryContent.of(summary), summary.generatedAt());

        assertThat(helveticaOnly.fallbackNames()).isEmpty();
        assertThat(Summaries.pdfPages(pdf.bytes())).isEqualTo(pdf.pageCount());
        String text = flat(pdfText(pdf.bytes()));
        assertThat(text).contains("Key events summary — Plentyn ? “A”", "t?r a’r t?", "Mother said “I’m fine” — twice…",
                "Twenty thousand characters of a pasted case note.");
    }

    @Test
    void the_unicode_font_shipped_inside_openpdf_is_always_among_the_fallbacks() {
        assertThat(SummaryDocument.pdfFallbackFonts()).first().isEqualTo("LiberationSans");
    }
}
