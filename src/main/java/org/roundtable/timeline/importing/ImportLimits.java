package org.roundtable.timeline.importing;

/**
 * How much one chronology import may hold, so that no file can exhaust the server.
 *
 * @param maxBytes      the largest file accepted
 * @param maxRows       the most entry rows in one file (the heading row not counted)
 * @param maxCellLength the most characters in one cell we keep as an entry's text
 */
public record ImportLimits(long maxBytes, int maxRows, int maxCellLength) {

    /** 10 MB, 20,000 rows, 20,000 characters a cell. */
    public static final ImportLimits DEFAULTS = new ImportLimits(10L * 1024 * 1024, 20_000, 20_000);

    /** A workbook may unpack to this many times its size; real ones unpack to well under 20×. */
    static final int MAX_UNPACK_RATIO = 20;

    public ImportLimits {
        if (maxBytes <= 0 || maxRows <= 0 || maxCellLength <= 0) {
            throw new IllegalArgumentException("Import limits must be positive");
        }
    }

    /** The defaults. */
    public static ImportLimits defaults() {
        return DEFAULTS;
    }

    /** The most bytes a workbook's parts may unpack to, which guards against zip bombs. */
    long maxUnpackedBytes() {
        return maxBytes * MAX_UNPACK_RATIO;
    }
}
