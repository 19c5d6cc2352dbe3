package org.roundtable.event;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;
import org.roundtable.live.LoggedChange;
import org.roundtable.live.Projection;
import org.roundtable.shared.Texts;
import org.springframework.stereotype.Component;

/** Read model of every learning event's details, fed by the event logs. */
@Component
class EventDirectory implements Projection {

    record Entry(LearningEvent event, @Nullable String ownerAccountId, EventSecrets secrets) {
    }

    private final Map<String, Entry> byId = new ConcurrentHashMap<>();
    private final Map<String, String> idByJoinCode = new ConcurrentHashMap<>();
    private final Map<String, String> idByProjectorToken = new ConcurrentHashMap<>();
    private final Map<String, String> noteTakerById = new ConcurrentHashMap<>();
    private final Map<String, Participants> participantsById = new ConcurrentHashMap<>();
    private final Map<String, Locale> languageById = new ConcurrentHashMap<>();

    /** Who joined an event, and whom a facilitator removed again. */
    private static final class Participants {
        final Map<String, EventChange.ParticipantJoined> joined = new HashMap<>();
        final Set<String> removed = new HashSet<>();
    }

    /** Where a participant stands in an event. */
    enum Standing {
        CURRENT, REMOVED, UNKNOWN
    }

    @Override
    public void apply(LoggedChange logged) {
        if (!(logged.change() instanceof EventChange change)) {
            return;
        }
        switch (change) {
            case EventChange.EventCreated created -> {
                var event = new LearningEvent(created.eventId(), created.pseudonym(), created.date(), created.venue(),
                        created.agencies(), created.demo(), LearningEvent.Status.OPEN, logged.at(), 0);
                byId.put(created.eventId(), new Entry(event, created.ownerAccountId(),
                        new EventSecrets(created.joinCode(), created.projectorToken())));
                idByJoinCode.put(created.joinCode(), created.eventId());
                idByProjectorToken.put(created.projectorToken(), created.eventId());
            }
            case EventChange.EventClosed closed -> update(logged.logId(), entry -> {
                idByJoinCode.remove(entry.secrets().joinCode());
                var e = entry.event();
                return new Entry(new LearningEvent(e.id(), e.pseudonym(), e.date(), e.venue(), e.agencies(), e.demo(),
                        LearningEvent.Status.CLOSED, e.createdAt(), e.joined()), entry.ownerAccountId(), entry.secrets());
            });
            case EventChange.ParticipantJoined joined -> update(logged.logId(), entry -> {
                Participants participants = participantsOf(entry.event().id());
                synchronized (participants) {
                    participants.joined.put(joined.participantId(), joined);
                }
                var e = entry.event();
                return new Entry(new LearningEvent(e.id(), e.pseudonym(), e.date(), e.venue(), e.agencies(), e.demo(),
                        e.status(), e.createdAt(), e.joined() + 1), entry.ownerAccountId(), entry.secrets());
            });
            case EventChange.ParticipantRemoved removed -> {
                Participants participants = participantsOf(eventIdOf(logged.logId()));
                synchronized (participants) {
                    participants.removed.add(removed.participantId());
                }
            }
            case EventChange.NoteTakerAssigned assigned ->
                    noteTakerById.put(eventIdOf(logged.logId()), assigned.accountId());
            case EventChange.NoteTakerRemoved removed -> noteTakerById.remove(eventIdOf(logged.logId()));
            case SetupChange.EventDetailsChanged details -> update(logged.logId(), entry -> {
                var e = entry.event();
                return new Entry(new LearningEvent(e.id(), details.pseudonym(), details.days().getFirst().date(),
                        details.venue(), e.agencies(), e.demo(), e.status(), e.createdAt(), e.joined()),
                        entry.ownerAccountId(), entry.secrets());
            });
            case SetupChange.EventLanguageChanged language ->
                    languageById.put(eventIdOf(logged.logId()),
                            Texts.supported(Locale.forLanguageTag(language.language())));
            case SetupChange other -> {
                // the rest of the preparation is kept by EventSetups
            }
        }
    }

    private void update(String logId, java.util.function.UnaryOperator<Entry> change) {
        String eventId = eventIdOf(logId);
        byId.computeIfPresent(eventId, (id, entry) -> change.apply(entry));
    }

    private static String eventIdOf(String logId) {
        return logId.substring("event:".length());
    }

    private Participants participantsOf(String eventId) {
        return participantsById.computeIfAbsent(eventId, id -> new Participants());
    }

    /** Whether the participant joined the event, and whether a facilitator removed them since. */
    Standing standing(String eventId, String participantId) {
        Participants participants = participantsById.get(eventId);
        if (participants == null) {
            return Standing.UNKNOWN;
        }
        synchronized (participants) {
            if (participants.removed.contains(participantId)) {
                return Standing.REMOVED;
            }
            return participants.joined.containsKey(participantId) ? Standing.CURRENT : Standing.UNKNOWN;
        }
    }

    /** How the participant joined the event (role and agency), if they did. */
    Optional<EventChange.ParticipantJoined> joined(String eventId, String participantId) {
        Participants participants = participantsById.get(eventId);
        if (participants == null) {
            return Optional.empty();
        }
        synchronized (participants) {
            return Optional.ofNullable(participants.joined.get(participantId));
        }
    }

    /** The account id of the event's note-taker, if a facilitator assigned one. */
    Optional<String> noteTakerOf(String eventId) {
        return Optional.ofNullable(noteTakerById.get(eventId));
    }

    /** The language the event's screens speak by default: English until a facilitator chooses. */
    Locale languageOf(String eventId) {
        return languageById.getOrDefault(eventId, Texts.ENGLISH);
    }

    Optional<Entry> byId(String eventId) {
        return Optional.ofNullable(byId.get(eventId));
    }

    Optional<Entry> byJoinCode(String canonicalCode) {
        return Optional.ofNullable(idByJoinCode.get(canonicalCode)).flatMap(this::byId);
    }

    Optional<Entry> byProjectorToken(String token) {
        return Optional.ofNullable(idByProjectorToken.get(token)).flatMap(this::byId);
    }

    Collection<Entry> all() {
        return byId.values();
    }

    /** The event was purged: its details, join code and projector link are gone. */
    @Override
    public void forget(String logId) {
        if (!logId.startsWith("event:")) {
            return;
        }
        participantsById.remove(logId.substring("event:".length()));
        languageById.remove(logId.substring("event:".length()));
        Entry entry = byId.remove(logId.substring("event:".length()));
        if (entry != null) {
            idByJoinCode.remove(entry.secrets().joinCode());
            idByProjectorToken.remove(entry.secrets().projectorToken());
        }
    }
}
