package org.roundtable.board;

import java.time.Instant;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.roundtable.event.Byline;

/**
 * The room's analysis of one timeline entry, as one viewer sees it: the last one written wins
 * as a whole.
 *
 * @param factors      the factors that contributed
 * @param mode         the intervention mode, if chosen
 * @param alternatives "reasonable alternative actions", if written
 * @param byline       who wrote it last, as this viewer may see it
 * @param at           when it was written
 */
public record EntryAnalysis(String entryId, Set<Factor> factors, @Nullable InterventionMode mode,
        @Nullable String alternatives, Byline byline, Instant at) {

    public EntryAnalysis {
        factors = Set.copyOf(factors);
    }

    /** Whether anything was recorded (an analysis can be cleared by saving it empty). */
    public boolean isEmpty() {
        return factors.isEmpty() && mode == null && alternatives == null;
    }
}
