package org.roundtable.event;

import java.time.Instant;

/**
 * An addition to the working principles that someone in the room proposed, as one viewer may see
 * it.
 *
 * @param id     stable id, for accepting or declining it
 * @param by     who proposed it, as the viewer may see them (never a name on a shared screen)
 * @param status pending until a facilitator decides
 */
public record ProposedPrinciple(String id, String text, Byline by, Status status, Instant proposedAt) {

    public enum Status {
        PENDING("Waiting for the facilitator"),
        ACCEPTED("Added to the working principles"),
        DECLINED("Not added");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        /** For the person who proposed it. */
        public String label() {
            return label;
        }
    }
}
