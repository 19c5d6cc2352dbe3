package org.roundtable.event;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What a facilitator fills in to create a learning event.
 *
 * @param agencies the agencies taking part, each with a name and an optional short label
 */
public record NewLearningEvent(@Nullable String pseudonym, @Nullable LocalDate date, @Nullable String venue,
        List<AgencyName> agencies) {

    /** An agency as typed: name, and a short label (derived from the name when empty). */
    public record AgencyName(@Nullable String name, @Nullable String code) {
    }
}
