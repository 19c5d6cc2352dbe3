package org.roundtable.event;

import org.jspecify.annotations.Nullable;

/**
 * Who wrote a contribution, as one viewer may see it.
 *
 * @param agencyCode the author's agency, or null for a facilitator's contribution or where the
 *                   event keeps contributions anonymous to this viewer
 * @param label      what to show: the agency's name, "Facilitator" or "Anonymous"; for the event's
 *                   facilitators, with the author's name where the event allows it
 * @param yours      the viewer wrote it
 */
public record Byline(@Nullable String agencyCode, String label, boolean yours) {

    public static final String FACILITATOR = "Facilitator";
    public static final String ANONYMOUS = "Anonymous";
}
