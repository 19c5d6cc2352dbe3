package org.roundtable.timeline.importing;

import java.util.List;
import java.util.Locale;

import org.roundtable.shared.InvalidInput;
import org.roundtable.shared.UserText;
import org.roundtable.timeline.importing.RawTable.RawRow;

/**
 * Checks every row of an agency's chronology before anything is committed: the result is an
 * {@link ImportPreview} with one outcome per row, in file order.
 */
public final class ChronologyImport {

    private ChronologyImport() {
    }

    /**
     * The preview of importing {@code table} as {@code agencyCode}'s chronology. Throws
     * {@link InvalidInput} when the mapping lacks the date or what happened, points past the
     * file's columns, or the agency is not given; problems in single rows never throw.
     */
    public static ImportPreview preview(RawTable table, ColumnMapping mapping, String agencyCode,
            ImportLimits limits) {
        mapping.requireComplete();
        mapping.columns().forEach((field, column) -> {
            if (column >= table.headers().size()) {
                throw new InvalidInput("The column chosen for " + field.inSentence() + " is not in this file; it has "
                        + table.headers().size() + " columns.");
            }
        });
        String agency = UserText.clean(agencyCode);
        if (agency.isEmpty()) {
            throw new InvalidInput("Choose the agency whose chronology this is.");
        }
        if (table.rows().size() > limits.maxRows()) {
            throw new InvalidInput("The chronology has " + String.format(Locale.UK, "%,d", table.rows().size())
                    + " rows; the most we can import at once is " + String.format(Locale.UK, "%,d", limits.maxRows())
                    + ".");
        }
        RowReader reader = new RowReader(agency, mapping, table.headers(), limits);
        List<RowOutcome> outcomes = table.rows().stream()
                .map((RawRow row) -> reader.read(row.rowNumber(), row.cells()))
                .toList();
        return new ImportPreview(reader, outcomes);
    }

    /** The preview under the {@linkplain ImportLimits#DEFAULTS default limits}. */
    public static ImportPreview preview(RawTable table, ColumnMapping mapping, String agencyCode) {
        return preview(table, mapping, agencyCode, ImportLimits.DEFAULTS);
    }
}
