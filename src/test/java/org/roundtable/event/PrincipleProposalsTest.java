package org.roundtable.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.roundtable.access.Caller;
import org.roundtable.live.ChangeLog;
import org.roundtable.shared.InvalidInput;
import org.roundtable.shared.NotAllowed;
import org.roundtable.testing.TestRoom;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** The room adds to its working principles, through the real services and log. */
@SpringBootTest
@ActiveProfiles("test")
class PrincipleProposalsTest {

    @Autowired
    PrincipleProposals proposals;
    @Autowired
    EventPreparation preparation;
    @Autowired
    RoomStages stages;
    @Autowired
    ChangeLog changeLog;
    @Autowired
    TestRoom room;

    @Test
    void an_accepted_proposal_lands_in_the_working_principles_and_its_author_sees_it_accepted() {
        Caller.Account owner = room.facilitator();
        LearningEvent event = room.newEvent(owner, "Child P1");
        Caller.Participant police = room.join(event, owner, "POL");
        Caller.Participant hv = room.join(event, owner, "HV");
        List<String> before = preparation.workingPrinciplesFor(owner, event.id());

        ProposedPrinciple proposed = proposals.propose(police, event.id(), "Phones on silent, please.");

        assertThat(proposed.status()).isEqualTo(ProposedPrinciple.Status.PENDING);
        assertThat(proposed.by().yours()).isTrue();
        assertThat(proposals.pendingFor(owner, event.id())).singleElement().satisfies(p -> {
            assertThat(p.text()).isEqualTo("Phones on silent, please.");
            assertThat(p.by().agencyCode()).isEqualTo("POL");
        });
        assertThat(proposals.proposalsFor(hv, event.id())).isEmpty();

        List<String> after = proposals.accept(owner, event.id(), proposed.id());

        List<String> expected = new ArrayList<>(before);
        expected.add("Phones on silent, please.");
        assertThat(after).isEqualTo(expected);
        assertThat(preparation.workingPrinciplesFor(police, event.id())).isEqualTo(expected);
        assertThat(proposals.proposalsFor(police, event.id())).singleElement()
                .extracting(ProposedPrinciple::status).isEqualTo(ProposedPrinciple.Status.ACCEPTED);
        assertThat(proposals.pendingFor(owner, event.id())).isEmpty();
        assertThat(proposals.accept(owner, event.id(), proposed.id())).isEqualTo(expected);
    }

    @Test
    void two_acceptances_decided_from_the_same_list_on_two_nodes_both_land_once_each() {
        Caller.Account owner = room.facilitator();
        LearningEvent event = room.newEvent(owner, "Child P7");
        List<String> before = preparation.workingPrinciplesFor(owner, event.id());

        // What two nodes would append if each accepted a proposal at the same moment, and a repeat.
        changeLog.append(event.logId(), new RoomChange.PrincipleAdded("a", "Breaks every hour."), owner.actorId());
        changeLog.append(event.logId(), new RoomChange.PrincipleAdded("b", "First names only."), owner.actorId());
        changeLog.append(event.logId(), new RoomChange.PrincipleAdded("c", "breaks every hour."), owner.actorId());

        List<String> expected = new ArrayList<>(before);
        expected.addAll(List.of("Breaks every hour.", "First names only."));
        assertThat(preparation.workingPrinciplesFor(owner, event.id())).isEqualTo(expected);
    }

    @Test
    void a_declined_proposal_stays_out_of_the_principles_and_its_author_sees_it_declined() {
        Caller.Account owner = room.facilitator();
        LearningEvent event = room.newEvent(owner, "Child P2");
        Caller.Participant hv = room.join(event, owner, "HV");
        List<String> before = preparation.workingPrinciplesFor(owner, event.id());
        ProposedPrinciple proposed = proposals.propose(hv, event.id(), "Finish by four.");

        proposals.decline(owner, event.id(), proposed.id());

        assertThat(preparation.workingPrinciplesFor(owner, event.id())).isEqualTo(before);
        assertThat(proposals.proposalsFor(hv, event.id())).singleElement()
                .extracting(ProposedPrinciple::status).isEqualTo(ProposedPrinciple.Status.DECLINED);
    }

