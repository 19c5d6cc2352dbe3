package org.roundtable.timeline.importing;

import java.util.List;

/**
 * What the import makes of one row of the file. Every outcome keeps the row's cells, so that the
 * facilitator can correct them in place ({@link ImportPreview#withRowFixed}).
 */
public sealed interface RowOutcome {

    /** The row's number as the file shows it. */
    int rowNumber();

    /** The row's cells as the file (or the facilitator's correction) gave them. */
    List<String> cells();

    /** The row becomes {@code entry}. */
    record Accepted(ImportedEntry entry, List<String> cells) implements RowOutcome {

        public Accepted {
            cells = List.copyOf(cells);
        }

        @Override
        public int rowNumber() {
            return entry.rowNumber();
        }
    }

    /** The row cannot be read; {@code reason} starts "Row 14: " and names every problem in it. */
    record Rejected(int rowNumber, String reason, List<String> cells) implements RowOutcome {

        public Rejected {
            cells = List.copyOf(cells);
        }
    }

    /** The row is left out: it is empty, or the facilitator chose to skip it. */
    record Skipped(int rowNumber, String reason, List<String> cells) implements RowOutcome {

        public static final String EMPTY = "empty row";
        public static final String BY_FACILITATOR = "skipped by the facilitator";

        public Skipped {
            cells = List.copyOf(cells);
        }
    }
}
