package org.roundtable.event;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.roundtable.live.LoggedChange;
import org.roundtable.live.Projection;
import org.springframework.stereotype.Component;

/** Read model of each event's co-facilitators with their rights, and of its note-taker link. */
@Component
class CoFacilitators implements Projection {

    private final Map<String, Map<String, Set<EventRight>>> rightsByEvent = new ConcurrentHashMap<>();
    private final Map<String, String> linkHashByEvent = new ConcurrentHashMap<>();
    private final Map<String, String> eventByLinkHash = new ConcurrentHashMap<>();

    @Override
    public void apply(LoggedChange logged) {
        if (!(logged.change() instanceof CoFacilitationChange change) || !logged.logId().startsWith("event:")) {
            return;
        }
        String eventId = logged.logId().substring("event:".length());
        switch (change) {
            case CoFacilitationChange.CoFacilitatorGranted granted ->
                    rightsByEvent.computeIfAbsent(eventId, id -> new ConcurrentHashMap<>())
                            .put(granted.accountId(), granted.rights());
            case CoFacilitationChange.CoFacilitatorRevoked revoked -> {
                Map<String, Set<EventRight>> rights = rightsByEvent.get(eventId);
                if (rights != null) {
                    rights.remove(revoked.accountId());
                }
            }
            case CoFacilitationChange.NoteTakerLinkCreated created -> {
                dropLink(eventId);
                linkHashByEvent.put(eventId, created.tokenHash());
                eventByLinkHash.put(created.tokenHash(), eventId);
            }
            case CoFacilitationChange.NoteTakerLinkRevoked revoked -> dropLink(eventId);
        }
    }

    private void dropLink(String eventId) {
        String old = linkHashByEvent.remove(eventId);
        if (old != null) {
            eventByLinkHash.remove(old);
        }
    }

    /** The rights of {@code accountId} on the event, if it is one of its co-facilitators. */
    Optional<Set<EventRight>> rightsOf(String eventId, String accountId) {
        return Optional.ofNullable(rightsByEvent.getOrDefault(eventId, Map.of()).get(accountId));
    }

    /** Every co-facilitator of the event by account id, with their rights. */
    Map<String, Set<EventRight>> of(String eventId) {
        return Map.copyOf(rightsByEvent.getOrDefault(eventId, Map.of()));
    }

    /** The hash of the event's current note-taker link, if it has one. */
    Optional<String> linkHashOf(String eventId) {
        return Optional.ofNullable(linkHashByEvent.get(eventId));
    }

    /** The event whose current note-taker link has this hash. */
    Optional<String> eventOfLink(String tokenHash) {
        return Optional.ofNullable(eventByLinkHash.get(tokenHash));
    }

    @Override
    public void forget(String logId) {
        if (!logId.startsWith("event:")) {
            return;
        }
        String eventId = logId.substring("event:".length());
        rightsByEvent.remove(eventId);
        dropLink(eventId);
    }
}
