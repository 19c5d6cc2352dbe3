package org.roundtable.event;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * A learning event as everyone of it may see it: no secrets (join code, projector link) and no
 * names.
 *
 * @param id        stable id
 * @param pseudonym how the case is known, e.g. "Child J"
 * @param demo      a fictional event shipped with the app
 * @param createdAt when it was created
 * @param joined    how many people joined the room
 */
public record LearningEvent(String id, String pseudonym, LocalDate date, @Nullable String venue,
        List<Agency> agencies, boolean demo, Status status, Instant createdAt, int joined) {

    public enum Status {
        OPEN, CLOSED
    }

    public LearningEvent {
        agencies = List.copyOf(agencies);
    }

    public boolean isOpen() {
        return status == Status.OPEN;
    }

    public Optional<Agency> agency(String code) {
        return agencies.stream().filter(a -> a.code().equals(code)).findFirst();
    }

    /** The id of this event's log of changes. */
    public String logId() {
        return logIdOf(id);
    }

    public static String logIdOf(String eventId) {
        return "event:" + eventId;
    }
}
