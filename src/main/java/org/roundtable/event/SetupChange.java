package org.roundtable.event;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Changes to what is prepared for a learning event, in the event's log. Each records the whole
 * new state of one part, so replaying the log gives every part as it was last saved.
 */
sealed interface SetupChange extends EventChange {

    /** The case pseudonym, review type, days or venue changed (the event was created with the first three). */
    record EventDetailsChanged(String pseudonym, @Nullable ReviewType reviewType, List<EventDay> days,
            @Nullable String venue) implements SetupChange {
    }

    /** Facilitators, note-taker or the invitation list changed. */
    record EventPeopleChanged(List<PersonInRole> facilitators, @Nullable PersonInRole noteTaker,
            List<Invitee> invited) implements SetupChange {
    }

    /** A new revision of the terms of reference; earlier ones stay in the log. */
    record TermsOfReferenceRevised(String markdown, String authorName) implements SetupChange {
    }

    record KeyThemesChanged(List<KeyTheme> themes) implements SetupChange {
    }

    record WorkingPrinciplesChanged(List<String> principles) implements SetupChange {
    }

    record AgendaChanged(List<AgendaStage> stages) implements SetupChange {
    }

    /** The family's messages, or that the family declined (then without messages). */
    record FamilyPerspectiveChanged(List<FamilyMessage> messages, boolean declined, @Nullable String declinedReason)
            implements SetupChange {
    }

    /** A genogram image replaced any earlier one; it starts hidden from the projector. */
    record GenogramUploaded(String fileName, String mediaType, byte[] image) implements SetupChange {
    }

    record GenogramRemoved() implements SetupChange {
    }

    /** The facilitator chose whether the projector shows the genogram. */
    record GenogramProjectionChanged(boolean showOnProjector) implements SetupChange {
    }

    /**
     * A facilitator chose the language the event's screens speak to whoever has not chosen one on
     * their device: an IETF language tag, "en" or "cy". Logs from before it read as English.
     */
    record EventLanguageChanged(String language) implements SetupChange {
    }

    /** A facilitator changed how contributions are attributed in the room. */
    record RoomSettingsChanged(RoomSettings settings) implements SetupChange {
    }
}
