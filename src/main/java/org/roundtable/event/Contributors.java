package org.roundtable.event;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.roundtable.access.AuditAction;
import org.roundtable.access.AuditTrail;
import org.roundtable.access.Caller;
import org.roundtable.live.ChangeLog;
import org.springframework.stereotype.Service;

/**
 * Who is in the room, and how their contributions are attributed. Every feature that shows a
 * contribution asks here for its {@link Byline}, so the event's {@link RoomSettings} hold on
 * every screen: the agency (or "Anonymous"), never a name on a participant's or the projector's
 * screen.
 */
@Service
public class Contributors {

    private final ChangeLog changeLog;
    private final LearningEvents events;
    private final EventRoom room;
    private final EventPreparation preparation;
    private final AuditTrail audit;

    Contributors(ChangeLog changeLog, LearningEvents events, EventRoom room, EventPreparation preparation,
            AuditTrail audit) {
        this.audit = audit;
        this.changeLog = changeLog;
        this.events = events;
        this.room = room;
        this.preparation = preparation;
    }

    /**
     * How {@code viewer} sees the author of a contribution.
     *
     * @param authorActorId the actor the contribution was logged with
     * @param agencyCode    the author's agency when they wrote it (null for a facilitator)
     */
    public Byline byline(Caller viewer, String eventId, String authorActorId, @Nullable String agencyCode) {
        LearningEvent event = events.readableBy(viewer, eventId);
        boolean yours = viewer.actorId().equals(authorActorId);
        if (agencyCode == null || !authorActorId.startsWith("participant:")) {
            return new Byline(null, Byline.FACILITATOR, yours);
        }
        RoomSettings settings = room.settings(event.logId());
        boolean facilitator = events.isFacilitatorOf(viewer, eventId);
        if (!facilitator && events.isNoteTakerOf(viewer, eventId)) {
            // The record is written from: the agency always, a name never.
            return new Byline(agencyCode, agencyName(event, agencyCode), yours);
        }
        if (!facilitator) {
            return settings.anonymousContributions() ? new Byline(null, Byline.ANONYMOUS, yours)
                    : new Byline(agencyCode, agencyName(event, agencyCode), yours);
        }
        String label = agencyName(event, agencyCode);
        if (settings.facilitatorsSeeNames()) {
            String name = room.member(event.logId(), authorActorId.substring("participant:".length()))
                    .map(RoomMember::name).orElse(null);
            if (name != null) {
                label = label + " · " + name;
            }
        }
        return new Byline(agencyCode, label, yours);
    }

    /**
     * Everyone who joined the event's room, in the order they joined. Names are included only
     * where the event allows the viewer to see them.
     */
    public List<RoomMember> roomFor(Caller viewer, String eventId) {
        LearningEvent event = events.readableBy(viewer, eventId);
        RoomSettings settings = room.settings(event.logId());
        boolean facilitator = events.isFacilitatorOf(viewer, eventId);
        boolean names = settings.namesInRoomList() || (facilitator && settings.facilitatorsSeeNames());
        List<RoomMember> members = room.members(event.logId()).stream()
                .filter(member -> events.isCurrentParticipant(eventId, member.participantId())).toList();
        return names ? members : members.stream().map(RoomMember::withoutName).toList();
    }

    /**
     * The room list checked against the invitation list, for the event's facilitators only: who
     * appears to be here, who is not (yet), who came without being invited. Names are matched
     * only where the facilitator may see them.
     */
    public InvitationCheck invitationCheckFor(Caller viewer, String eventId) {
        List<Invitee> invited = preparation.peopleFor(viewer, eventId).invited();
        return InvitationCheck.of(invited, roomFor(viewer, eventId));
    }

    /** The event's settings for attribution, for anyone of the event. */
    public RoomSettings settingsFor(Caller viewer, String eventId) {
        return room.settings(events.readableBy(viewer, eventId).logId());
    }

    /** A facilitator changes how contributions are attributed; it applies at once to every screen. */
    public RoomSettings changeSettings(Caller caller, String eventId, RoomSettings settings) {
        LearningEvent event = events.runBy(caller, eventId, EventRight.RUN_ROOM);
        if (!settings.equals(room.settings(event.logId()))) {
            changeLog.append(event.logId(), new SetupChange.RoomSettingsChanged(settings), caller.actorId());
            audit.record(caller, AuditAction.SETTING_CHANGED, eventId, "Room settings: anonymous contributions "
                    + onOff(settings.anonymousContributions()) + ", facilitators see names "
                    + onOff(settings.facilitatorsSeeNames()) + ", names in the room list "
                    + onOff(settings.namesInRoomList()));
        }
        return settings;
    }

    private static String onOff(boolean on) {
        return on ? "on" : "off";
    }

    private static String agencyName(LearningEvent event, String agencyCode) {
        return event.agency(agencyCode).map(Agency::name).orElse(agencyCode);
    }
}
