package org.roundtable.timeline.importing;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.jspecify.annotations.Nullable;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.helpers.DefaultHandler;

import org.roundtable.timeline.importing.RawTable.RawRow;

/**
 * One sheet's cells, read from its XML as a stream: the non-empty rows with each cell as text
 * ({@link CellText}), and the merged regions, neither yet resolved. A formula cell gives its formula
 * with "=" in front, never a value.
 */
final class SheetCells extends DefaultHandler {

    /** Chronologies merge a few dozen cells; a cap keeps a hostile file from costing time. */
    private static final int MAX_MERGES = 10_000;

    private final String fileName;
    private final CellText cellText;
    private final ImportLimits limits;
    private final List<RawRow> rows = new ArrayList<>();
    private final List<CellRangeAddress> merges = new ArrayList<>();
    private final Map<String, String> sharedFormulaCells = new HashMap<>();

    private int rowNumber;
    private List<String> cells = new ArrayList<>();
    private int column;
    private @Nullable String cellRef;
    private @Nullable String type;
    private @Nullable String style;
    private boolean hasFormula;
    private @Nullable String sharedFormulaId;
    private final StringBuilder value = new StringBuilder();
    private final StringBuilder formula = new StringBuilder();
    private final StringBuilder inline = new StringBuilder();
    private boolean inValue;
    private boolean inFormula;
    private boolean inInline;
    private boolean inInlineText;
    private boolean inPhonetic;

    private SheetCells(String fileName, CellText cellText, ImportLimits limits) {
        this.fileName = fileName;
        this.cellText = cellText;
        this.limits = limits;
    }

    static SheetCells read(String fileName, InputStream sheetXml, CellText cellText, ImportLimits limits)
            throws Exception {
        SheetCells sheet = new SheetCells(fileName, cellText, limits);
        WorkbookChronology.xmlReader(sheet).parse(new InputSource(sheetXml));
        return sheet;
    }

    /** The rows with something in them, in sheet order, numbered as Excel numbers them. */
    List<RawRow> rows() {
        return rows;
    }

    /** The merged regions, 0-based as POI counts rows and columns. */
    List<CellRangeAddress> merges() {
        return merges;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        switch (WorkbookChronology.localName(localName, qName)) {
            case "row" -> {
                String r = attributes.getValue("r");
                rowNumber = r != null ? Integer.parseInt(r) : rowNumber + 1;
                cells = new ArrayList<>();
                column = -1;
            }
            case "c" -> {
                cellRef = attributes.getValue("r");
                column = cellRef != null ? new CellReference(cellRef).getCol() : column + 1;
                type = attributes.getValue("t");
                style = attributes.getValue("s");
                hasFormula = false;
                sharedFormulaId = null;
                value.setLength(0);
                formula.setLength(0);
                inline.setLength(0);
            }
            case "v" -> inValue = true;
            case "f" -> {
                inFormula = true;
                hasFormula = true;
                if ("shared".equals(attributes.getValue("t"))) {
                    sharedFormulaId = attributes.getValue("si");
                    if (attributes.getValue("ref") != null && sharedFormulaId != null) {
                        sharedFormulaCells.put(sharedFormulaId, cellName());
                    }
                }
            }
            case "is" -> inInline = true;
            case "rPh" -> inPhonetic = true;
            case "t" -> inInlineText = inInline && !inPhonetic;
            case "mergeCell" -> {
                String ref = attributes.getValue("ref");
                if (ref != null && ref.contains(":") && merges.size() < MAX_MERGES) {
                    merges.add(CellRangeAddress.valueOf(ref));
                }
            }
            default -> {
            }
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (inValue) {
            value.append(ch, start, length);
        } else if (inFormula) {
            formula.append(ch, start, length);
        } else if (inInlineText) {
            inline.append(ch, start, length);
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        switch (WorkbookChronology.localName(localName, qName)) {
            case "v" -> inValue = false;
            case "f" -> inFormula = false;
            case "is" -> inInline = false;
            case "rPh" -> inPhonetic = false;
            case "t" -> inInlineText = false;
            case "c" -> endCell();
            case "row" -> endRow();
            default -> {
            }
        }
    }

    private void endCell() {
        String text;
        if (hasFormula) {
            String sharedFrom = sharedFormulaId == null ? null : sharedFormulaCells.get(sharedFormulaId);
            // A formula filled down is written once; we show where it came from rather than rewrite it.
            text = !formula.isEmpty() ? "=" + formula
                    : "=(formula copied from " + (sharedFrom == null ? "another cell" : sharedFrom) + ")";
        } else {
            text = cellText.of(type, style, value.toString(), inline.toString());
        }
        if (TableLayout.isBlank(text)) {
            return;
        }
        if (column >= TableLayout.MAX_COLUMNS) {
            throw ChronologyFileRejected.tooManyColumns(fileName, CellReference.convertNumToColString(column),
                    TableLayout.MAX_COLUMNS);
        }
        while (cells.size() <= column) {
            cells.add("");
        }
        cells.set(column, text);
    }

    private void endRow() {
        if (!TableLayout.isBlankRow(cells)) {
            rows.add(new RawRow(rowNumber, cells));
            if (rows.size() > limits.maxRows() + TableLayout.HEADING_SEARCH_ROWS) {
                throw ChronologyFileRejected.tooManyRows(fileName, limits.maxRows());
            }
        }
    }

    private String cellName() {
        return cellRef != null ? cellRef : CellReference.convertNumToColString(column) + rowNumber;
    }
}
