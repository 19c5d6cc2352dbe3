package org.roundtable.event;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.roundtable.live.Change;
import org.roundtable.live.ChangeTypes;

/** Changes to a learning event's own details and its preparation ({@link SetupChange}), in the event's log. */
sealed interface EventChange extends Change
        permits EventChange.EventCreated, EventChange.EventClosed, EventChange.ParticipantJoined,
        EventChange.NoteTakerAssigned, EventChange.NoteTakerRemoved, EventChange.ParticipantRemoved, SetupChange {

    ChangeTypes TYPES = new ChangeTypes(Map.ofEntries(
            Map.entry("EventCreated", EventCreated.class),
            Map.entry("EventClosed", EventClosed.class),
            Map.entry("ParticipantJoined", ParticipantJoined.class),
            Map.entry("ParticipantRemoved", ParticipantRemoved.class),
            Map.entry("NoteTakerAssigned", NoteTakerAssigned.class),
            Map.entry("NoteTakerRemoved", NoteTakerRemoved.class),
            Map.entry("EventDetailsChanged", SetupChange.EventDetailsChanged.class),
            Map.entry("EventPeopleChanged", SetupChange.EventPeopleChanged.class),
            Map.entry("TermsOfReferenceRevised", SetupChange.TermsOfReferenceRevised.class),
            Map.entry("KeyThemesChanged", SetupChange.KeyThemesChanged.class),
            Map.entry("WorkingPrinciplesChanged", SetupChange.WorkingPrinciplesChanged.class),
            Map.entry("AgendaChanged", SetupChange.AgendaChanged.class),
            Map.entry("FamilyPerspectiveChanged", SetupChange.FamilyPerspectiveChanged.class),
            Map.entry("GenogramUploaded", SetupChange.GenogramUploaded.class),
            Map.entry("GenogramRemoved", SetupChange.GenogramRemoved.class),
            Map.entry("GenogramProjectionChanged", SetupChange.GenogramProjectionChanged.class),
            Map.entry("RoomSettingsChanged", SetupChange.RoomSettingsChanged.class),
            Map.entry("EventLanguageChanged", SetupChange.EventLanguageChanged.class)));

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

    /**
     * A facilitator removed someone from the room: their device loses access at once, on every
     * node; what they contributed stays.
     */
    record ParticipantRemoved(String participantId) implements EventChange {
    }

    /** A facilitator assigned a note-taker's account to the event (replacing any earlier one). */
    record NoteTakerAssigned(String accountId) implements EventChange {
    }

    /** A facilitator removed the event's note-taker. */
    record NoteTakerRemoved() implements EventChange {
    }
}
