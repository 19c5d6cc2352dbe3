package org.roundtable.board;

/** How long each generated period of the timeline's span is. */
public enum LivedPeriodLength {
    SIX_MONTHS("Six-monthly", 6),
    YEAR("Yearly", 12),
    TWO_YEARS("Two-yearly", 24),
    FIVE_YEARS("Five-yearly", 60);

    private final String label;
    private final int months;

    LivedPeriodLength(String label, int months) {
        this.label = label;
        this.months = months;
    }

    public String label() {
        return label;
    }

    int months() {
        return months;
    }
}
