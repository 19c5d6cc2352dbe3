package org.roundtable.board;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.roundtable.shared.InvalidInput;

/** The rules of the facilitator's triage, without Spring. */
class TriageTest {

    private final Triage additionalEvent = Triage.open(NoteKind.ADDITIONAL_EVENT);
    private final Triage correction = Triage.open(NoteKind.CORRECTION);
    private final Triage query = Triage.open(NoteKind.QUERY);

    @Test
    void additional_events_corrections_and_queries_wait_for_a_decision_comments_and_good_practice_do_not() {
        assertThat(additionalEvent.needsDecision()).isTrue();
        assertThat(correction.needsDecision()).isTrue();
        assertThat(query.needsDecision()).isTrue();
        assertThat(Triage.open(NoteKind.COMMENT).needsDecision()).isFalse();
        assertThat(Triage.open(NoteKind.GOOD_PRACTICE).needsDecision()).isFalse();
    }

    @Test
    void only_an_additional_event_can_become_a_new_entry() {
        Triage accepted = additionalEvent.acceptedAsNewEntry("e1");

        assertThat(accepted.outcome()).isEqualTo(NoteOutcome.ACCEPTED);
        assertThat(accepted.entryId()).isEqualTo("e1");
        assertThat(accepted.needsDecision()).isFalse();
        assertThatThrownBy(() -> query.acceptedAsNewEntry("e1")).isInstanceOf(InvalidInput.class)
                .hasMessageContaining("Only an additional event");
        assertThatThrownBy(() -> correction.acceptedAsNewEntry("e1")).isInstanceOf(InvalidInput.class);
    }

    @Test
    void a_note_is_accepted_only_once() {
        Triage accepted = additionalEvent.acceptedAsNewEntry("e1");

        assertThatThrownBy(() -> accepted.acceptedAsNewEntry("e2")).isInstanceOf(InvalidInput.class)
                .hasMessageContaining("already in the timeline");
    }

    @Test
    void only_a_correction_on_an_entry_is_accepted_onto_it() {
        Triage accepted = correction.acceptedAsCorrection(NotePlace.onEntry("e7"));

        assertThat(accepted.entryId()).isEqualTo("e7");
        assertThatThrownBy(() -> correction.acceptedAsCorrection(NotePlace.gapAfter("e7")))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("gap");
        assertThatThrownBy(() -> additionalEvent.acceptedAsCorrection(NotePlace.onEntry("e7")))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("Only a correction");
    }

    @Test
    void a_hidden_note_cannot_be_accepted_until_it_is_unhidden() {
        Triage hidden = additionalEvent.hiddenByFacilitator();

        assertThat(hidden.needsDecision()).isFalse();
        assertThatThrownBy(() -> hidden.acceptedAsNewEntry("e1")).isInstanceOf(InvalidInput.class)
                .hasMessageContaining("unhide");
        assertThat(hidden.unhidden().acceptedAsNewEntry("e1").outcome()).isEqualTo(NoteOutcome.ACCEPTED);
    }

    @Test
    void hiding_twice_or_unhiding_a_visible_note_is_refused() {
        assertThatThrownBy(() -> query.hiddenByFacilitator().hiddenByFacilitator()).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(query::unhidden).isInstanceOf(InvalidInput.class);
    }

    @Test
    void only_a_query_is_answered_and_an_answered_query_can_be_answered_again() {
        Triage answered = query.answered("Yes, on 3 April.");
        Triage again = answered.answered("Yes, on 3 April, by the duty officer.");

        assertThat(answered.outcome()).isEqualTo(NoteOutcome.ANSWERED);
        assertThat(again.answer()).isEqualTo("Yes, on 3 April, by the duty officer.");
        assertThat(again.needsDecision()).isFalse();
        assertThatThrownBy(() -> correction.answered("No")).isInstanceOf(InvalidInput.class)
                .hasMessageContaining("Only a query");
        assertThatThrownBy(() -> query.hiddenByFacilitator().answered("No")).isInstanceOf(InvalidInput.class);
    }

    @Test
    void a_note_is_never_merged_into_itself_nor_into_a_merged_note_so_merges_never_loop() {
        Triage merged = query.mergedInto("b", "a", query);

        assertThat(merged.outcome()).isEqualTo(NoteOutcome.MERGED);
        assertThat(merged.mergedInto()).isEqualTo("a");
        assertThatThrownBy(() -> query.mergedInto("a", "a", query)).isInstanceOf(InvalidInput.class)
                .hasMessageContaining("itself");
        assertThatThrownBy(() -> query.mergedInto("a", "b", merged)).isInstanceOf(InvalidInput.class)
                .hasMessageContaining("itself merged");
        assertThatThrownBy(() -> merged.mergedInto("b", "c", query)).isInstanceOf(InvalidInput.class)
                .hasMessageContaining("already merged");
    }

    @Test
    void a_merged_note_can_no_longer_be_answered_or_accepted_and_an_accepted_one_cannot_be_merged() {
        Triage merged = additionalEvent.mergedInto("b", "a", additionalEvent);

        assertThatThrownBy(() -> merged.acceptedAsNewEntry("e1")).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> additionalEvent.acceptedAsNewEntry("e1").mergedInto("b", "a", additionalEvent))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("already in the timeline");
        assertThatThrownBy(() -> query.mergedInto("b", "a", query.hiddenByFacilitator()))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("hidden");
    }
}
