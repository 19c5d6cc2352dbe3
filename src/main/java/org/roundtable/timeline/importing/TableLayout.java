package org.roundtable.timeline.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

import org.roundtable.shared.UserText;
import org.roundtable.timeline.importing.RawTable.RawRow;

/** Finding the heading row, and trimming and padding rows into a {@link RawTable}: the same for CSV and XLSX. */
final class TableLayout {

    /** Columns we read; chronologies have a dozen at most, and a stray cell in column XFD must not cost memory. */
    static final int MAX_COLUMNS = 200;
    /** How far down we look for the headings, past titles and notes at the top of a sheet. */
    static final int HEADING_SEARCH_ROWS = 30;

    private TableLayout() {
    }

    /**
     * The index of the heading row among {@code rows}: the first of the top rows with at least two cells,
     * none of them a date, and two (failing that, one) reading like chronology headings; else the first
     * row, unless that already holds a date (the file then has no headings and -1 is returned).
     */
    static int headingRowIndex(List<RawRow> rows) {
        // Two recognised headings first, so a title such as "Date range:" is not taken for the headings.
        for (int recognised = 2; recognised >= 1; recognised--) {
            for (int i = 0; i < Math.min(rows.size(), HEADING_SEARCH_ROWS); i++) {
                if (recognisedHeadings(rows.get(i).cells()) >= recognised && looksLikeHeadings(rows.get(i).cells())) {
                    return i;
                }
            }
        }
        if (rows.isEmpty() || holdsADate(rows.getFirst().cells())) {
            return -1;
        }
        return 0;
    }

    static boolean looksLikeHeadings(List<String> cells) {
        long filled = cells.stream().filter(cell -> !isBlank(cell)).count();
        return filled >= 2 && recognisedHeadings(cells) >= 1 && !holdsADate(cells);
    }

    static long recognisedHeadings(List<String> cells) {
        return cells.stream().filter(Headings::recognises).count();
    }

    static boolean holdsADate(List<String> cells) {
        return cells.stream().filter(cell -> !isBlank(cell)).anyMatch(cell -> UkDates.parse(cell).isRead());
    }

    static boolean isBlank(String cell) {
        return UkDates.spacesNormalised(cell).isBlank();
    }

    static boolean isBlankRow(List<String> cells) {
        return cells.stream().allMatch(TableLayout::isBlank);
    }

    /**
     * The table: columns trimmed to those with something in them (headings or cells), every row as
     * wide as the headings, and unnamed columns named by {@code columnName}.
     */
    static RawTable assemble(String fileName, List<String> headings, int headerRowNumber, List<RawRow> dataRows,
            ImportLimits limits, IntFunction<String> columnName) {
        if (dataRows.isEmpty()) {
            throw ChronologyFileRejected.noEntries(fileName);
        }
        if (dataRows.size() > limits.maxRows()) {
            throw ChronologyFileRejected.tooManyRows(fileName, limits.maxRows());
        }
        int first = Integer.MAX_VALUE;
        int last = -1;
        List<List<String>> all = new ArrayList<>(dataRows.size() + 1);
        all.add(headings);
        dataRows.forEach(row -> all.add(row.cells()));
        for (List<String> cells : all) {
            for (int column = 0; column < cells.size(); column++) {
                if (!isBlank(cells.get(column))) {
                    first = Math.min(first, column);
                    last = Math.max(last, column);
                }
            }
        }
        List<String> headers = new ArrayList<>(last - first + 1);
        for (int column = first; column <= last; column++) {
            String heading = column < headings.size() ? heading(headings.get(column)) : "";
            headers.add(heading.isEmpty() ? columnName.apply(column) : heading);
        }
        List<RawRow> rows = new ArrayList<>(dataRows.size());
        for (RawRow row : dataRows) {
            List<String> cells = new ArrayList<>(headers.size());
            for (int column = first; column <= last; column++) {
                cells.add(column < row.cells().size() ? row.cells().get(column) : "");
            }
            rows.add(new RawRow(row.rowNumber(), cells));
        }
        return new RawTable(headers, rows, headerRowNumber);
    }

    /** Headings often carry line breaks (Alt+Enter in Excel); a heading is shown on one line. */
    private static String heading(String cell) {
        return UserText.clean(UkDates.spacesNormalised(cell)).replaceAll("\\s+", " ");
    }
}
