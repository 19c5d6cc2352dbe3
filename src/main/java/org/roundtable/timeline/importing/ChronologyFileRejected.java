package org.roundtable.timeline.importing;

import java.util.Locale;

import org.roundtable.shared.InvalidInput;

/**
 * A chronology file we cannot import at all; the message tells the facilitator why, and what to
 * ask the agency for instead. Problems with single rows are never this: they are per-row outcomes
 * in the {@link ImportPreview}.
 */
public class ChronologyFileRejected extends InvalidInput {

    public ChronologyFileRejected(String message) {
        super(message);
    }

    static ChronologyFileRejected empty(String name) {
        return new ChronologyFileRejected("The file '" + name + "' is empty.");
    }

    static ChronologyFileRejected nothingWritten(String name) {
        return new ChronologyFileRejected("The file '" + name + "' has nothing written in it.");
    }

    static ChronologyFileRejected tooBig(String name, long size, long limit) {
        return new ChronologyFileRejected("The file '" + name + "' is " + size(size)
                + "; the largest file we can import is " + size(limit)
                + ". Remove pictures and extra sheets, or save it as .csv, which is much smaller.");
    }

    static ChronologyFileRejected unpacksTooBig(String name, long limit) {
        return new ChronologyFileRejected("The workbook '" + name + "' unpacks to more than " + size(limit)
                + ", far more than a chronology needs. Remove pictures and extra sheets, or save it as .csv.");
    }

    static ChronologyFileRejected tooManyRows(String name, int limit) {
        return new ChronologyFileRejected("The file '" + name + "' has more than "
                + String.format(Locale.UK, "%,d", limit) + " rows of entries; the most we can import at once is "
                + String.format(Locale.UK, "%,d", limit) + ".");
    }

    static ChronologyFileRejected tooManyColumns(String name, String column, int limit) {
        return new ChronologyFileRejected("The file '" + name + "' has something in column " + column
                + ", beyond the first " + limit + " columns we read. Delete the columns after the chronology"
                + " and import it again.");
    }

    static ChronologyFileRejected noEntries(String name) {
        return new ChronologyFileRejected("The file '" + name + "' has column headings but no entries below them.");
    }

    static ChronologyFileRejected notText(String name) {
        return new ChronologyFileRejected("The file '" + name + "' does not contain text, so it cannot be read as"
                + " CSV. If it is a spreadsheet, save it as .xlsx or .csv and import that.");
    }

    static ChronologyFileRejected olderExcel(String name) {
        return new ChronologyFileRejected("The file '" + name + "' is an older Excel file (.xls), which we cannot"
                + " read. Open it in Excel and save it as an Excel Workbook (.xlsx) or as CSV (.csv), then import"
                + " that.");
    }

    static ChronologyFileRejected passwordProtected(String name) {
        return new ChronologyFileRejected("The workbook '" + name + "' is protected with a password, so it cannot"
                + " be read. Open it in Excel, remove the password, save it as .xlsx, and import it again.");
    }

    static ChronologyFileRejected wordDocument(String name) {
        return new ChronologyFileRejected("The file '" + name + "' is a Word document. Copy its table into Excel,"
                + " save it as .xlsx or .csv, and import that.");
    }

    static ChronologyFileRejected pdf(String name) {
        return new ChronologyFileRejected("The file '" + name + "' is a PDF, which cannot be imported. Ask the"
                + " agency for its chronology as an Excel workbook (.xlsx) or a CSV file.");
    }

    static ChronologyFileRejected otherSpreadsheet(String name, String kind) {
        return new ChronologyFileRejected("The file '" + name + "' is " + kind + ", which we cannot read. Open it"
                + " in Excel and save it as an Excel Workbook (.xlsx) or as CSV (.csv), then import that.");
    }

    static ChronologyFileRejected notAWorkbook(String name) {
        return new ChronologyFileRejected("The file '" + name + "' is not an Excel workbook inside, whatever its"
                + " name says. Open it in Excel and save it as .xlsx or .csv, then import that.");
    }

    static ChronologyFileRejected unreadableWorkbook(String name) {
        return new ChronologyFileRejected("The workbook '" + name + "' cannot be read; it may be damaged. Open it"
                + " in Excel, save it again as .xlsx, and import that.");
    }

    static ChronologyFileRejected noFilledSheet(String name) {
        return new ChronologyFileRejected("The workbook '" + name + "' has no visible sheet with anything in it.");
    }

    static ChronologyFileRejected unknownType(String name) {
        return new ChronologyFileRejected("We cannot import '" + name + "': chronologies can be imported from Excel"
                + " workbooks (.xlsx) and CSV files (.csv or .txt).");
    }

    /** "12.4 MB", "950 KB", "512 bytes": sizes as a facilitator sees them in their file browser. */
    static String size(long bytes) {
        double megabytes = bytes / (1024.0 * 1024.0);
        if (megabytes >= 1) {
            return String.format(Locale.UK, megabytes == Math.rint(megabytes) ? "%.0f MB" : "%.1f MB", megabytes);
        }
        if (bytes >= 1024) {
            return String.format(Locale.UK, "%,d KB", Math.round(bytes / 1024.0));
        }
        return String.format(Locale.UK, "%,d bytes", bytes);
    }
}
