package org.roundtable.timeline.importing;

import java.util.List;

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
                throw InvalidInput.because("timeline.mapping.column-not-in-file", field.inSentence(),
                        table.headers().size());
            }
        });
        String agency = UserText.clean(agencyCode);
        if (agency.isEmpty()) {
            throw InvalidInput.because("timeline.import.choose-agency");
        }
        if (table.rows().size() > limits.maxRows()) {
            throw InvalidInput.because("timeline.import.too-many-rows", table.rows().size(), limits.maxRows());
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
