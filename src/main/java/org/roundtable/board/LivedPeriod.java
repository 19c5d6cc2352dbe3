package org.roundtable.board;

import java.time.LocalDate;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * A period of the child's life on the lived experience lane: a stretch of time ("Jan–Jun 2019")
 * or an age band ("6–12 months").
 *
 * @param label   what the lane shows, at most {@link #MAX_LABEL_LENGTH} characters: as the
 *                facilitator typed it, or for a generated period its English name
 * @param from    its first day, where known
 * @param to      its last day, where known
 * @param ageBand one of the child's age bands; its days would give away the date of birth, so
 *                only facilitators get them
 * @param name    what a generated period is, so that each screen names it in its own language;
 *                null for a period a facilitator typed or renamed, which reads as typed
 */
public record LivedPeriod(String id, String label, @Nullable LocalDate from, @Nullable LocalDate to,
        boolean ageBand, @Nullable LivedPeriodName name) {

    public static final int MAX_LABEL_LENGTH = 60;

    /** A period a facilitator named. */
    public LivedPeriod(String id, String label, @Nullable LocalDate from, @Nullable LocalDate to, boolean ageBand) {
        this(id, label, from, to, ageBand, null);
    }

    /** The period's name in {@code language}: a generated name in that language, a typed one as typed. */
    public String label(Locale language) {
        return name == null ? label : name.in(language);
    }

    /** The same period without its days, for screens that must not learn the date of birth. */
    public LivedPeriod withoutDates() {
        return new LivedPeriod(id, label, null, null, ageBand, name);
    }
}
