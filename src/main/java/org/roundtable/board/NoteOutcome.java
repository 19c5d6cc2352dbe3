package org.roundtable.board;

/** What the facilitator decided about a note in the triage queue. */
public enum NoteOutcome {
    OPEN("Open"),
    ACCEPTED("Accepted into the timeline"),
    ANSWERED("Answered"),
    MERGED("Merged with another note");

    private final String label;

    NoteOutcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
