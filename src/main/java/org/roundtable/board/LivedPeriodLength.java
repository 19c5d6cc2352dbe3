package org.roundtable.board;

import org.roundtable.shared.Texts;

/** How long each generated period of the timeline's span is; its name in {@code board.lived-period-length.*}. */
public enum LivedPeriodLength {
    SIX_MONTHS(6),
    YEAR(12),
    TWO_YEARS(24),
    FIVE_YEARS(60);

    private final int months;

    LivedPeriodLength(int months) {
        this.months = months;
    }

    /** The length in English; screens use {@link Texts#label}. */
    public String label() {
        return Texts.label(Texts.ENGLISH, this);
    }

    int months() {
        return months;
    }
}
