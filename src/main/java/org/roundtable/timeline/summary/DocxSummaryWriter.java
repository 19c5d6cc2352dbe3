package org.roundtable.timeline.summary;

import static org.roundtable.timeline.summary.SummaryLayout.*;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;

/**
 * Writes the summary as a Word document with Apache POI, following {@link SummaryLayout}: the
 * same page, margins, sizes and columns as the PDF, in Arial (Word's counterpart of Helvetica).
 * Word chooses its own fallback fonts for characters Arial lacks, so nothing is replaced here.
 */
final class DocxSummaryWriter {

    private static final String FONT = "Arial"; // not text: a font's name
    private static final String BLACK = "000000";
    private static final String WHITE = "ffffff";

    byte[] write(SummaryContent content, Instant generatedAt) {
        try (XWPFDocument document = new XWPFDocument()) {
            describe(document.getProperties().getCoreProperties(), content.title(), generatedAt);
            // the document's language, so Word checks its spelling and screen readers read it in that language
            document.createStyles().setSpellingLanguage(content.languageTag());
            pageSetUp(document);

            XWPFParagraph title = paragraph(document.createParagraph(), 4);
            text(title, content.title(), TITLE_SIZE, true, BLACK);
            if (!content.subtitle().isEmpty()) {
                text(paragraph(document.createParagraph(), 2), content.subtitle(), SUBTITLE_SIZE, false, BLACK);
            }
            text(paragraph(document.createParagraph(), 2), content.prepared(), SMALL_SIZE, false, SOURCE_HEX);
            text(paragraph(document.createParagraph(), GAP), content.preReading(), NOTE_SIZE, true, BLACK);
            if (!content.key().isEmpty()) {
                text(paragraph(document.createParagraph(), 2), content.keyHeading(), NOTE_SIZE, true, BLACK);
                key(document, content.key());
                // Word needs a paragraph between two tables; this one is exactly the PDF's gap
                paragraph(document.createParagraph(), 0).setSpacingBetween(GAP, LineSpacingRule.EXACT);
            }
            if (content.rows().isEmpty()) {
                text(paragraph(document.createParagraph(), 0), content.noKeyEvents(), BODY_SIZE, false, BLACK);
            } else {
                table(document, content);
            }
            pageNumbers(document, content.pageWord());

            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the key events summary as DOCX", e); // not text: for the log
        }
    }

    /** The model's time, not the clock's, so the same model gives the same document. */
    private static void describe(POIXMLProperties.CoreProperties properties, String title, Instant generatedAt) {
        properties.setTitle(title);
        properties.setCreator("Roundtable"); // not text: the brand
        properties.setCreated(Optional.of(Date.from(generatedAt)));
        properties.setModified(Optional.of(Date.from(generatedAt)));
    }

    private static void pageSetUp(XWPFDocument document) {
        CTSectPr section = document.getDocument().getBody().isSetSectPr()
                ? document.getDocument().getBody().getSectPr()
                : document.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
        size.setW(BigInteger.valueOf(twips(A4_WIDTH)));
        size.setH(BigInteger.valueOf(twips(A4_HEIGHT)));
        size.setOrient(STPageOrientation.PORTRAIT);
        CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
        BigInteger margin = BigInteger.valueOf(twips(MARGIN));
        margins.setTop(margin);
        margins.setBottom(margin);
        margins.setLeft(margin);
        margins.setRight(margin);
        // the footer sits in the bottom margin, as in the PDF
        margins.setFooter(BigInteger.valueOf(twips(MARGIN / 3)));
        margins.setHeader(BigInteger.valueOf(twips(MARGIN / 3)));
    }

    private static void key(XWPFDocument document, List<AgencyChip> key) {
        int rows = (key.size() + KEY_AGENCIES_PER_ROW - 1) / KEY_AGENCIES_PER_ROW;
        XWPFTable table = fixedTable(document, rows, KEY_COLUMNS);
        table.removeBorders();
        for (int i = 0; i < key.size(); i++) {
            AgencyChip chip = key.get(i);
            XWPFTableRow row = table.getRow(i / KEY_AGENCIES_PER_ROW);
            int column = (i % KEY_AGENCIES_PER_ROW) * 2;
            XWPFTableCell code = row.getCell(column);
            code.setColor(chip.hex());
            text(firstParagraph(code), chip.code(), CHIP_SIZE, true, WHITE);
            text(firstParagraph(row.getCell(column + 1)), chip.name(), BODY_SIZE, false, BLACK);
        }
    }

