package org.roundtable.board;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;

/**
 * A period of the child's life on the lived experience lane: a stretch of time ("Jan–Jun 2019")
 * or an age band ("6–12 months").
 *
 * @param label   what the lane shows, at most {@link #MAX_LABEL_LENGTH} characters
 * @param from    its first day, where known
 * @param to      its last day, where known
 * @param ageBand one of the child's age bands; its days would give away the date of birth, so
 *                only facilitators get them
 */
public record LivedPeriod(String id, String label, @Nullable LocalDate from, @Nullable LocalDate to,
        boolean ageBand) {

    public static final int MAX_LABEL_LENGTH = 60;

    /** The same period without its days, for screens that must not learn the date of birth. */
    public LivedPeriod withoutDates() {
        return new LivedPeriod(id, label, null, null, ageBand);
    }
}
