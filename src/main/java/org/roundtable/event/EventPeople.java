package org.roundtable.event;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Who runs the event and who is invited. Facilitators only: names are never shown on shared
 * screens.
 *
 * @param facilitators one or two, once set
 * @param noteTaker    records the day but does not take part; empty until named
 * @param invited      the invitation list
 */
public record EventPeople(List<PersonInRole> facilitators, @Nullable PersonInRole noteTaker, List<Invitee> invited) {

    public static final EventPeople NONE = new EventPeople(List.of(), null, List.of());

    public EventPeople {
        facilitators = List.copyOf(facilitators);
        invited = List.copyOf(invited);
    }
}