    private static void table(XWPFDocument document, SummaryContent content) {
        List<SummaryContent.Row> rows = content.rows();
        List<String> headings = content.headings();
        XWPFTable table = fixedTable(document, rows.size() + 1, TABLE_COLUMNS);
        String rule = "bfbfbf";
        table.setTopBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, rule);
        table.setBottomBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, rule);
        table.setLeftBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, rule);
        table.setRightBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, rule);
        table.setInsideHBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, rule);
        table.setInsideVBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, rule);

        XWPFTableRow header = table.getRow(0);
        header.setRepeatHeader(true);
        for (int c = 0; c < headings.size(); c++) {
            XWPFTableCell cell = header.getCell(c);
            cell.setColor(HEADER_FILL_HEX);
            text(firstParagraph(cell), headings.get(c), BODY_SIZE, true, BLACK);
        }
        for (int r = 0; r < rows.size(); r++) {
            SummaryContent.Row row = rows.get(r);
            XWPFTableRow tableRow = table.getRow(r + 1);

            XWPFTableCell when = tableRow.getCell(0);
            String date = row.time().isEmpty() ? row.date() : row.date() + "\n" + row.time();
            text(firstParagraph(when), date, BODY_SIZE, false, BLACK);

            XWPFTableCell agency = tableRow.getCell(1);
            agency.setColor(row.agency().hex());
            text(firstParagraph(agency), row.agency().code(), CHIP_SIZE, true, WHITE);
            if (!row.agency().name().isEmpty()) {
                text(paragraph(agency.addParagraph(), 0), row.agency().name(), SMALL_SIZE, false, WHITE);
            }

            XWPFTableCell what = tableRow.getCell(2);
            text(firstParagraph(what), row.whatHappened(), BODY_SIZE, false, BLACK);
            if (!row.source().isEmpty()) {
                text(paragraph(what.addParagraph(), 0), content.sourceLine(row), SMALL_SIZE, false, SOURCE_HEX);
            }
        }
    }

    /** A full-width table with fixed column widths, so Word does not re-flow it to its content. */
    private static XWPFTable fixedTable(XWPFDocument document, int rows, float[] shares) {
        XWPFTable table = document.createTable(rows, shares.length);
        float total = 0;
        for (float share : shares) {
            total += share;
        }
        CTTblPr properties = table.getCTTbl().getTblPr();
        (properties.isSetTblLayout() ? properties.getTblLayout() : properties.addNewTblLayout())
                .setType(STTblLayoutType.FIXED);
        table.setWidth(String.valueOf(twips(textWidth())));
        int padding = twips(CELL_PADDING);
        table.setCellMargins(padding, padding, padding, padding);
        CTTblGrid grid = table.getCTTbl().getTblGrid() != null
                ? table.getCTTbl().getTblGrid()
                : table.getCTTbl().addNewTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (float share : shares) {
            int width = twips(textWidth() * share / total);
            grid.addNewGridCol().setW(BigInteger.valueOf(width));
        }
        for (XWPFTableRow row : table.getRows()) {
            for (int c = 0; c < shares.length; c++) {
                row.getCell(c).setWidth(String.valueOf(twips(textWidth() * shares[c] / total)));
            }
        }
        return table;
    }

    /** "Page n" in the footer: the word in the document's language, then Word's page number field. */
    private static void pageNumbers(XWPFDocument document, String pageWord) {
        XWPFFooter footer = document.createFooter(HeaderFooterType.DEFAULT);
        XWPFParagraph paragraph = paragraph(footer.createParagraph(), 0);
        paragraph.setAlignment(ParagraphAlignment.CENTER);
        text(paragraph, pageWord + " ", SMALL_SIZE, false, SOURCE_HEX);
        XWPFRun number = paragraph.createRun();
        style(number, SMALL_SIZE, false, SOURCE_HEX);
        number.getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
        number.getCTR().addNewInstrText().setStringValue(" PAGE ");
        number.getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
    }

    private static XWPFParagraph firstParagraph(XWPFTableCell cell) {
        return paragraph(cell.getParagraphs().getFirst(), 0);
    }

    /** Spacing set on every paragraph, so Word's defaults never differ from the PDF's. */
    private static XWPFParagraph paragraph(XWPFParagraph paragraph, float spaceAfter) {
        paragraph.setSpacingBefore(0);
        paragraph.setSpacingAfter(twips(spaceAfter));
        paragraph.setSpacingBetween(LINE_HEIGHT);
        return paragraph;
    }

    /** The text in one run per line: a {@code \n} in a run's text is not a line break in Word. */
    private static void text(XWPFParagraph paragraph, String text, float size, boolean bold, String colour) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            XWPFRun run = paragraph.createRun();
            style(run, size, bold, colour);
            if (i > 0) {
                run.addBreak();
            }
            run.setText(lines[i]);
        }
    }

    private static void style(XWPFRun run, float size, boolean bold, String colour) {
        // in the schema's order of run properties, which strict readers insist on
        run.setFontFamily(FONT);
        run.setBold(bold);
        run.setColor(colour);
        run.setFontSize(size);
    }
}
