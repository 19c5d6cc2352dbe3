package org.roundtable.event;

import java.util.Set;

/** A co-facilitator of an event as its owner sees them: their user name and the rights granted. */
public record CoFacilitator(String username, Set<EventRight> rights) {

    public CoFacilitator {
        rights = Set.copyOf(rights);
    }

    /** A co-facilitator with no rights reads the event but changes nothing. */
    public boolean panelMember() {
        return rights.isEmpty();
    }
}
