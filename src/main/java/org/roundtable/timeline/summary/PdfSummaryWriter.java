package org.roundtable.timeline.summary;

import static org.roundtable.timeline.summary.SummaryLayout.*;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;

import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfDate;
import org.openpdf.text.pdf.PdfEncryption;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfPageEventHelper;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.PdfString;
import org.openpdf.text.pdf.PdfWriter;
import org.roundtable.shared.PdfFonts.Weight;
import org.roundtable.shared.PdfFonts;

/** Writes the summary as an A4 PDF with OpenPDF, following {@link SummaryLayout}. */
final class PdfSummaryWriter {

    private static final Color BLACK = Color.BLACK;
    private static final Color WHITE = Color.WHITE;
    private static final Color SOURCE_GREY = colour(SOURCE_HEX);
    private static final Color HEADER_FILL = colour(HEADER_FILL_HEX);
    private static final Color RULE = new Color(0xbf, 0xbf, 0xbf);

    private final PdfFonts fonts;

    PdfSummaryWriter(PdfFonts fonts) {
        this.fonts = fonts;
    }

    RenderedPdf write(SummaryContent content, Instant generatedAt) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(new Rectangle(A4_WIDTH, A4_HEIGHT), MARGIN, MARGIN, MARGIN, MARGIN);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        writer.setPageEvent(new PageNumbers(fonts, content.pageWord()));
        document.addTitle(content.title());
        document.addCreator("Roundtable"); // not text: the brand
        document.open();
        stampCreationDate(writer, generatedAt);
        stampFileId(writer, content, generatedAt);
        // the document's language, for screen readers (PDF/UA) and text-to-speech
        writer.getExtraCatalog().put(PdfName.LANG, new PdfString(content.languageTag()));

