package org.roundtable.access;

import java.util.Set;

/**
 * Whoever asks a service to do something. Services take the caller explicitly and check it;
 * views obtain it from {@link Callers}.
 */
public sealed interface Caller {

    /** The opaque id written into the log as the actor of a change; never a person's name. */
    String actorId();

    /** A signed-in account. */
    record Account(String accountId, String username, Set<Role> roles) implements Caller {
        public Account {
            roles = Set.copyOf(roles);
        }

        public boolean has(Role role) {
            return roles.contains(role);
        }

        @Override
        public String actorId() {
            return "account:" + accountId;
        }
    }

    /** A person in the room who joined one learning event with its code; no account. */
    record Participant(String participantId, String eventId, String agencyCode, String role) implements Caller {
        @Override
        public String actorId() {
            return "participant:" + participantId;
        }
    }

    /** The room's screen, opened through the event's read-only projector link. */
    record Projector(String eventId) implements Caller {
        @Override
        public String actorId() {
            return "projector:" + eventId;
        }
    }

    /**
     * Whoever opened an event's note-taker link: keeps the event's record like an assigned
     * note-taker's account, for as long as the link with this hash is the event's current one.
     */
    record NoteTakerLink(String eventId, String tokenHash) implements Caller {
        @Override
        public String actorId() {
            return "note-taker-link:" + eventId;
        }
    }

    /** The application itself (loading the demo event, creating the first administrator). */
    record Application() implements Caller {
        @Override
        public String actorId() {
            return "system";
        }
    }

    /** The one system caller. */
    Caller SYSTEM = new Application();
}
