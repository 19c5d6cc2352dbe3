package org.roundtable.board;

/**
 * Whether a note says what was known at the time or what is seen with hindsight. The guidance
 * asks the room to keep the two apart; the projector can leave hindsight notes out.
 */
public enum Perspective {
    AT_THE_TIME("What we knew then"),
    HINDSIGHT("With hindsight");

    private final String label;

    Perspective(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