        document.add(paragraph(content.title(), TITLE_SIZE, Weight.BOLD, BLACK, 4));
        if (!content.subtitle().isEmpty()) {
            document.add(paragraph(content.subtitle(), SUBTITLE_SIZE, Weight.REGULAR, BLACK, 2));
        }
        document.add(paragraph(content.prepared(), SMALL_SIZE, Weight.REGULAR, SOURCE_GREY, 2));
        document.add(paragraph(content.preReading(), NOTE_SIZE, Weight.BOLD, BLACK, GAP));
        if (!content.key().isEmpty()) {
            document.add(paragraph(content.keyHeading(), NOTE_SIZE, Weight.BOLD, BLACK, 2));
            document.add(key(content.key()));
        }
        if (content.rows().isEmpty()) {
            document.add(paragraph(content.noKeyEvents(), BODY_SIZE, Weight.REGULAR, BLACK, 0));
        } else {
            document.add(table(content));
        }
        document.close();
        byte[] bytes = out.toByteArray();
        return new RenderedPdf(bytes, pageCount(bytes));
    }

    private Paragraph paragraph(String text, float size, Weight weight, Color colour, float after) {
        Paragraph paragraph = new Paragraph(fonts.phrase(text, size, weight, colour));
        paragraph.setSpacingAfter(after);
        return paragraph;
    }

    private PdfPTable key(List<AgencyChip> key) {
        PdfPTable table = new PdfPTable(KEY_COLUMNS);
        table.setWidthPercentage(100);
        table.setSpacingAfter(GAP);
        for (AgencyChip chip : key) {
            PdfPCell code = cell(fonts.phrase(chip.code(), CHIP_SIZE, Weight.BOLD, WHITE), chip.code());
            code.setBackgroundColor(colour(chip));
            code.setBorder(Rectangle.NO_BORDER);
            table.addCell(code);
            PdfPCell name = cell(fonts.phrase(chip.name(), BODY_SIZE, Weight.REGULAR, BLACK), chip.name());
            name.setBorder(Rectangle.NO_BORDER);
            table.addCell(name);
        }
        table.completeRow(); // an odd number of agencies leaves the last row half full
        return table;
    }

    private PdfPTable table(SummaryContent content) {
        PdfPTable table = new PdfPTable(TABLE_COLUMNS);
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        // like Word: a row that does not fit breaks across the page instead of moving whole
        table.setSplitLate(false);
        for (String heading : content.headings()) {
            PdfPCell cell = cell(fonts.phrase(heading, BODY_SIZE, Weight.BOLD, BLACK), heading);
            cell.setBackgroundColor(HEADER_FILL);
            table.addCell(ruled(cell));
        }
        for (SummaryContent.Row row : content.rows()) {
            String when = row.time().isEmpty() ? row.date() : row.date() + "\n" + row.time();
            table.addCell(ruled(cell(fonts.phrase(when, BODY_SIZE, Weight.REGULAR, BLACK), when)));
            table.addCell(ruled(agencyCell(row.agency())));
            table.addCell(ruled(whatHappenedCell(row, content.sourceLine(row))));
        }
        return table;
    }

    private PdfPCell agencyCell(AgencyChip agency) {
        PdfPCell cell = new PdfPCell();
        cell.addElement(new Paragraph(fonts.phrase(agency.code(), CHIP_SIZE, Weight.BOLD, WHITE)));
        if (!agency.name().isEmpty()) {
            cell.addElement(new Paragraph(fonts.phrase(agency.name(), SMALL_SIZE, Weight.REGULAR, WHITE)));
        }
        cell.setBackgroundColor(colour(agency));
        return padded(cell, agency.code() + agency.name());
    }

    private PdfPCell whatHappenedCell(SummaryContent.Row row, String sourceLine) {
        PdfPCell cell = new PdfPCell();
        cell.addElement(new Paragraph(fonts.phrase(row.whatHappened(), BODY_SIZE, Weight.REGULAR, BLACK)));
        if (!row.source().isEmpty()) {
            cell.addElement(new Paragraph(
                    fonts.phrase(sourceLine, SMALL_SIZE, Weight.REGULAR, SOURCE_GREY)));
        }
        return padded(cell, row.whatHappened() + row.source());
    }

    private static PdfPCell cell(Phrase phrase, String text) {
        return padded(new PdfPCell(phrase), text);
    }

    private static PdfPCell padded(PdfPCell cell, String text) {
        cell.setPadding(CELL_PADDING);
        cell.setUseAscender(true);
        if (hasRightToLeft(text)) {
            // the Unicode bidi algorithm, so Hebrew and Arabic read right to left in an LTR page
            cell.setRunDirection(PdfWriter.RUN_DIRECTION_LTR);
        }
        return cell;
    }

    private static PdfPCell ruled(PdfPCell cell) {
        cell.setBorderColor(RULE);
        cell.setBorderWidth(0.5f);
        return cell;
    }

    private static boolean hasRightToLeft(String text) {
        return text.codePoints().anyMatch(cp -> {
            byte direction = Character.getDirectionality(cp);
            return direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT
                    || direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC;
        });
    }

    /** The model's time, not the clock's, so the same model gives the same file. */
    private static void stampCreationDate(PdfWriter writer, Instant generatedAt) {
        Calendar calendar = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        calendar.setTimeInMillis(generatedAt.toEpochMilli());
        PdfDate date = new PdfDate(calendar);
        writer.getInfo().put(PdfName.CREATIONDATE, date);
        writer.getInfo().put(PdfName.MODDATE, date);
    }

    /**
     * A file identifier from the content rather than OpenPDF's clock-and-random default, so a
     * summary in plain Helvetica is byte-for-byte the same each time. (Text that needs an embedded
     * fallback font still differs in the font's random subset prefix.)
     */
    private static void stampFileId(PdfWriter writer, SummaryContent content, Instant generatedAt) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update((content + "|" + generatedAt).getBytes(StandardCharsets.UTF_8));
            byte[] id = Arrays.copyOf(sha.digest(), 16);
            writer.getInfo().put(PdfName.FILEID, PdfEncryption.createInfoId(id, id));
        } catch (NoSuchAlgorithmException e) {
            // every JDK has SHA-256; without it OpenPDF's own identifier is used
        }
    }

    private static int pageCount(byte[] pdf) {
        try {
            PdfReader reader = new PdfReader(pdf);
            try {
                return reader.getNumberOfPages();
            } finally {
                reader.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read back the PDF just written", e); // not text: for the log
        }
    }

    private static Color colour(AgencyChip chip) {
        return new Color(chip.red(), chip.green(), chip.blue());
    }

    private static Color colour(String hex) {
        return new Color(Integer.parseInt(hex, 16));
    }

    /** "Page n" at the foot of every page, in the bottom margin so it takes no text space. */
    private static final class PageNumbers extends PdfPageEventHelper {

        private final PdfFonts fonts;
        private final String pageWord;

        PageNumbers(PdfFonts fonts, String pageWord) {
            this.fonts = fonts;
            this.pageWord = pageWord;
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            Phrase number = fonts.phrase(pageWord + " " + writer.getPageNumber(), SMALL_SIZE, Weight.REGULAR,
                    SOURCE_GREY);
            ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_CENTER, number,
                    A4_WIDTH / 2, MARGIN / 2, 0);
        }
    }
}
