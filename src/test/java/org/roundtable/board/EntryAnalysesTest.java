package org.roundtable.board;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.roundtable.access.Caller;
import org.roundtable.event.LearningEvent;
import org.roundtable.shared.InvalidInput;
import org.roundtable.shared.NotAllowed;
import org.roundtable.testing.TestRoom;
import org.roundtable.timeline.ChronologyDate;
import org.roundtable.timeline.NewTimelineEntry;
import org.roundtable.timeline.TimelineEntry;
import org.roundtable.timeline.Timelines;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** The room's analysis of timeline entries, through the real services and log. */
@SpringBootTest
@ActiveProfiles("test")
class EntryAnalysesTest {

    @Autowired
    EntryAnalyses analyses;
    @Autowired
    Timelines timelines;
    @Autowired
    TestRoom room;

    Caller.Account owner;
    LearningEvent event;
    TimelineEntry arrest;
    TimelineEntry visit;
    Caller.Participant police;
    Caller.Participant health;
    Caller.Projector projector;

    @BeforeEach
    void aRoom() {
        owner = room.anotherFacilitator();
        event = room.newEvent(owner, "Child A");
        arrest = entry("POL", "Partner arrested after a call-out.");
        visit = entry("HV", "Home visit; mother seemed low.");
        police = room.join(event, owner, "POL");
        health = room.join(event, owner, "HV");
        projector = room.projector(event, owner);
    }

    @Test
    void an_analysis_set_by_a_participant_is_seen_by_everyone_with_its_byline_and_the_last_one_wins() {
        analyses.analyse(health, event.id(), visit.id(), Set.of(Factor.FAMILY_DYNAMICS), InterventionMode.PROACTIVE,
                "A joint visit with children's social care.");

        assertThat(analyses.analysesFor(projector, event.id()).get(visit.id())).satisfies(analysis -> {
            assertThat(analysis.factors()).containsExactly(Factor.FAMILY_DYNAMICS);
            assertThat(analysis.mode()).isEqualTo(InterventionMode.PROACTIVE);
            assertThat(analysis.alternatives()).isEqualTo("A joint visit with children's social care.");
            assertThat(analysis.byline().agencyCode()).isEqualTo("HV");
            assertThat(analysis.byline().yours()).isFalse();
        });
        assertThat(analyses.analysesFor(health, event.id()).get(visit.id()).byline().yours()).isTrue();

        analyses.analyse(police, event.id(), visit.id(), Set.of(Factor.ORGANISATIONAL_SYSTEMS), null, null);

        EntryAnalysis last = analyses.analysesFor(owner, event.id()).get(visit.id());
        assertThat(last.factors()).containsExactly(Factor.ORGANISATIONAL_SYSTEMS);
        assertThat(last.mode()).isNull();
        assertThat(last.alternatives()).isNull();
        assertThat(last.byline().agencyCode()).isEqualTo("POL");
    }

    @Test
    void the_projector_cannot_analyse_and_bad_input_is_refused() {
        assertThatThrownBy(() -> analyses.analyse(projector, event.id(), visit.id(), Set.of(Factor.FAMILY_DYNAMICS),
                null, null)).isInstanceOf(NotAllowed.class);
        assertThatThrownBy(() -> analyses.analyse(health, event.id(), "not-an-entry", Set.of(), null, null))
                .isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> analyses.analyse(health, event.id(), visit.id(), Set.of(), null,
                "x".repeat(EntryAnalyses.MAX_ALTERNATIVES_LENGTH + 1))).isInstanceOf(InvalidInput.class)
                .hasMessageContaining("2000");
        LearningEvent elsewhere = room.newEvent(owner, "Child B");
        assertThatThrownBy(() -> analyses.analyse(health, elsewhere.id(), visit.id(), Set.of(), null, null))
                .isInstanceOf(NotAllowed.class);
        assertThat(analyses.analysesFor(owner, event.id())).isEmpty();
    }

    @Test
    void the_factor_summary_counts_factors_and_modes_by_the_agency_of_the_entry() {
        TimelineEntry second = entry("POL", "Second call-out.");
        analyses.analyse(health, event.id(), arrest.id(), Set.of(Factor.FAMILY_DYNAMICS,
                Factor.ORGANISATIONAL_SYSTEMS), InterventionMode.REACTIVE, null);
        analyses.analyse(owner, event.id(), second.id(), Set.of(Factor.ORGANISATIONAL_SYSTEMS),
                InterventionMode.REACTIVE, null);
        analyses.analyse(police, event.id(), visit.id(), Set.of(Factor.INDIVIDUAL_TEAM_PRACTICE),
                InterventionMode.PROCEDURAL, null);

        FactorSummary summary = analyses.factorSummaryFor(projector, event.id());

        FactorSummary.AgencyCounts pol = summary.agencies().getFirst();
        FactorSummary.AgencyCounts hv = summary.agencies().get(1);
        assertThat(pol.agencyCode()).isEqualTo("POL");
        assertThat(pol.analysed()).isEqualTo(2);
        assertThat(pol.count(Factor.ORGANISATIONAL_SYSTEMS)).isEqualTo(2);
        assertThat(pol.count(Factor.FAMILY_DYNAMICS)).isEqualTo(1);
        assertThat(pol.count(InterventionMode.REACTIVE)).isEqualTo(2);
        assertThat(hv.count(Factor.INDIVIDUAL_TEAM_PRACTICE)).isEqualTo(1);
        assertThat(hv.count(InterventionMode.PROCEDURAL)).isEqualTo(1);
        assertThat(summary.toString()).doesNotContain("participant:");
    }

    private TimelineEntry entry(String agency, String text) {
        return timelines.add(owner, event.id(), new NewTimelineEntry(agency, ChronologyDate.onDay(
                LocalDate.of(2024, 3, 4)), null, null, text, null, null, null, null));
    }
}
