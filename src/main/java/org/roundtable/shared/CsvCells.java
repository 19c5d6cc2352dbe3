package org.roundtable.shared;

/**
 * Cells for any CSV we write: text a spreadsheet would run as a formula is made inert, because a
 * chronology cell like "=HYPERLINK(…)" or "+44 161…" came from someone else's file.
 */
public final class CsvCells {

    private CsvCells() {
    }

    /**
     * The cell with a single quote in front when it starts with {@code = + - @}, a tab or a carriage
     * return (OWASP's list); spreadsheets then show it as text. Other cells are returned unchanged.
     */
    public static String neutralise(String cell) {
        if (cell.isEmpty()) {
            return cell;
        }
        return switch (cell.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + cell;
            default -> cell;
        };
    }
}
