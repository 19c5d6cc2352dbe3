package org.roundtable.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;

import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.Test;
import org.roundtable.access.AuditAction;
import org.roundtable.access.AuditEntry;
import org.roundtable.access.AuditTrail;
import org.roundtable.access.Caller;
import org.roundtable.board.NoteKind;
import org.roundtable.board.NotePlace;
import org.roundtable.board.Notes;
import org.roundtable.live.KeyRing;
import org.roundtable.shared.InvalidInput;
import org.roundtable.shared.NotAllowed;
import org.roundtable.testing.TestRoom;
import org.roundtable.timeline.Timelines;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The people in a room: the facilitator removes someone, who loses access to every service at
 * once; a device's signed capability lets it back in after a new session, and only while it
 * should.
 */
@SpringBootTest
@ActiveProfiles("test")
class ParticipantsTest {

    @Autowired
    LearningEvents events;
    @Autowired
    ParticipantCapabilities capabilities;
    @Autowired
    EventDirectory directory;
    @Autowired
    KeyRing keyRing;
    @Autowired
    Contributors contributors;
    @Autowired
    Notes notes;
    @Autowired
    Timelines timelines;
    @Autowired
    AuditTrail audit;
    @Autowired
    TestRoom room;

    @Test
    void a_removed_participant_is_refused_by_every_service_with_the_reason() {
        Caller.Participant participant = room.joinDemo("POL");
        String eventId = participant.eventId();
        String entryId = timelines.timelineFor(participant, eventId).entries().getFirst().id();

        events.removeParticipant(room.facilitator(), eventId, participant.participantId());

        assertThatThrownBy(() -> events.readableBy(participant, eventId))
                .isInstanceOf(NotAllowed.class).hasMessage(LearningEvents.REMOVED);
        assertThatThrownBy(() -> timelines.timelineFor(participant, eventId))
                .isInstanceOf(NotAllowed.class).hasMessage(LearningEvents.REMOVED);
        assertThatThrownBy(() -> notes.notesFor(participant, eventId))
                .isInstanceOf(NotAllowed.class).hasMessage(LearningEvents.REMOVED);
        assertThatThrownBy(() -> notes.add(participant, eventId, NotePlace.onEntry(entryId), NoteKind.COMMENT,
                "Still here?")).isInstanceOf(NotAllowed.class).hasMessage(LearningEvents.REMOVED);
        assertThatThrownBy(() -> contributors.roomFor(participant, eventId)).isInstanceOf(NotAllowed.class);
    }

    @Test
    void a_removed_participant_leaves_the_room_list_and_the_others_stay() {
        Caller.Participant leaving = room.joinDemo("POL");
        Caller.Participant staying = room.joinDemo("HV");

        events.removeParticipant(room.facilitator(), leaving.eventId(), leaving.participantId());

        assertThat(contributors.roomFor(room.facilitator(), leaving.eventId())).extracting(RoomMember::participantId)
                .doesNotContain(leaving.participantId()).contains(staying.participantId());
        assertThat(events.readableBy(staying, staying.eventId()).id()).isEqualTo(staying.eventId());
    }

    @Test
    void only_the_events_facilitators_remove_people_and_only_people_of_that_event() {
        Caller.Account facilitator = room.facilitator();
        LearningEvent event = room.newEvent(facilitator, "Child R");
        Caller.Participant participant = room.join(event, facilitator, "POL");
        Caller.Participant other = room.join(event, facilitator, "HV");
        Caller.Participant ofDemo = room.joinDemo("POL");

        assertThatThrownBy(() -> events.removeParticipant(other, event.id(), participant.participantId()))
                .isInstanceOf(NotAllowed.class);
        assertThatThrownBy(() -> events.removeParticipant(room.anotherFacilitator(), event.id(),
                participant.participantId())).isInstanceOf(NotAllowed.class);
        assertThatThrownBy(() -> events.removeParticipant(room.projector(event, facilitator), event.id(),
                participant.participantId())).isInstanceOf(NotAllowed.class);
        assertThatThrownBy(() -> events.removeParticipant(facilitator, event.id(), ofDemo.participantId()))
                .as("a participant of another event").isInstanceOf(InvalidInput.class);
        assertThat(events.readableBy(participant, event.id())).isNotNull();
        assertThat(events.readableBy(ofDemo, ofDemo.eventId())).isNotNull();
    }

