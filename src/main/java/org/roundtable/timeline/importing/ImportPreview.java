package org.roundtable.timeline.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.roundtable.timeline.importing.RowOutcome.Accepted;
import org.roundtable.timeline.importing.RowOutcome.Rejected;
import org.roundtable.timeline.importing.RowOutcome.Skipped;

/**
 * Every row of an agency's chronology with what the import makes of it, before anything is
 * committed. Immutable: fixing or skipping a row gives a new preview, so the one on screen never
 * changes under the facilitator. The accepted entries can be committed while rejected rows are
 * fixed or skipped.
 */
public final class ImportPreview {

    private final RowReader reader;
    private final List<RowOutcome> outcomes;
    private final int acceptedCount;
    private final int rejectedCount;
    private final int skippedCount;

    ImportPreview(RowReader reader, List<RowOutcome> outcomes) {
        this.reader = reader;
        this.outcomes = List.copyOf(outcomes);
        int accepted = 0;
        int rejected = 0;
        int skipped = 0;
        for (RowOutcome outcome : this.outcomes) {
            switch (outcome) {
                case Accepted a -> accepted++;
                case Rejected r -> rejected++;
                case Skipped s -> skipped++;
            }
        }
        this.acceptedCount = accepted;
        this.rejectedCount = rejected;
        this.skippedCount = skipped;
    }

    public String agencyCode() {
        return reader.agencyCode;
    }

    public List<String> headers() {
        return reader.headers;
    }

    public ColumnMapping mapping() {
        return reader.mapping;
    }

    /** One outcome per data row, in file order. */
    public List<RowOutcome> outcomes() {
        return outcomes;
    }

    /** The entries to commit, in file order. */
    public List<ImportedEntry> acceptedEntries() {
        return outcomes.stream().filter(Accepted.class::isInstance).map(o -> ((Accepted) o).entry()).toList();
    }

    /** The rows that need fixing or skipping, each with its reason. */
    public List<Rejected> rejectedRows() {
        return outcomes.stream().filter(Rejected.class::isInstance).map(Rejected.class::cast).toList();
    }

    public int acceptedCount() {
        return acceptedCount;
    }

    public int rejectedCount() {
        return rejectedCount;
    }

    public int skippedCount() {
        return skippedCount;
    }

    public boolean hasRejectedRows() {
        return rejectedCount > 0;
    }

    /** The outcome of the row numbered {@code rowNumber} in the file. */
    public Optional<RowOutcome> outcomeOf(int rowNumber) {
        return outcomes.stream().filter(o -> o.rowNumber() == rowNumber).findFirst();
    }

    /**
     * This preview with one row read again from the facilitator's corrected cells (in the file's
     * column order); the row may become accepted, stay rejected with a new reason, or be skipped
     * when emptied. Works on any row, so a skipped row can be brought back the same way.
     */
    public ImportPreview withRowFixed(int rowNumber, List<String> correctedCells) {
        return replaced(rowNumber, reader.read(rowNumber, List.copyOf(correctedCells)));
    }

    /** This preview with the row left out of the import; its cells are kept so it can be fixed later. */
    public ImportPreview withRowSkipped(int rowNumber) {
        RowOutcome current = outcomeOf(rowNumber).orElseThrow(() -> noSuchRow(rowNumber));
        return replaced(rowNumber, new Skipped(rowNumber, Skipped.BY_FACILITATOR, current.cells()));
    }

    private ImportPreview replaced(int rowNumber, RowOutcome replacement) {
        List<RowOutcome> changed = new ArrayList<>(outcomes);
        for (int i = 0; i < changed.size(); i++) {
            if (changed.get(i).rowNumber() == rowNumber) {
                changed.set(i, replacement);
                return new ImportPreview(reader, changed);
            }
        }
        throw noSuchRow(rowNumber);
    }

    private static IllegalArgumentException noSuchRow(int rowNumber) {
        return new IllegalArgumentException("There is no row " + rowNumber + " in this preview");
    }
}
