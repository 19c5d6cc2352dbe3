package org.roundtable.timeline;

/**
 * Where an entry of the merged timeline comes from: the prepared chronologies, or the room at
 * the learning event (a missing event added, or an entry corrected; the original is kept in
 * the record, see {@link Timelines#revisions}).
 */
public enum EntryOrigin {
    PREPARED("Prepared"),
    ADDED_AT_EVENT("Added at the learning event"),
    CORRECTED_AT_EVENT("Corrected at the learning event");

    private final String label;

    EntryOrigin(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
