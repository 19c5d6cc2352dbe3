package org.roundtable.event;

import com.vaadin.flow.component.html.Span;

/**
 * An agency's short label on its colour, as every screen shows it: the colour is a cue, the
 * label carries the meaning, and the full name is in the tooltip. A code the event does not
 * know (a facilitator's note) gets a neutral outlined chip.
 */
public final class AgencyChip extends Span {

    public AgencyChip(LearningEvent event, String code) {
        super(code);
        addClassName("rt-agency-chip");
        event.agency(code).ifPresentOrElse(agency -> {
            getStyle().set("background-color", agency.colour());
            getElement().setAttribute("title", agency.name());
        }, () -> addClassName("rt-agency-chip-neutral"));
    }

    /**
     * The chip for a contribution's author: the agency's chip, or a neutral "Facilitator" or
     * "Anonymous" one. A facilitator allowed to see names gets the name in the tooltip only.
     */
    public static AgencyChip of(LearningEvent event, Byline by) {
        AgencyChip chip = new AgencyChip(event, by.agencyCode() == null ? by.label() : by.agencyCode());
        if (by.agencyCode() != null && !by.label().equals(event.agency(by.agencyCode()).map(Agency::name).orElse(""))) {
            chip.getElement().setAttribute("title", by.label());
        }
        return chip;
    }
}
