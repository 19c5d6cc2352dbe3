package org.roundtable.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

class InvitationCheckTest {

    private static RoomMember member(String id, String role, String agency, String name) {
        return new RoomMember(id, role, agency, name, Instant.EPOCH);
    }

    @Test
    void an_invitee_is_here_when_someone_of_the_same_agency_gave_the_same_role_in_other_words_or_case() {
        Invitee socialWorker = new Invitee("Social Worker", "CSC", null);
        Invitee healthVisitor = new Invitee("Health visitor", "HV", null);
        RoomMember sw = member("1", "senior social worker", "CSC", null);
        RoomMember hv = member("2", "HEALTH VISITOR", "HV", null);

        InvitationCheck check = InvitationCheck.of(List.of(socialWorker, healthVisitor), List.of(hv, sw));

        assertThat(check.here()).containsExactly(new InvitationCheck.Arrived(socialWorker, sw),
                new InvitationCheck.Arrived(healthVisitor, hv));
        assertThat(check.notYetHere()).isEmpty();
        assertThat(check.notInvited()).isEmpty();
    }

    @Test
    void the_same_role_in_another_agency_is_not_a_match() {
        Invitee gpNurse = new Invitee("Practice nurse", "GP", null);
        RoomMember schoolNurse = member("1", "Practice nurse", "SCH", null);

        InvitationCheck check = InvitationCheck.of(List.of(gpNurse), List.of(schoolNurse));

        assertThat(check.notYetHere()).containsExactly(gpNurse);
        assertThat(check.notInvited()).containsExactly(schoolNurse);
    }

    @Test
    void an_exact_role_wins_over_a_loose_one_and_each_person_matches_one_invitee() {
        Invitee manager = new Invitee("Team manager", "CSC", null);
        Invitee worker = new Invitee("Social worker", "CSC", null);
        RoomMember first = member("1", "Social worker", "CSC", null);
        RoomMember second = member("2", "Social worker", "CSC", null);

        InvitationCheck check = InvitationCheck.of(List.of(manager, worker), List.of(first, second));

        assertThat(check.here()).containsExactly(new InvitationCheck.Arrived(worker, first));
        assertThat(check.notYetHere()).containsExactly(manager);
        assertThat(check.notInvited()).containsExactly(second);
    }

    @Test
    void common_words_alone_such_as_manager_do_not_make_a_match_but_a_name_the_facilitator_sees_does() {
        Invitee teamManager = new Invitee("Team manager", "POL", "Alex Doe");
        Invitee practiceManager = new Invitee("Practice manager", "GP", null);
        RoomMember alex = member("1", "DS", "POL", "alex doe");
        RoomMember other = member("2", "Surgery manager", "GP", null);

        InvitationCheck check = InvitationCheck.of(List.of(teamManager, practiceManager), List.of(alex, other));

        assertThat(check.here()).containsExactly(new InvitationCheck.Arrived(teamManager, alex));
        assertThat(check.notYetHere()).containsExactly(practiceManager);
    }
}
