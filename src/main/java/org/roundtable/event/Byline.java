package org.roundtable.event;

import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.roundtable.shared.Texts;

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

    /**
     * What to show in {@code locale}'s language: "Facilitator" and "Anonymous" translated, an
     * agency's name or a person's as they are.
     */
    public String label(Locale locale) {
        return switch (label) {
            case FACILITATOR -> Texts.get(locale, "event.byline.facilitator");
            case ANONYMOUS -> Texts.get(locale, "event.byline.anonymous");
            default -> label;
        };
    }
}
