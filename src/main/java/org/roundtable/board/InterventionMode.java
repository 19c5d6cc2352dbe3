package org.roundtable.board;

/** How the agency intervened at a timeline entry (Essex toolkit §5.6), or that it did not. */
public enum InterventionMode {
    PROACTIVE("Proactive"),
    PROCEDURAL("Procedural"),
    REACTIVE("Reactive"),
    NONE("None");

    private final String label;

    InterventionMode(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
