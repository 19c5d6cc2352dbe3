package org.roundtable.timeline.importing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.jspecify.annotations.Nullable;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads an XLSX chronology by streaming its sheet ({@link SheetCells}), so memory stays
 * proportional to the text and not to Excel's object model; formulas are never evaluated. The
 * sheet read is the first visible one that has chronology headings (so an "Instructions" sheet in
 * front is passed over), else the first visible one with anything in it. Before POI sees the file,
 * its parts are listed to tell a Word document or an .xlsb from a workbook, and to refuse one that
 * unpacks to far more than its size.
 */
final class WorkbookChronology {

    private WorkbookChronology() {
    }

    static RawTable read(String fileName, byte[] content, ImportLimits limits) {
        Set<String> parts = partsOf(fileName, content, limits);
        if (parts != null && !parts.contains("xl/workbook.xml")) {
            throw notAWorkbookButWhat(fileName, parts);
        }
        OPCPackage workbook;
        try {
            workbook = OPCPackage.open(new ByteArrayInputStream(content));
        } catch (Exception e) {
            throw ChronologyFileRejected.unreadableWorkbook(fileName);
        }
        try {
            return readSheets(fileName, workbook, limits);
        } catch (ChronologyFileRejected e) {
            throw e;
        } catch (Exception e) {
            ChronologyFileRejected inside = rejectionInside(e);
            throw inside != null ? inside : ChronologyFileRejected.unreadableWorkbook(fileName);
        } finally {
            workbook.revert(); // closes without writing anything back
        }
    }

    private static RawTable readSheets(String fileName, OPCPackage workbook, ImportLimits limits) throws Exception {
        XSSFReader reader = new XSSFReader(workbook);
        WorkbookFacts facts = WorkbookFacts.read(reader.getWorkbookData());
        CellText cellText = new CellText(new ReadOnlySharedStringsTable(workbook, false), stylesOf(reader),
                facts.date1904);
        SheetCells firstFilled = null;
        for (String relationId : facts.visibleSheets) {
            SheetCells sheet;
            try (InputStream xml = reader.getSheet(relationId)) {
                sheet = SheetCells.read(fileName, xml, cellText, limits);
            }
            if (sheet.rows().isEmpty()) {
                continue;
            }
            if (firstFilled == null) {
                firstFilled = sheet;
            }
            if (sheet.rows().stream().limit(TableLayout.HEADING_SEARCH_ROWS)
                    .anyMatch(row -> TableLayout.looksLikeHeadings(row.cells()))) {
                return SheetLayout.toTable(fileName, sheet, limits);
            }
        }
        if (firstFilled == null) {
            throw ChronologyFileRejected.noFilledSheet(fileName);
        }
        return SheetLayout.toTable(fileName, firstFilled, limits);
    }

    private static @Nullable StylesTable stylesOf(XSSFReader reader) {
        try {
            return reader.getStylesTable();
        } catch (Exception noStyles) {
            return null; // a workbook without styles has no date formats: numbers stay numbers
        }
    }

    /**
     * The names of the ZIP's parts, having checked they do not unpack to more than the limit; null
     * when Java's ZIP reader cannot list them, and POI is left to judge the file.
     */
    private static @Nullable Set<String> partsOf(String fileName, byte[] content, ImportLimits limits) {
        Set<String> names = new HashSet<>();
        long unpacked = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                names.add(entry.getName());
                for (int n = zip.read(buffer); n > 0; n = zip.read(buffer)) {
                    unpacked += n;
                    if (unpacked > limits.maxUnpackedBytes()) {
                        throw ChronologyFileRejected.unpacksTooBig(fileName, limits.maxUnpackedBytes());
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof ChronologyFileRejected rejected) {
                throw rejected;
            }
            return null;
        }
        if (names.isEmpty()) {
            throw ChronologyFileRejected.unreadableWorkbook(fileName);
        }
        return names;
    }

    private static ChronologyFileRejected notAWorkbookButWhat(String fileName, Set<String> parts) {
        if (parts.contains("xl/workbook.bin")) {
            return ChronologyFileRejected.otherSpreadsheet(fileName, "timeline.file.kind.xlsb");
        }
        if (parts.contains("word/document.xml")) {
            return ChronologyFileRejected.wordDocument(fileName);
        }
        if (parts.contains("mimetype") && parts.contains("content.xml")) {
            return ChronologyFileRejected.otherSpreadsheet(fileName, "timeline.file.kind.opendocument");
        }
        return ChronologyFileRejected.notAWorkbook(fileName);
    }

    /** SAX parsers may wrap what a handler throws; the facilitator should still see our message. */
    private static @Nullable ChronologyFileRejected rejectionInside(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof ChronologyFileRejected rejected) {
                return rejected;
            }
            if (cause instanceof SAXException sax && sax.getException() instanceof ChronologyFileRejected r) {
                return r;
            }
        }
        return null;
    }

    static XMLReader xmlReader(DefaultHandler handler) throws Exception {
        XMLReader xml = XMLHelper.newXMLReader(); // POI's reader refuses external entities
        xml.setContentHandler(handler);
        return xml;
    }

    static String localName(String localName, String qName) {
        return localName.isEmpty() ? qName.substring(qName.indexOf(':') + 1) : localName;
    }

    /** What workbook.xml says: the sheets in order, which are visible, and the date system. */
    private static final class WorkbookFacts extends DefaultHandler {

        final List<String> visibleSheets = new ArrayList<>();
        boolean date1904;

        static WorkbookFacts read(InputStream workbookXml) throws Exception {
            WorkbookFacts facts = new WorkbookFacts();
            try (workbookXml) {
                xmlReader(facts).parse(new InputSource(workbookXml));
            }
            return facts;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            switch (localName(localName, qName)) {
                case "workbookPr" -> {
                    String value = attributes.getValue("date1904");
                    date1904 = "1".equals(value) || "true".equalsIgnoreCase(value);
                }
                case "sheet" -> {
                    String state = attributes.getValue("state");
                    String relationId = null;
                    for (int i = 0; i < attributes.getLength(); i++) {
                        if ("id".equals(localName(attributes.getLocalName(i), attributes.getQName(i)))) {
                            relationId = attributes.getValue(i);
                        }
                    }
                    if (relationId != null && (state == null || "visible".equals(state))) {
                        visibleSheets.add(relationId);
                    }
                }
                default -> {
                }
            }
        }
    }
}
