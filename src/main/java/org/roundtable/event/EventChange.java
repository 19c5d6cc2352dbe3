package org.roundtable.event;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.roundtable.live.Change;
import org.roundtable.live.ChangeTypes;

/** Changes to a learning event's own details, in the event's log. */
sealed interface EventChange extends Change {

    ChangeTypes TYPES = new ChangeTypes(Map.of(
            "EventCreated", EventCreated.class,
            "EventClosed", EventClosed.class,
            "ParticipantJoined", ParticipantJoined.class));

    /** A facilitator (or the demo loader) created the event. */
    record EventCreated(String eventId, String pseudonym, LocalDate date, @Nullable String venue,
            List<Agency> agencies, @Nullable String ownerAccountId, boolean demo, String joinCode,
            String projectorToken) implements EventChange {
    }

    /** The facilitator closed the event: the join code stops working, contributions stop. */
    record EventClosed() implements EventChange {
    }

    /** Someone joined the room from a tablet or phone. The name is optional and never shown on a shared screen. */
    record ParticipantJoined(String participantId, String role, String agencyCode, @Nullable String name)
            implements EventChange {
    }
}
