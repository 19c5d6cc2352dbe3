package org.roundtable.timeline;

import org.jspecify.annotations.Nullable;
import org.roundtable.timeline.importing.ColumnMapping;
import org.roundtable.timeline.importing.ImportPreview;
import org.roundtable.timeline.importing.RawTable;

/**
 * An agency's chronology file, read and waiting to be imported: its table, the column mapping
 * (remembered for the agency or guessed), and the preview of every row when the mapping is
 * complete. Nothing is in the timeline until {@link Timelines#importChronology} is called.
 *
 * @param problem why there is no preview yet (a required column is not chosen), or null
 */
public record ChronologyUpload(String agencyCode, String fileName, RawTable table, ColumnMapping mapping,
        @Nullable ImportPreview preview, @Nullable String problem) {
}
