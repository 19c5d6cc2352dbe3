package org.roundtable.record.export;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;

import org.openpdf.text.Document;
import org.openpdf.text.PageSize;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.PdfDate;
import org.openpdf.text.pdf.PdfEncryption;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfString;
import org.openpdf.text.pdf.PdfWriter;
import org.roundtable.record.RecordExportSection.Block;
import org.roundtable.record.RecordExportSection.Bullets;
import org.roundtable.record.RecordExportSection.Paragraph;
import org.roundtable.record.RecordExportSection.Row;
import org.roundtable.record.RecordExportSection.Section;
import org.roundtable.record.RecordExportSection.Subheading;
import org.roundtable.record.RecordExportSection.Table;
import org.roundtable.shared.PdfFonts;

/**
 * Writes the record as an A4 PDF with OpenPDF, with fonts that cover non-Latin text
 * ({@link PdfFonts}) and right-to-left text laid out by the bidi algorithm.
 */
public final class ExportPdfWriter {

    private static final Color GREY = new Color(0x59, 0x59, 0x59);
    private static final Color HEADER_FILL = new Color(0xd9, 0xd9, 0xd9);
    private static final Color RULE = new Color(0xbf, 0xbf, 0xbf);

    private ExportPdfWriter() {
    }

    public static byte[] write(ExportDocument record) {
        PdfFonts fonts = PdfFonts.shared();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 40, 40, 40, 40);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        document.addTitle(record.title());
        document.addCreator("Roundtable");
        document.open();
        fixMetadata(writer, record);
        writer.getExtraCatalog().put(PdfName.LANG, new PdfString("en-GB"));
        document.add(paragraph(fonts, record.title(), 18, PdfFonts.Weight.BOLD, Color.BLACK, 6));
        for (String line : record.titlePage()) {
            document.add(paragraph(fonts, line, 10, PdfFonts.Weight.REGULAR, Color.BLACK, 2));
        }
        for (Section section : record.sections()) {
            org.openpdf.text.Paragraph heading = paragraph(fonts, section.title(), 14, PdfFonts.Weight.BOLD,
                    Color.BLACK, 4);
            heading.setSpacingBefore(12);
            document.add(heading);
            for (Block block : section.blocks()) {
                switch (block) {
                    case Subheading s -> document.add(paragraph(fonts, s.text(), 11, PdfFonts.Weight.BOLD,
                            Color.BLACK, 3));
                    case Paragraph p -> document.add(paragraph(fonts, p.text(), p.note() ? 8 : 9,
                            PdfFonts.Weight.REGULAR, p.note() ? GREY : Color.BLACK, 3));
                    case Bullets b -> b.items().forEach(item -> document.add(paragraph(fonts, "• " + item, 9,
                            PdfFonts.Weight.REGULAR, Color.BLACK, 2)));
                    case Table t -> document.add(table(fonts, t));
                }
            }
        }
        document.close();
        return out.toByteArray();
    }

    private static org.openpdf.text.Paragraph paragraph(PdfFonts fonts, String text, float size,
            PdfFonts.Weight weight, Color colour, float after) {
        org.openpdf.text.Paragraph paragraph = new org.openpdf.text.Paragraph(
                fonts.phrase(text, size, weight, colour));
        paragraph.setSpacingAfter(after);
        return paragraph;
    }

    private static PdfPTable table(PdfFonts fonts, Table table) {
        PdfPTable grid = new PdfPTable(table.headings().size());
        grid.setWidthPercentage(100);
        grid.setHeaderRows(1);
        grid.setSplitLate(false);
        grid.setSpacingAfter(6);
        for (String heading : table.headings()) {
            PdfPCell cell = cell(fonts.phrase(heading, 8, PdfFonts.Weight.BOLD, Color.BLACK), heading);
            cell.setBackgroundColor(HEADER_FILL);
            grid.addCell(cell);
        }
        for (Row row : table.rows()) {
            List<String> cells = row.cells();
            for (int c = 0; c < table.headings().size(); c++) {
                String value = c < cells.size() ? cells.get(c) : "";
                boolean coloured = c == 0 && row.colour() != null;
                PdfPCell cell = cell(fonts.phrase(value, 8, coloured ? PdfFonts.Weight.BOLD : PdfFonts.Weight.REGULAR,
                        coloured ? Color.WHITE : Color.BLACK), value);
                if (coloured) {
                    cell.setBackgroundColor(Color.decode(row.colour()));
                }
                grid.addCell(cell);
            }
        }
        return grid;
    }

    private static PdfPCell cell(Phrase phrase, String text) {
        PdfPCell cell = new PdfPCell(phrase);
        cell.setPadding(3);
        cell.setUseAscender(true);
        cell.setBorderColor(RULE);
        cell.setBorderWidth(0.5f);
        if (hasRightToLeft(text)) {
            // the Unicode bidi algorithm, so Hebrew and Arabic read right to left in an LTR page
            cell.setRunDirection(PdfWriter.RUN_DIRECTION_LTR);
        }
        return cell;
    }

    private static boolean hasRightToLeft(String text) {
        return text.codePoints().anyMatch(cp -> {
            byte direction = Character.getDirectionality(cp);
            return direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT
                    || direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC;
        });
    }

    /** Dates and file id from the record, not the clock, so the same record gives the same text and metadata. */
    private static void fixMetadata(PdfWriter writer, ExportDocument record) {
        Calendar calendar = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        calendar.setTimeInMillis(946_684_800_000L);
        PdfDate date = new PdfDate(calendar);
        writer.getInfo().put(PdfName.CREATIONDATE, date);
        writer.getInfo().put(PdfName.MODDATE, date);
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(record.toString().getBytes(StandardCharsets.UTF_8));
            byte[] id = Arrays.copyOf(sha.digest(), 16);
            writer.getInfo().put(PdfName.FILEID, PdfEncryption.createInfoId(id, id));
        } catch (NoSuchAlgorithmException e) {
            // every JDK has SHA-256; without it OpenPDF's own identifier is used
        }
    }
}
