package org.roundtable.timeline.importing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;

import org.roundtable.timeline.importing.RawTable.RawRow;

/**
 * Lays a sheet's cells out as a {@link RawTable}, resolving merged cells the way a reader of the
 * sheet sees them: a heading merged across columns names each of them ("Details", "Details (2)");
 * a group heading over a row of sub-headings gives "Contact: What happened"; a date merged down
 * over a day's entries is given to each entry.
 */
final class SheetLayout {

    private static final int SUB_HEADING_LENGTH = 60;

    private final SheetCells sheet;
    private final Map<Integer, List<String>> cellsByRowNumber = new HashMap<>();

    private SheetLayout(SheetCells sheet) {
        this.sheet = sheet;
        sheet.rows().forEach(row -> cellsByRowNumber.put(row.rowNumber(), row.cells()));
    }

    static RawTable toTable(String fileName, SheetCells sheet, ImportLimits limits) {
        return new SheetLayout(sheet).toTable(fileName, limits);
    }

    private RawTable toTable(String fileName, ImportLimits limits) {
        List<RawRow> rows = sheet.rows();
        int heading = TableLayout.headingRowIndex(rows);
        List<String> headings = List.of();
        int headerRowNumber = 0;
        int firstDataRow = 0;
        if (heading >= 0) {
            RawRow headingRow = rows.get(heading);
            List<String> groups = headingsAcrossMerges(headingRow);
            headerRowNumber = headingRow.rowNumber();
            firstDataRow = heading + 1;
            if (firstDataRow < rows.size() && isSubHeading(headingRow, rows.get(firstDataRow))) {
                RawRow subHeadings = rows.get(firstDataRow);
                headings = combined(groups, subHeadings.cells());
                headerRowNumber = subHeadings.rowNumber();
                firstDataRow++;
            } else {
                headings = numberedAcrossMerges(headingRow, groups);
            }
        }
        List<RawRow> data = fillDownMergedCells(rows.subList(firstDataRow, rows.size()), headerRowNumber);
        return TableLayout.assemble(fileName, headings, headerRowNumber, data, limits,
                column -> "Column " + CellReference.convertNumToColString(column));
    }

    /** Each column's heading, a merged heading repeated in every column it spans. */
    private List<String> headingsAcrossMerges(RawRow headingRow) {
        List<String> headings = new ArrayList<>(headingRow.cells());
        for (CellRangeAddress merge : sheet.merges()) {
            if (spansColumnsOn(merge, headingRow.rowNumber())) {
                String text = cellAt(merge.getFirstRow() + 1, merge.getFirstColumn());
                int last = Math.min(merge.getLastColumn(), TableLayout.MAX_COLUMNS - 1);
                for (int c = merge.getFirstColumn(); c <= last; c++) {
                    while (headings.size() <= c) {
                        headings.add("");
                    }
                    headings.set(c, text);
                }
            }
        }
        return headings;
    }

    /** A merged heading's later columns become "Details (2)", "Details (3)", so every column has its own name. */
    private List<String> numberedAcrossMerges(RawRow headingRow, List<String> groups) {
        List<String> headings = new ArrayList<>(groups);
        for (CellRangeAddress merge : sheet.merges()) {
            if (spansColumnsOn(merge, headingRow.rowNumber())) {
                for (int c = merge.getFirstColumn() + 1; c < headings.size() && c <= merge.getLastColumn(); c++) {
                    String text = headings.get(c);
                    headings.set(c, TableLayout.isBlank(text) ? "" : text + " (" + (c - merge.getFirstColumn() + 1)
                            + ")");
                }
            }
        }
        return headings;
    }

    /**
     * Whether the row under the headings holds sub-headings of a merged group heading ("Contact"
     * over "What happened" and "Source") rather than the first entry: short text, no date, and
     * under the group at least two cells, one of which reads like a heading.
     */
    private boolean isSubHeading(RawRow headingRow, RawRow next) {
        if (next.rowNumber() != headingRow.rowNumber() + 1 || TableLayout.holdsADate(next.cells())
                || next.cells().stream().anyMatch(cell -> cell.length() > SUB_HEADING_LENGTH)) {
            return false;
        }
        for (CellRangeAddress merge : sheet.merges()) {
            if (spansColumnsOn(merge, headingRow.rowNumber())) {
                List<String> under = next.cells().subList(Math.min(merge.getFirstColumn(), next.cells().size()),
                        Math.min(merge.getLastColumn() + 1, next.cells().size()));
                if (under.stream().filter(cell -> !TableLayout.isBlank(cell)).count() >= 2
                        && TableLayout.recognisedHeadings(under) >= 1) {
                    return true;
                }
            }
        }
        return false;
    }

    private static List<String> combined(List<String> groups, List<String> subHeadings) {
        List<String> headings = new ArrayList<>();
        for (int c = 0; c < Math.max(groups.size(), subHeadings.size()); c++) {
            String group = c < groups.size() ? groups.get(c).strip() : "";
            String sub = c < subHeadings.size() ? subHeadings.get(c).strip() : "";
            headings.add(sub.isEmpty() ? group : group.isEmpty() || group.equals(sub) ? sub : group + ": " + sub);
        }
        return headings;
    }

    /** An entry's date merged down over the entries of that day is given to each of them. */
    private List<RawRow> fillDownMergedCells(List<RawRow> data, int headerRowNumber) {
        NavigableMap<Integer, Integer> indexByRowNumber = new TreeMap<>();
        List<List<String>> cellsOfRows = new ArrayList<>(data.size());
        for (RawRow row : data) {
            indexByRowNumber.put(row.rowNumber(), cellsOfRows.size());
            cellsOfRows.add(new ArrayList<>(row.cells()));
        }
        for (CellRangeAddress merge : sheet.merges()) {
            int top = merge.getFirstRow() + 1;
            if (merge.getLastRow() == merge.getFirstRow() || top <= headerRowNumber) {
                continue;
            }
            int c = merge.getFirstColumn();
            String text = cellAt(top, c);
            if (TableLayout.isBlank(text)) {
                continue;
            }
            for (int index : indexByRowNumber.subMap(top, false, merge.getLastRow() + 1, true).values()) {
                List<String> cellsOfRow = cellsOfRows.get(index);
                while (cellsOfRow.size() <= c) {
                    cellsOfRow.add("");
                }
                if (TableLayout.isBlank(cellsOfRow.get(c))) {
                    cellsOfRow.set(c, text);
                }
            }
        }
        List<RawRow> filled = new ArrayList<>(data.size());
        for (int i = 0; i < data.size(); i++) {
            filled.add(new RawRow(data.get(i).rowNumber(), cellsOfRows.get(i)));
        }
        return filled;
    }

    /** Whether the merge covers row {@code rowNumber} (1-based) and spans more than one column. */
    private static boolean spansColumnsOn(CellRangeAddress merge, int rowNumber) {
        return merge.getFirstColumn() < merge.getLastColumn()
                && merge.getFirstRow() + 1 <= rowNumber && rowNumber <= merge.getLastRow() + 1;
    }

    private String cellAt(int rowNumber, int column) {
        List<String> row = cellsByRowNumber.get(rowNumber);
        return row == null || column >= row.size() ? "" : row.get(column);
    }
}
