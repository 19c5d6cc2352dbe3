package org.roundtable.timeline.summary;

import java.util.List;
import org.roundtable.shared.PdfFonts;

/**
 * Writes the key events summary for pre-reading (Essex §3.2) as DOCX and as PDF: A4 portrait,
 * the title, the review type and date, "For pre-reading. Not for circulation beyond the review.",
 * an agency key, then a table of Date | Agency | What happened. Each agency appears as its code in
 * white bold on the agency colour, with its name; the code is always printed, so colour is never
 * the only cue. Its words and dates are in the summary's {@link KeyEventsSummary#language()} (the
 * event's default language; "6 Ion 2025" in Welsh), and each file says which language it is in.
 *
 * <p>Only what {@link KeyEventsSummary} holds is written. The agencies' analysis/comments column
 * and the genogram are not in that model and so can never appear in either file.
 *
 * <p>Both files follow one layout (same page, margins, font sizes, columns), so the PDF's page
 * count from {@link #pdf} is also the page estimate for the DOCX: POI cannot paginate and Word is
 * not here to ask. Call {@link #pdf} and use {@link RenderedPdf#warning()} before offering either.
 *
 * <p>Neither method throws on odd text: control characters are stripped; in the PDF, characters
 * that Helvetica cannot show use an embedded Unicode font (see {@link #pdfFallbackFonts()}) and
 * characters no font has are printed as {@code ?}. The same model gives the same text, and the
 * files' creation dates are the model's {@code generatedAt}. Instances are stateless and
 * thread-safe.
 */
public final class SummaryDocument {

    private final PdfSummaryWriter pdfWriter = new PdfSummaryWriter(PdfFonts.shared());
    private final DocxSummaryWriter docxWriter = new DocxSummaryWriter();

    /** The summary as a Word document. Its page estimate is {@code pdf(summary).pageCount()}. */
    public byte[] docx(KeyEventsSummary summary) {
        return docxWriter.write(SummaryContent.of(summary), summary.generatedAt());
    }

    /** The summary as a PDF, with its page count and, past two pages, a warning. */
    public RenderedPdf pdf(KeyEventsSummary summary) {
        return pdfWriter.write(SummaryContent.of(summary), summary.generatedAt());
    }

    /**
     * The Unicode fonts this machine offers the PDF beyond Helvetica, by PostScript name, for a
     * health check or a log line. Liberation Sans comes with OpenPDF; the others are system fonts.
     */
    public static List<String> pdfFallbackFonts() {
        return PdfFonts.shared().fallbackNames();
    }
}