    @Test
    void only_facilitators_decide_and_unknown_or_other_events_proposals_are_refused() {
        Caller.Account owner = room.facilitator();
        LearningEvent event = room.newEvent(owner, "Child P3");
        LearningEvent another = room.newEvent(owner, "Child P4");
        Caller.Participant police = room.join(event, owner, "POL");
        ProposedPrinciple elsewhere = proposals.propose(room.join(another, owner, "HV"), another.id(), "Elsewhere");
        ProposedPrinciple mine = proposals.propose(police, event.id(), "Mine");

        assertThatThrownBy(() -> proposals.accept(police, event.id(), mine.id())).isInstanceOf(NotAllowed.class);
        assertThatThrownBy(() -> proposals.decline(police, event.id(), mine.id())).isInstanceOf(NotAllowed.class);
        assertThatThrownBy(() -> proposals.pendingFor(police, event.id())).isInstanceOf(NotAllowed.class);
        assertThatThrownBy(() -> proposals.accept(owner, event.id(), elsewhere.id())).isInstanceOf(NotAllowed.class);
        assertThatThrownBy(() -> proposals.accept(owner, event.id(), "forged")).isInstanceOf(NotAllowed.class);
        assertThatThrownBy(() -> proposals.decline(owner, event.id(), "forged")).isInstanceOf(NotAllowed.class);
        assertThat(preparation.workingPrinciplesFor(owner, another.id())).doesNotContain("Elsewhere");
    }

    @Test
    void a_proposal_is_checked_like_any_contribution() {
        Caller.Account owner = room.facilitator();
        LearningEvent event = room.newEvent(owner, "Child P5");
        Caller.Participant police = room.join(event, owner, "POL");
        Caller.Projector projector = room.projector(event, owner);
        String existing = preparation.workingPrinciplesFor(owner, event.id()).getFirst();

        assertThatThrownBy(() -> proposals.propose(police, event.id(), "x".repeat(301)))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("300");
        assertThatThrownBy(() -> proposals.propose(police, event.id(), " ")).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> proposals.propose(police, event.id(), existing.toUpperCase()))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("already");
        assertThatThrownBy(() -> proposals.propose(projector, event.id(), "Hello")).isInstanceOf(NotAllowed.class);
        stages.pauseInput(owner, event.id());
        assertThatThrownBy(() -> proposals.propose(police, event.id(), "While paused"))
                .isInstanceOf(NotAllowed.class).hasMessageContaining("paused");
        assertThat(proposals.proposalsFor(projector, event.id())).isEmpty();
    }

    @Test
    void accepting_text_that_is_already_a_principle_adds_no_duplicate() {
        Caller.Account owner = room.facilitator();
        LearningEvent event = room.newEvent(owner, "Child P6");
        Caller.Participant police = room.join(event, owner, "POL");
        ProposedPrinciple proposed = proposals.propose(police, event.id(), "Breaks every hour.");
        List<String> withIt = new ArrayList<>(preparation.workingPrinciplesFor(owner, event.id()));
        withIt.add("breaks every hour.");
        preparation.changeWorkingPrinciples(owner, event.id(), withIt);

        assertThat(proposals.accept(owner, event.id(), proposed.id())).isEqualTo(withIt);
        assertThat(proposals.proposalsFor(owner, event.id())).singleElement()
                .extracting(ProposedPrinciple::status).isEqualTo(ProposedPrinciple.Status.ACCEPTED);
    }

    @Test
    void a_full_list_of_principles_refuses_the_addition_and_keeps_the_proposal_pending() {
        Caller.Account owner = room.facilitator();
        LearningEvent event = room.newEvent(owner, "Child P7");
        Caller.Participant police = room.join(event, owner, "POL");
        ProposedPrinciple proposed = proposals.propose(police, event.id(), "One more.");
        List<String> full = new ArrayList<>();
        for (int i = 1; i <= EventPreparation.MAX_WORKING_PRINCIPLES; i++) {
            full.add("Principle " + i);
        }
        preparation.changeWorkingPrinciples(owner, event.id(), full);

        assertThatThrownBy(() -> proposals.accept(owner, event.id(), proposed.id()))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("30");
        assertThat(proposals.pendingFor(owner, event.id())).hasSize(1);
        assertThat(preparation.workingPrinciplesFor(owner, event.id())).isEqualTo(full);
    }
}
