package org.roundtable.event;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

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

    /** Log ids made so far, by event id; cleared past this many (a node serves a few events at a time). */
    private static final int LOG_IDS_KEPT = 1_024;
    private static final Map<String, String> LOG_IDS = new ConcurrentHashMap<>();

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
        // One string per event, its hash computed once: every screen's update looks its event's log up by it.
        String logId = LOG_IDS.get(eventId);
        if (logId == null) {
            if (LOG_IDS.size() >= LOG_IDS_KEPT) {
                LOG_IDS.clear();
            }
            logId = LOG_IDS.computeIfAbsent(eventId, id -> "event:" + id);
        }
        return logId;
    }
}
