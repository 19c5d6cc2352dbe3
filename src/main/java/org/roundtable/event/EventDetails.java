package org.roundtable.event;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The case and the arrangements of a learning event.
 *
 * @param reviewType empty until the facilitator chooses it
 * @param days       in date order, at least one
 */
public record EventDetails(String pseudonym, @Nullable ReviewType reviewType, List<EventDay> days,
        @Nullable String venue) {

    public EventDetails {
        days = List.copyOf(days);
    }

    /** The first day, the date {@link LearningEvent#date()} shows. */
    public LocalDate firstDate() {
        return days.getFirst().date();
    }
}
