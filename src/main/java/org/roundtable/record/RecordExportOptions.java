package org.roundtable.record;

/**
 * What the facilitator chose to put in an export beyond the anonymised record everyone may read.
 * The genogram is never an option.
 *
 * @param includeComments the agencies' analysis/comments column, for the panel's internal copy
 *                        (the title page says so)
 * @param includeHidden   notes, lived experience entries and learning points a facilitator hid
 */
public record RecordExportOptions(boolean includeComments, boolean includeHidden) {

    /** The anonymised record for report writers: no comments column, nothing hidden. */
    public static final RecordExportOptions ANONYMISED = new RecordExportOptions(false, false);

    /** Whether this is the panel's internal copy rather than the record to share. */
    public boolean internalCopy() {
        return includeComments;
    }
}
