package org.roundtable.board;

/** What a note says about the timeline. */
public enum NoteKind {
    ADDITIONAL_EVENT("Additional event"),
    QUERY("Query"),
    CORRECTION("Correction"),
    GOOD_PRACTICE("Good practice"),
    COMMENT("Comment");

    private final String label;

    NoteKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
