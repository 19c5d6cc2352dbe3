package org.roundtable.event;

/** How much of a day the learning event takes. */
public enum DayPart {
    WHOLE_DAY("Whole day"),
    MORNING("Morning"),
    AFTERNOON("Afternoon");

    private final String label;

    DayPart(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
