package org.roundtable.record;

/** The note-taker's quick tags on a record entry, in the order of their shortcuts (Alt+1..Alt+5). */
public enum RecordTag {
    LEARNING_POINT("Learning point"),
    ACTION("Action"),
    GOOD_PRACTICE("Good practice"),
    DISAGREEMENT("Disagreement"),
    HINDSIGHT("Hindsight");

    private final String label;

    RecordTag(String label) {
        this.label = label;
    }

    /** As the note-taker reads it. */
    public String label() {
        return label;
    }
}
