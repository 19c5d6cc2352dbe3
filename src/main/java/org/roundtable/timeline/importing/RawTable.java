package org.roundtable.timeline.importing;

import java.util.List;

/**
 * A chronology file's cells as text, before any of them is interpreted: the column headings and
 * every non-empty row below them, each row as wide as the headings.
 *
 * @param headers          one heading per column; a column without one is named "Column C" (XLSX)
 *                         or "Column 3" (CSV)
 * @param rows             the rows below the headings that have something in them, in file order
 * @param headerRowNumber  the row the headings are on, as the file numbers it (the lower row when
 *                         the headings take two rows); 0 when the file starts straight with entries
 */
public record RawTable(List<String> headers, List<RawRow> rows, int headerRowNumber) {

    public RawTable {
        headers = List.copyOf(headers);
        rows = List.copyOf(rows);
    }

    /**
     * One row of a chronology file.
     *
     * @param rowNumber the row's number as the file shows it (1-based; empty rows and the heading
     *                  rows counted, a quoted line break in a CSV cell not)
     * @param cells     the row's cells as text, exactly as written
     */
    public record RawRow(int rowNumber, List<String> cells) {

        public RawRow {
            cells = List.copyOf(cells);
        }
    }
}
