package org.roundtable.board;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The rules of the dot vote, without Spring. */
class DotVotingTest {

    DotVoting voting;

    @BeforeEach
    void twoThemes() {
        voting = new DotVoting();
        voting.addTheme("supervision");
        voting.addTheme("information-sharing");
    }

    @Test
    void nobody_votes_before_voting_opens_or_after_it_closes() {
        assertThat(voting.cast("sam", "supervision")).isEqualTo(DotVoting.Outcome.VOTING_CLOSED);

        voting.open(3, false);
        assertThat(voting.cast("sam", "supervision")).isEqualTo(DotVoting.Outcome.COUNTED);
        voting.close();

        assertThat(voting.cast("sam", "supervision")).isEqualTo(DotVoting.Outcome.VOTING_CLOSED);
        assertThat(voting.takeBack("sam", "supervision")).isEqualTo(DotVoting.Outcome.VOTING_CLOSED);
        assertThat(voting.totals()).containsEntry("supervision", 1);
        assertThat(voting.status().phase()).isEqualTo(VotingStatus.Phase.CLOSED);
    }

    @Test
    void each_person_places_at_most_their_number_of_dots_and_may_stack_them_on_one_theme() {
        voting.open(3, false);

        assertThat(voting.cast("sam", "supervision")).isEqualTo(DotVoting.Outcome.COUNTED);
        assertThat(voting.cast("sam", "supervision")).isEqualTo(DotVoting.Outcome.COUNTED);
        assertThat(voting.cast("sam", "information-sharing")).isEqualTo(DotVoting.Outcome.COUNTED);
        assertThat(voting.cast("sam", "information-sharing")).isEqualTo(DotVoting.Outcome.NO_VOTES_LEFT);
        assertThat(voting.cast("alex", "information-sharing")).isEqualTo(DotVoting.Outcome.COUNTED);

        assertThat(voting.votesOf("sam")).containsOnly(
                org.assertj.core.api.Assertions.entry("supervision", 2),
                org.assertj.core.api.Assertions.entry("information-sharing", 1));
        assertThat(voting.remaining("sam")).isZero();
        assertThat(voting.remaining("alex")).isEqualTo(2);
        assertThat(voting.totals()).containsEntry("supervision", 2).containsEntry("information-sharing", 2);
    }

    @Test
    void a_dot_taken_back_can_be_placed_again_and_only_ones_own_dots_can_be_taken_back() {
        voting.open(1, false);
        voting.cast("sam", "supervision");

        assertThat(voting.takeBack("alex", "supervision")).isEqualTo(DotVoting.Outcome.NO_VOTE_THERE);
        assertThat(voting.takeBack("sam", "information-sharing")).isEqualTo(DotVoting.Outcome.NO_VOTE_THERE);
        assertThat(voting.takeBack("sam", "supervision")).isEqualTo(DotVoting.Outcome.TAKEN_BACK);

        assertThat(voting.votesOf("sam")).isEmpty();
        assertThat(voting.cast("sam", "information-sharing")).isEqualTo(DotVoting.Outcome.COUNTED);
        assertThat(voting.totals()).containsEntry("supervision", 0).containsEntry("information-sharing", 1);
    }

    @Test
    void a_dot_on_a_theme_that_does_not_exist_is_not_counted() {
        voting.open(2, false);

        assertThat(voting.cast("sam", "made-up")).isEqualTo(DotVoting.Outcome.NO_SUCH_THEME);
        assertThat(voting.totals()).doesNotContainKey("made-up");
        assertThat(voting.remaining("sam")).isEqualTo(2);
    }

    @Test
    void a_removed_theme_gives_its_dots_back_to_the_people_who_placed_them() {
        voting.open(2, false);
        voting.cast("sam", "supervision");
        voting.cast("sam", "information-sharing");

        voting.removeTheme("supervision");

        assertThat(voting.remaining("sam")).isEqualTo(1);
        assertThat(voting.totals()).containsOnlyKeys("information-sharing");
        assertThat(voting.cast("sam", "supervision")).isEqualTo(DotVoting.Outcome.NO_SUCH_THEME);
    }

    @Test
    void merging_two_themes_returns_the_dots_of_the_one_that_goes_and_keeps_the_others() {
        voting.open(3, false);
        voting.cast("sam", "supervision");
        voting.cast("sam", "supervision");
        voting.cast("alex", "information-sharing");

        voting.merge("supervision", "information-sharing");

        assertThat(voting.remaining("sam")).isEqualTo(3);
        assertThat(voting.totals()).containsOnlyKeys("information-sharing").containsEntry("information-sharing", 1);
    }

    @Test
    void reopening_with_fewer_dots_keeps_what_was_placed_and_leaves_none_below_zero() {
        voting.open(3, false);
        voting.cast("sam", "supervision");
        voting.cast("sam", "supervision");
        voting.close();

        voting.open(1, true);

        assertThat(voting.remaining("sam")).isZero();
        assertThat(voting.cast("sam", "information-sharing")).isEqualTo(DotVoting.Outcome.NO_VOTES_LEFT);
        assertThat(voting.takeBack("sam", "supervision")).isEqualTo(DotVoting.Outcome.TAKEN_BACK);
        assertThat(voting.status().liveTotals()).isTrue();
    }

    @Test
    void the_number_of_dots_is_kept_between_one_and_ten_even_from_a_damaged_log() {
        voting.open(0, false);
        assertThat(voting.status().votesPerPerson()).isEqualTo(1);
        voting.open(50, false);
        assertThat(voting.status().votesPerPerson()).isEqualTo(10);
    }
}
