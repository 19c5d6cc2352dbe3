package org.roundtable.evaluation;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.util.Locale;

import org.openpdf.text.Document;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;
import org.roundtable.shared.Texts;

/**
 * The results as an A4 PDF: the response count, then each question with its counts drawn as simple
 * bars, or its free-text answers listed. Text is set in Liberation Sans, which OpenPDF ships in its
 * own jar, so Welsh and other non-Latin-1 answers print on every machine.
 */
final class EvaluationPdf {

    private static final String FONT = "font-fallback/LiberationSans-Regular.ttf";
    private static final Color BAR = new Color(0x1f, 0x5f, 0x8b);
    private static final Color TRACK = new Color(0xe8, 0xec, 0xef);
    private static final float BODY = 10;

    private EvaluationPdf() {
    }

    /** The results with headings and counts in {@code language} (the downloading person's); answers as written. */
    static byte[] write(EvaluationResults results, Locale language) {
        BaseFont base = Fonts.BASE;
        Font title = new Font(base, 16, Font.BOLD);
        Font heading = new Font(base, 11, Font.BOLD);
        Font body = new Font(base, BODY);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 48, 48, 48, 48);
        PdfWriter.getInstance(document, out);
        String heading0 = Texts.get(language, "evaluation.pdf.title", results.pseudonym());
        document.addTitle(heading0);
        document.addCreator("Roundtable"); // not text: the brand
        document.open();
        document.add(spaced(new Paragraph(heading0, title), 4));
        document.add(spaced(new Paragraph(Texts.get(language, "evaluation.pdf.responses", results.responses(),
                results.inTheRoom()), body), 12));
        for (EvaluationResults.QuestionResult result : results.questions()) {
            document.add(spaced(new Paragraph(result.question().text(), heading), 4));
            if (result.question().kind().counted()) {
                document.add(bars(result, results.responses(), body));
            } else if (result.texts().isEmpty()) {
                document.add(spaced(new Paragraph(Texts.get(language, "evaluation.pdf.no-answers"), body), 10));
            } else {
                for (String text : result.texts()) {
                    document.add(spaced(new Paragraph("• " + text, body), 3));
                }
                document.add(spaced(new Paragraph(" ", body), 4));
            }
        }
        document.close();
        return out.toByteArray();
    }

    private static PdfPTable bars(EvaluationResults.QuestionResult result, int responses, Font body) {
        PdfPTable table = new PdfPTable(new float[] {35, 45, 20});
        table.setWidthPercentage(100);
        table.setSpacingAfter(10);
        for (EvaluationResults.OptionCount count : result.counts()) {
            table.addCell(plain(new PdfPCell(new Phrase(count.label(), body))));
            table.addCell(plain(bar(count.percentOf(responses))));
            table.addCell(plain(new PdfPCell(new Phrase(count.count() + " (" + count.percentOf(responses) + "%)",
                    body))));
        }
        return table;
    }

    /** A bar as a two-part row: filled for the share, the track for the rest. */
    private static PdfPCell bar(int percent) {
        int share = Math.clamp(percent, 0, 100);
        PdfPTable bar;
        if (share == 0 || share == 100) {
            bar = new PdfPTable(1);
            bar.addCell(filled(share == 0 ? TRACK : BAR));
        } else {
            bar = new PdfPTable(new float[] {share, 100 - share});
            bar.addCell(filled(BAR));
            bar.addCell(filled(TRACK));
        }
        bar.setWidthPercentage(100);
        PdfPCell cell = new PdfPCell(bar);
        cell.setPaddingTop(3);
        return cell;
    }

    private static PdfPCell filled(Color colour) {
        PdfPCell cell = new PdfPCell();
        cell.setFixedHeight(10);
        cell.setBackgroundColor(colour);
        cell.setBorder(Rectangle.NO_BORDER);
        return cell;
    }

    private static PdfPCell plain(PdfPCell cell) {
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPadding(3);
        return cell;
    }

    private static Paragraph spaced(Paragraph paragraph, float after) {
        paragraph.setSpacingAfter(after);
        return paragraph;
    }

    /** The font, read once: reading a TTF costs tens of milliseconds. */
    private static final class Fonts {
        static final BaseFont BASE = load();

        private static BaseFont load() {
            try {
                return BaseFont.createFont(FONT, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
            } catch (Exception | LinkageError e) {
                try {
                    return BaseFont.createFont(BaseFont.HELVETICA, BaseFont.CP1252, BaseFont.NOT_EMBEDDED);
                } catch (Exception builtIn) {
                    throw new IllegalStateException("OpenPDF has no usable font", builtIn); // not text: for developers
                }
            }
        }
    }
}
