package org.roundtable.board;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Counting the room's analysis by agency, without Spring. */
class FactorSummaryTest {

    @Test
    void factors_and_intervention_modes_are_counted_by_the_agency_of_the_entry() {
        FactorSummary summary = FactorSummary.of(List.of("POL", "HV", "GP"), List.of(
                new FactorSummary.Analysed("POL", Set.of(Factor.FAMILY_DYNAMICS, Factor.ORGANISATIONAL_SYSTEMS),
                        InterventionMode.REACTIVE),
                new FactorSummary.Analysed("POL", Set.of(Factor.ORGANISATIONAL_SYSTEMS), InterventionMode.REACTIVE),
                new FactorSummary.Analysed("HV", Set.of(Factor.INDIVIDUAL_TEAM_PRACTICE), null)));

        assertThat(summary.agencies()).extracting(FactorSummary.AgencyCounts::agencyCode)
                .containsExactly("POL", "HV", "GP");
        FactorSummary.AgencyCounts police = summary.agencies().getFirst();
        assertThat(police.analysed()).isEqualTo(2);
        assertThat(police.count(Factor.ORGANISATIONAL_SYSTEMS)).isEqualTo(2);
        assertThat(police.count(Factor.FAMILY_DYNAMICS)).isEqualTo(1);
        assertThat(police.count(Factor.COMMUNITY_ENVIRONMENT)).isZero();
        assertThat(police.count(InterventionMode.REACTIVE)).isEqualTo(2);
        assertThat(summary.agencies().get(1).count(InterventionMode.REACTIVE)).isZero();
        assertThat(summary.agencies().get(2).analysed()).isZero();
        assertThat(summary.total(Factor.ORGANISATIONAL_SYSTEMS)).isEqualTo(2);
        assertThat(summary.total(Factor.INDIVIDUAL_TEAM_PRACTICE)).isEqualTo(1);
        assertThat(summary.isEmpty()).isFalse();
    }

    @Test
    void an_analysis_saved_empty_is_not_counted() {
        FactorSummary summary = FactorSummary.of(List.of("POL"), List.of(
                new FactorSummary.Analysed("POL", Set.of(), null)));

        assertThat(summary.agencies().getFirst().analysed()).isZero();
        assertThat(summary.isEmpty()).isTrue();
    }
}
