package org.roundtable.board;

/** What a learning point is about, as the wall sheet of a learning event sorts them. */
public enum LearningPointKind {
    SINGLE_AGENCY("Single-agency"),
    INTER_AGENCY("Inter-agency"),
    GOOD_PRACTICE("Good practice"),
    SYSTEMS("Systems");

    private final String label;

    LearningPointKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
