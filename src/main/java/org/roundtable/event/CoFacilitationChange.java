package org.roundtable.event;

import java.util.Map;
import java.util.Set;

import org.roundtable.live.Change;
import org.roundtable.live.ChangeTypes;

/** Who helps the owner run an event: co-facilitators with their rights, and the note-taker link. */
sealed interface CoFacilitationChange extends Change
        permits CoFacilitationChange.CoFacilitatorGranted, CoFacilitationChange.CoFacilitatorRevoked,
        CoFacilitationChange.NoteTakerLinkCreated, CoFacilitationChange.NoteTakerLinkRevoked {

    ChangeTypes TYPES = new ChangeTypes(Map.of(
            "CoFacilitatorGranted", CoFacilitatorGranted.class,
            "CoFacilitatorRevoked", CoFacilitatorRevoked.class,
            "NoteTakerLinkCreated", NoteTakerLinkCreated.class,
            "NoteTakerLinkRevoked", NoteTakerLinkRevoked.class));

    /** The owner made a facilitator's account a co-facilitator with these rights (replacing earlier ones). */
    record CoFacilitatorGranted(String accountId, Set<EventRight> rights) implements CoFacilitationChange {
        public CoFacilitatorGranted {
            rights = Set.copyOf(rights);
        }
    }

    /** The owner took a co-facilitator off the event. */
    record CoFacilitatorRevoked(String accountId) implements CoFacilitationChange {
    }

    /**
     * The owner created a note-taker link, replacing any earlier one. Only the SHA-256 hash of
     * the link's secret is kept, so the log cannot give the link away.
     */
    record NoteTakerLinkCreated(String tokenHash) implements CoFacilitationChange {
    }

    /** The owner revoked the note-taker link. */
    record NoteTakerLinkRevoked() implements CoFacilitationChange {
    }
}
