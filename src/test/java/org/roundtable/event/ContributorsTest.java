package org.roundtable.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.roundtable.access.Caller;
import org.roundtable.shared.NotAllowed;
import org.roundtable.testing.TestRoom;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** How every screen attributes a contribution, under each of the event's room settings. */
@SpringBootTest
@ActiveProfiles("test")
class ContributorsTest {

    @Autowired
    Contributors contributors;
    @Autowired
    LearningEvents events;
    @Autowired
    EventPreparation preparation;
    @Autowired
    TestRoom room;

    private record Room(LearningEvent event, Caller.Account owner, Caller.Participant author,
            Caller.Participant colleague, Caller.Projector projector) {
    }

    private Room roomWith(RoomSettings settings, String pseudonym) {
        Caller.Account owner = room.facilitator();
        LearningEvent event = room.newEvent(owner, pseudonym);
        contributors.changeSettings(owner, event.id(), settings);
        String code = room.joinCode(event);
        Caller.Participant author = events.join(code, "Health visitor", "HV", "Sam Example", "client-" + pseudonym);
        Caller.Participant colleague = room.join(event, owner, "POL");
        Caller.Projector projector = room.projector(event, owner);
        return new Room(event, owner, author, colleague, projector);
    }

    private Byline byline(Room r, Caller viewer) {
        return contributors.byline(viewer, r.event().id(), r.author().actorId(), "HV");
    }

    @Test
    void by_default_everyone_sees_the_agency_and_nobody_a_name() {
        Room r = roomWith(RoomSettings.DEFAULT, "Child C1");

        for (Caller viewer : List.of(r.colleague(), r.projector(), r.owner())) {
            assertThat(byline(r, viewer)).isEqualTo(new Byline("HV", "Health Visiting", false));
        }
        assertThat(byline(r, r.author())).isEqualTo(new Byline("HV", "Health Visiting", true));
        assertThat(contributors.roomFor(r.owner(), r.event().id())).extracting(RoomMember::name).containsOnlyNulls();
    }

    @Test
    void anonymous_contributions_hide_the_agency_from_participants_and_the_projector_but_not_from_facilitators() {
        Room r = roomWith(new RoomSettings(true, false, false), "Child C2");

        assertThat(byline(r, r.colleague())).isEqualTo(new Byline(null, Byline.ANONYMOUS, false));
        assertThat(byline(r, r.projector())).isEqualTo(new Byline(null, Byline.ANONYMOUS, false));
        assertThat(byline(r, r.author())).isEqualTo(new Byline(null, Byline.ANONYMOUS, true));
        assertThat(byline(r, r.owner())).isEqualTo(new Byline("HV", "Health Visiting", false));
    }

    @Test
    void facilitators_see_names_only_where_the_event_allows_and_participants_never_do() {
        Room r = roomWith(new RoomSettings(false, true, false), "Child C3");

        assertThat(byline(r, r.owner()).label()).isEqualTo("Health Visiting · Sam Example");
        for (Caller viewer : List.of(r.colleague(), r.projector(), r.author())) {
            assertThat(byline(r, viewer).label()).doesNotContain("Sam");
        }
        assertThat(contributors.roomFor(r.owner(), r.event().id())).extracting(RoomMember::name)
                .contains("Sam Example");
        assertThat(contributors.roomFor(r.colleague(), r.event().id())).extracting(RoomMember::name)
                .containsOnlyNulls();
    }

    @Test
    void names_in_the_room_list_show_on_the_list_but_never_on_a_contribution() {
        Room r = roomWith(new RoomSettings(true, false, true), "Child C4");

        assertThat(contributors.roomFor(r.projector(), r.event().id())).extracting(RoomMember::name)
                .contains("Sam Example");
        for (Caller viewer : List.of(r.colleague(), r.projector(), r.owner())) {
            assertThat(byline(r, viewer).label()).doesNotContain("Sam");
        }
    }

    @Test
    void a_facilitators_contribution_reads_facilitator_for_everyone() {
        Room r = roomWith(new RoomSettings(true, true, true), "Child C5");

        assertThat(contributors.byline(r.colleague(), r.event().id(), r.owner().actorId(), null))
                .isEqualTo(new Byline(null, Byline.FACILITATOR, false));
    }

    @Test
    void the_invitation_check_is_for_facilitators_and_matches_the_room_against_the_list() {
        Room r = roomWith(RoomSettings.DEFAULT, "Child C6");
        preparation.changePeople(r.owner(), r.event().id(), List.of(new PersonInRole("Independent reviewer", null)),
                null, List.of(new Invitee("health visitor", "HV", null), new Invitee("Detective sergeant", "POL", null),
                        new Invitee("Midwife", "HV", null)));

        InvitationCheck check = contributors.invitationCheckFor(r.owner(), r.event().id());

        assertThat(check.here()).singleElement().satisfies(arrived -> {
            assertThat(arrived.invitee().role()).isEqualTo("health visitor");
            assertThat(arrived.member().participantId()).isEqualTo(r.author().participantId());
            assertThat(arrived.member().name()).isNull();
        });
        assertThat(check.notYetHere()).extracting(Invitee::role).containsExactly("Detective sergeant", "Midwife");
        assertThat(check.notInvited()).extracting(RoomMember::participantId)
                .containsExactly(r.colleague().participantId());
        assertThatThrownBy(() -> contributors.invitationCheckFor(r.colleague(), r.event().id()))
                .isInstanceOf(NotAllowed.class);
        assertThatThrownBy(() -> contributors.invitationCheckFor(r.projector(), r.event().id()))
                .isInstanceOf(NotAllowed.class);
    }

    @Test
    void only_facilitators_change_the_room_settings() {
        Room r = roomWith(RoomSettings.DEFAULT, "Child C7");

        assertThatThrownBy(() -> contributors.changeSettings(r.colleague(), r.event().id(),
                new RoomSettings(false, true, true))).isInstanceOf(NotAllowed.class);
        assertThat(contributors.settingsFor(r.colleague(), r.event().id())).isEqualTo(RoomSettings.DEFAULT);
    }
}
