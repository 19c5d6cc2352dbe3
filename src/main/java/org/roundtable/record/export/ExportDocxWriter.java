package org.roundtable.record.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.roundtable.record.RecordExportSection.Block;
import org.roundtable.record.RecordExportSection.Bullets;
import org.roundtable.record.RecordExportSection.Paragraph;
import org.roundtable.record.RecordExportSection.Row;
import org.roundtable.record.RecordExportSection.Section;
import org.roundtable.record.RecordExportSection.Subheading;
import org.roundtable.record.RecordExportSection.Table;

/** Writes the record as a Word document (A4, Arial), agency cells shaded in the agency's colour. */
public final class ExportDocxWriter {

    /** A fixed date in the file's properties: the same record gives the same document. */
    private static final Instant FIXED = Instant.parse("2000-01-01T00:00:00Z");
    private static final String FONT = "Arial";
    private static final String BLACK = "000000";
    private static final String WHITE = "ffffff";
    private static final String GREY = "595959";
    private static final String HEADER_FILL = "d9d9d9";
    private static final int A4_WIDTH = 11906;
    private static final int A4_HEIGHT = 16838;
    private static final int MARGIN = 1134;
    private static final int ROWS_PER_PART = 250;
    /** The size of most text, the tables' cells: the document's default, so that runs need not say it. */
    private static final int BODY_SIZE = 9;

    private ExportDocxWriter() {
    }

    public static byte[] write(ExportDocument record) {
        try (XWPFDocument document = new XWPFDocument()) {
            var properties = document.getProperties().getCoreProperties();
            properties.setTitle(record.title());
            properties.setCreator("Roundtable");
            properties.setCreated(Optional.of(Date.from(FIXED)));
            properties.setModified(Optional.of(Date.from(FIXED)));
            pageSetUp(document);
            defaults(document);
            text(document.createParagraph(), record.title(), 20, true, BLACK);
            for (String line : record.titlePage()) {
                text(document.createParagraph(), line, 11, false, BLACK);
            }
            for (Section section : record.sections()) {
                XWPFParagraph heading = document.createParagraph();
                heading.setSpacingBefore(240);
                text(heading, section.title(), 16, true, BLACK);
                for (Block block : section.blocks()) {
                    switch (block) {
                        case Subheading s -> text(document.createParagraph(), s.text(), 13, true, BLACK);
                        case Paragraph p -> text(document.createParagraph(), p.text(), p.note() ? 9 : 10, false,
                                p.note() ? GREY : BLACK);
                        case Bullets b -> b.items().forEach(item ->
                                text(document.createParagraph(), "• " + item, 10, false, BLACK));
                        case Table t -> table(document, t);
                    }
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the record as DOCX", e);
        }
    }

    /**
     * Arial at the body size in automatic (black) colour as the document's defaults, which every run
     * inherits: a run then carries only its text, and what differs (bold, a heading's size, white on
     * an agency's colour, grey). Set on every run, the properties made up most of a 5,000-note
     * record's XML, and building and saving them most of the export's time.
     */
    private static void defaults(XWPFDocument document) {
        XWPFStyles styles = document.createStyles();
        CTFonts fonts = CTFonts.Factory.newInstance();
        fonts.setAscii(FONT);
        fonts.setHAnsi(FONT);
        fonts.setCs(FONT);
        fonts.setEastAsia(FONT);
        styles.setDefaultFonts(fonts);
        CTRPr runDefaults = styles.getCtStyles().getDocDefaults().getRPrDefault().getRPr();
        BigInteger halfPoints = BigInteger.valueOf(BODY_SIZE * 2L);
        runDefaults.addNewSz().setVal(halfPoints);
        runDefaults.addNewSzCs().setVal(halfPoints);
    }

    private static void pageSetUp(XWPFDocument document) {
        var body = document.getDocument().getBody();
        CTSectPr section = body.isSetSectPr() ? body.getSectPr() : body.addNewSectPr();
        CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
        size.setW(BigInteger.valueOf(A4_WIDTH));
        size.setH(BigInteger.valueOf(A4_HEIGHT));
        CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
        BigInteger margin = BigInteger.valueOf(MARGIN);
        margins.setTop(margin);
        margins.setBottom(margin);
        margins.setLeft(margin);
        margins.setRight(margin);
    }

    /**
     * A table of up to {@link #ROWS_PER_PART} rows per part, the parts one after the other with
     * nothing between them, so Word shows one table (the header row repeats on every page). POI
     * counts a table's rows by walking them for every row it adds or finds, so one table of 5,000
     * rows took seconds; parts keep that walk short.
     */
    private static void table(XWPFDocument document, Table table) {
        List<Row> rows = table.rows();
        int columns = table.headings().size();
        for (int from = 0; from == 0 || from < rows.size(); from += ROWS_PER_PART) {
            List<Row> part = rows.subList(from, Math.min(rows.size(), from + ROWS_PER_PART));
            boolean first = from == 0;
            XWPFTable grid = document.createTable(part.size() + (first ? 1 : 0), columns);
            grid.setWidth("100%");
            List<XWPFTableRow> tableRows = grid.getRows();
            if (first) {
                XWPFTableRow header = tableRows.getFirst();
                header.setRepeatHeader(true);
                for (int c = 0; c < columns; c++) {
                    XWPFTableCell cell = header.getCell(c);
                    cell.setColor(HEADER_FILL);
                    text(cell.getParagraphs().getFirst(), table.headings().get(c), 9, true, BLACK);
                }
            }
            for (int r = 0; r < part.size(); r++) {
                Row row = part.get(r);
                XWPFTableRow tableRow = tableRows.get(r + (first ? 1 : 0));
                List<String> cells = row.cells();
                for (int c = 0; c < columns; c++) {
                    XWPFTableCell cell = tableRow.getCell(c);
                    String value = c < cells.size() ? cells.get(c) : "";
                    boolean coloured = c == 0 && row.colour() != null;
                    if (coloured) {
                        cell.setColor(row.colour().substring(1));
                    }
                    text(cell.getParagraphs().getFirst(), value, 9, coloured, coloured ? WHITE : BLACK);
                }
            }
        }
        document.createParagraph();
    }

    /** The text in one run per line: a {@code \n} in a run's text is not a line break in Word. */
    private static void text(XWPFParagraph paragraph, String text, int size, boolean bold, String colour) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            XWPFRun run = paragraph.createRun();
            // Arial, the body size and black come from the document's defaults.
            if (bold) {
                run.setBold(true);
            }
            if (!colour.equals(BLACK)) {
                run.setColor(colour);
            }
            if (size != BODY_SIZE) {
                run.setFontSize(size);
            }
            if (i > 0) {
                run.addBreak();
            }
            run.setText(lines[i]);
        }
    }
}
