package org.roundtable.event;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.roundtable.live.LoggedChange;
import org.roundtable.live.Projection;
import org.springframework.stereotype.Component;

/** Read model of who joined each event's room and the event's {@link RoomSettings}, fed by the event logs. */
@Component
class EventRoom implements Projection {

    private static final class Room {
        final Map<String, RoomMember> members = new LinkedHashMap<>();
        RoomSettings settings = RoomSettings.DEFAULT;
    }

    private final Map<String, Room> byLog = new ConcurrentHashMap<>();

    @Override
    public void apply(LoggedChange logged) {
        switch (logged.change()) {
            case EventChange.ParticipantJoined joined -> {
                Room room = byLog.computeIfAbsent(logged.logId(), id -> new Room());
                synchronized (room) {
                    room.members.put(joined.participantId(), new RoomMember(joined.participantId(), joined.role(),
                            joined.agencyCode(), joined.name(), logged.at()));
                }
            }
            case SetupChange.RoomSettingsChanged changed -> {
                Room room = byLog.computeIfAbsent(logged.logId(), id -> new Room());
                synchronized (room) {
                    room.settings = changed.settings();
                }
            }
            default -> {
            }
        }
    }

    /** Everyone who joined, in the order they joined, with the names they gave. */
    List<RoomMember> members(String logId) {
        Room room = byLog.get(logId);
        if (room == null) {
            return List.of();
        }
        synchronized (room) {
            return List.copyOf(room.members.values());
        }
    }

    Optional<RoomMember> member(String logId, String participantId) {
        Room room = byLog.get(logId);
        if (room == null) {
            return Optional.empty();
        }
        synchronized (room) {
            return Optional.ofNullable(room.members.get(participantId));
        }
    }

    RoomSettings settings(String logId) {
        Room room = byLog.get(logId);
        if (room == null) {
            return RoomSettings.DEFAULT;
        }
        synchronized (room) {
            return room.settings;
        }
    }

    /** The event was purged: nothing of it stays here. */
    @Override
    public void forget(String logId) {
        byLog.remove(logId);
    }
}