    @Test
    void a_removal_and_a_join_go_to_the_audit_trail_without_names() {
        Caller.Account facilitator = room.facilitator();
        LearningEvent event = room.newEvent(facilitator, "Child S");
        Caller.Participant participant = events.join(room.joinCode(event), "Health visitor", "HV", "Jo Bloggs",
                "192.0.2.77");

        events.removeParticipant(facilitator, event.id(), participant.participantId());
        events.removeParticipant(facilitator, event.id(), participant.participantId());

        var trail = audit.entriesFor(facilitator).stream().filter(e -> event.id().equals(e.eventId())).toList();
        assertThat(trail).extracting(AuditEntry::action)
                .containsExactly(AuditAction.PARTICIPANT_REMOVED, AuditAction.JOINED);
        assertThat(trail).allSatisfy(entry -> assertThat(entry.who() + entry.detail()).doesNotContain("Jo Bloggs"));
        assertThat(trail.getFirst().who()).isEqualTo(TestRoom.FACILITATOR);
    }

    @Test
    void a_capability_brings_the_same_participant_back_with_role_and_agency_from_the_log() {
        Caller.Participant participant = events.join(room.joinCode(room.demoEvent()), "School nurse", "HV", null,
                "192.0.2.5");

        String token = capabilities.issue(participant);

        assertThat(token).matches("v1\\.[0-9a-f-]{36}\\.[0-9a-f-]{36}\\.[0-9]+\\.[A-Za-z0-9_-]{43}");
        assertThat(capabilities.restore(token)).contains(participant);
    }

    @Test
    void a_capability_survives_a_restart_because_the_key_comes_from_the_key_ring() {
        Caller.Participant participant = room.joinDemo("POL");
        String token = new ParticipantCapabilities(keyRing, directory).issue(participant);

        ParticipantCapabilities afterRestart = new ParticipantCapabilities(keyRing, directory);
        assertThat(afterRestart.restore(token)).contains(participant);

        KeyRing anotherInstallation = purpose -> new SecretKeySpec(new byte[32], "HmacSHA256");
        assertThat(new ParticipantCapabilities(anotherInstallation, directory).restore(token)).isEmpty();
    }

    @Test
    void a_forged_or_edited_capability_opens_nothing() {
        Caller.Participant mine = room.joinDemo("POL");
        Caller.Account facilitator = room.facilitator();
        LearningEvent other = room.newEvent(facilitator, "Child T");
        Caller.Participant theirs = room.join(other, facilitator, "HV");
        String token = capabilities.issue(mine);
        String[] parts = token.split("\\.");

        String otherEvent = String.join(".", parts[0], other.id(), parts[2], parts[3], parts[4]);
        String otherPerson = String.join(".", parts[0], parts[1], theirs.participantId(), parts[3], parts[4]);
        String later = String.join(".", parts[0], parts[1], parts[2], String.valueOf(Long.parseLong(parts[3]) + 3600),
                parts[4]);
        byte[] mac = Base64.getUrlDecoder().decode(parts[4]);
        mac[0] ^= 1;
        String flipped = String.join(".", parts[0], parts[1], parts[2], parts[3],
                Base64.getUrlEncoder().withoutPadding().encodeToString(mac));
        // A token for B's participant, signed with another key (someone guessing how tokens are made).
        KeyRing guessed = purpose -> new SecretKeySpec(new byte[32], "HmacSHA256");
        String forgedForB = new ParticipantCapabilities(guessed, directory).issue(theirs);

        for (String bad : new String[] {otherEvent, otherPerson, later, flipped, forgedForB, "", "v1..",
                token + "x", token.replace("v1.", "v2.")}) {
            assertThat(capabilities.restore(bad)).as(bad).isEmpty();
        }
        assertThat(capabilities.restore(token)).contains(mine);
    }

    @Test
    void a_capability_stops_working_when_its_participant_is_removed_or_its_event_closes() {
        Caller.Account facilitator = room.facilitator();
        LearningEvent event = room.newEvent(facilitator, "Child U");
        Caller.Participant removed = room.join(event, facilitator, "POL");
        Caller.Participant staying = room.join(event, facilitator, "HV");
        String removedToken = capabilities.issue(removed);
        String stayingToken = capabilities.issue(staying);

        events.removeParticipant(facilitator, event.id(), removed.participantId());
        assertThat(capabilities.restore(removedToken)).isEmpty();
        assertThat(capabilities.restore(stayingToken)).contains(staying);

        events.close(facilitator, event.id());
        assertThat(capabilities.restore(stayingToken)).isEmpty();
    }

    @Test
    void a_capability_lasts_a_day() {
        Caller.Participant participant = room.joinDemo("POL");
        Instant issued = Instant.now();
        String token = new ParticipantCapabilities(keyRing, directory, Clock.fixed(issued, ZoneOffset.UTC))
                .issue(participant);

        assertThat(at(issued.plus(Duration.ofHours(23))).restore(token)).contains(participant);
        assertThat(at(issued.plus(Duration.ofHours(24))).restore(token)).isEmpty();
        assertThat(at(issued.minus(Duration.ofHours(1))).restore(token)).as("issued in the future").isEmpty();
    }

    private ParticipantCapabilities at(Instant now) {
        return new ParticipantCapabilities(keyRing, directory, Clock.fixed(now, ZoneOffset.UTC));
    }
}
