package org.roundtable.board;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.roundtable.access.Caller;
import org.roundtable.event.Byline;
import org.roundtable.event.Contributors;
import org.roundtable.event.LearningEvent;
import org.roundtable.event.LearningEvents;
import org.roundtable.event.RoomSettings;
import org.roundtable.live.ChangeLog;
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

/** The learning wall through the real services, log, MapDB file and Hazelcast member. */
@SpringBootTest
@ActiveProfiles("test")
class LearningWallTest {

    @Autowired
    LearningWall wall;
    @Autowired
    LearningEvents events;
    @Autowired
    Timelines timelines;
    @Autowired
    Contributors contributors;
    @Autowired
    ChangeLog changeLog;
    @Autowired
    TestRoom room;

    Caller.Account owner;
    LearningEvent event;
    Caller.Participant police;
    Caller.Participant healthVisitor;
    Caller.Projector projector;

    @BeforeEach
    void aRoom() {
        owner = room.anotherFacilitator();
        event = room.newEvent(owner, "Child W");
        police = room.join(event, owner, "POL");
        healthVisitor = room.join(event, owner, "HV");
        projector = room.projector(event, owner);
    }

    @Test
    void a_participants_learning_point_is_on_everyones_wall_with_their_agency_never_a_name() {
        Caller.Participant named = events.join(events.secretsFor(owner, event.id()).displayJoinCode(), "Teacher",
                "POL", "Pat Example", "client-pat");

        LearningPoint point = wall.add(named, event.id(), LearningPointKind.INTER_AGENCY,
                "Nobody held the whole picture of the family's moves.", List.of());

        for (Caller reader : List.of(police, projector, owner)) {
            assertThat(wall.pointsFor(reader, event.id())).singleElement().satisfies(shown -> {
                assertThat(shown.id()).isEqualTo(point.id());
                assertThat(shown.kind()).isEqualTo(LearningPointKind.INTER_AGENCY);
                assertThat(shown.by().agencyCode()).isEqualTo("POL");
                assertThat(shown.toString()).doesNotContain("Pat Example");
            });
        }
        assertThat(wall.pointsFor(named, event.id()).getFirst().by().yours()).isTrue();
        assertThat(wall.pointsFor(police, event.id()).getFirst().by().yours()).isFalse();
    }

    @Test
    void bylines_are_anonymous_to_the_room_when_the_event_says_so() {
        wall.add(police, event.id(), LearningPointKind.SINGLE_AGENCY, "Our referral form asks nothing about fathers.",
                List.of());

        contributors.changeSettings(owner, event.id(), new RoomSettings(true, false, false));

        assertThat(wall.pointsFor(healthVisitor, event.id()).getFirst().by().label()).isEqualTo(Byline.ANONYMOUS);
        assertThat(wall.pointsFor(projector, event.id()).getFirst().by().agencyCode()).isNull();
        assertThat(wall.pointsFor(owner, event.id()).getFirst().by().agencyCode()).isEqualTo("POL");
    }

    @Test
    void the_projector_cannot_add_points_vote_or_cluster() {
        assertThatThrownBy(() -> wall.add(projector, event.id(), LearningPointKind.SYSTEMS, "Hi", List.of()))
                .isInstanceOf(NotAllowed.class);
        assertThatThrownBy(() -> wall.createTheme(projector, event.id(), "Theme")).isInstanceOf(NotAllowed.class);
    }

    @Test
    void a_point_links_to_timeline_entries_of_its_event_and_a_forged_entry_id_is_refused() {
        TimelineEntry entry = timelines.add(owner, event.id(), new NewTimelineEntry("POL",
                ChronologyDate.onDay(LocalDate.of(2019, 4, 3)), null, null, "Domestic abuse call-out.", null, null,
                null, null));
        LearningEvent other = room.newEvent(owner, "Child X");
        TimelineEntry elsewhere = timelines.add(owner, other.id(), new NewTimelineEntry("HV",
                ChronologyDate.onDay(LocalDate.of(2019, 5, 3)), null, null, "Home visit.", null, null, null, null));
        int before = changeLog.read(event.logId()).size();

        assertThatThrownBy(() -> wall.add(police, event.id(), LearningPointKind.INTER_AGENCY, "Text",
                List.of(elsewhere.id()))).isInstanceOf(InvalidInput.class).hasMessageContaining("timeline entry");
        assertThatThrownBy(() -> wall.add(police, event.id(), LearningPointKind.INTER_AGENCY, "Text",
                List.of("forged"))).isInstanceOf(InvalidInput.class);
        assertThat(changeLog.read(event.logId())).hasSize(before);

        LearningPoint linked = wall.add(police, event.id(), LearningPointKind.INTER_AGENCY,
                "The call-out was not shared with health.", List.of(entry.id(), entry.id()));
        assertThat(linked.entryIds()).containsExactly(entry.id());
    }

    @Test
    void an_over_long_or_empty_point_is_refused_with_a_message_and_one_at_the_limit_is_kept() {
        assertThatThrownBy(() -> wall.add(police, event.id(), LearningPointKind.SYSTEMS,
                "x".repeat(LearningWall.MAX_POINT_LENGTH + 1), List.of()))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("1000");
        assertThatThrownBy(() -> wall.add(police, event.id(), LearningPointKind.SYSTEMS, " \n", List.of()))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("empty");
        assertThatThrownBy(() -> wall.add(police, event.id(), null, "No kind", List.of()))
                .isInstanceOf(InvalidInput.class);

        assertThat(wall.add(police, event.id(), LearningPointKind.SYSTEMS, "y".repeat(LearningWall.MAX_POINT_LENGTH),
                List.of()).text()).hasSize(LearningWall.MAX_POINT_LENGTH);
    }

    @Test
    void authors_edit_and_withdraw_their_own_points_and_facilitators_hide_any_recoverably() {
        LearningPoint mine = wall.add(police, event.id(), LearningPointKind.SINGLE_AGENCY, "Draft", List.of());

        assertThatThrownBy(() -> wall.edit(healthVisitor, event.id(), mine.id(), LearningPointKind.SYSTEMS, "Mine now",
                List.of())).isInstanceOf(NotAllowed.class);
        assertThatThrownBy(() -> wall.hide(police, event.id(), mine.id(), true)).isInstanceOf(NotAllowed.class);
        assertThat(wall.edit(police, event.id(), mine.id(), LearningPointKind.GOOD_PRACTICE, "Final", List.of()))
                .satisfies(p -> assertThat(p.edited()).isTrue())
                .satisfies(p -> assertThat(p.kind()).isEqualTo(LearningPointKind.GOOD_PRACTICE));

        wall.hide(owner, event.id(), mine.id(), true);
        assertThat(wall.pointsFor(healthVisitor, event.id())).isEmpty();
        assertThat(wall.pointsFor(projector, event.id())).isEmpty();
        assertThat(wall.pointsFor(police, event.id())).singleElement().satisfies(p -> assertThat(p.hidden()).isTrue());
        assertThat(wall.pointsFor(owner, event.id())).singleElement().satisfies(p -> assertThat(p.hidden()).isTrue());

        wall.hide(owner, event.id(), mine.id(), false);
        assertThat(wall.pointsFor(healthVisitor, event.id())).extracting(LearningPoint::text).containsExactly("Final");

        assertThatThrownBy(() -> wall.withdraw(healthVisitor, event.id(), mine.id())).isInstanceOf(NotAllowed.class);
        wall.withdraw(police, event.id(), mine.id());
        assertThat(wall.pointsFor(owner, event.id())).isEmpty();
    }

    @Test
    void only_facilitators_move_a_group_point_to_the_wall_and_only_once() {
        assertThatThrownBy(() -> wall.addFromGroup(police, event.id(), LearningPointKind.INTER_AGENCY, "Text",
                List.of(), "group-point-1", "Group: Neglect")).isInstanceOf(NotAllowed.class);

        LearningPoint moved = wall.addFromGroup(owner, event.id(), LearningPointKind.INTER_AGENCY,
                "Neglect was seen in pieces by each agency.", List.of(), "group-point-1", "Group: Neglect");

        assertThat(wall.pointsFor(police, event.id())).singleElement().satisfies(p -> {
            assertThat(p.sourceLabel()).isEqualTo("Group: Neglect");
            assertThat(p.sourceGroupPointId()).isEqualTo("group-point-1");
            assertThat(p.id()).isEqualTo(moved.id());
        });
        assertThatThrownBy(() -> wall.addFromGroup(owner, event.id(), LearningPointKind.INTER_AGENCY, "Again",
                List.of(), "group-point-1", "Group: Neglect")).isInstanceOf(InvalidInput.class);
    }

    @Test
    void only_facilitators_cluster_open_voting_and_mark_themes_agreed() {
        LearningPoint point = wall.add(police, event.id(), LearningPointKind.SYSTEMS, "Thresholds differ.", List.of());
        LearningTheme theme = wall.createTheme(owner, event.id(), "Thresholds");

        assertThatThrownBy(() -> wall.createTheme(police, event.id(), "Mine")).isInstanceOf(NotAllowed.class);
        assertThatThrownBy(() -> wall.moveToTheme(police, event.id(), point.id(), theme.id()))
                .isInstanceOf(NotAllowed.class);
        assertThatThrownBy(() -> wall.renameTheme(police, event.id(), theme.id(), "X")).isInstanceOf(NotAllowed.class);
        assertThatThrownBy(() -> wall.openVoting(police, event.id(), 3, false)).isInstanceOf(NotAllowed.class);
        assertThatThrownBy(() -> wall.markAgreed(police, event.id(), theme.id(), true)).isInstanceOf(NotAllowed.class);

        wall.moveToTheme(owner, event.id(), point.id(), theme.id());
        wall.renameTheme(owner, event.id(), theme.id(), "Different thresholds between agencies");
        wall.markAgreed(owner, event.id(), theme.id(), true);

        assertThat(wall.agreedThemesFor(projector, event.id())).singleElement().satisfies(t -> {
            assertThat(t.title()).isEqualTo("Different thresholds between agencies");
            assertThat(t.pointIds()).containsExactly(point.id());
        });
        assertThat(wall.pointsFor(healthVisitor, event.id()).getFirst().themeId()).isEqualTo(theme.id());

        wall.markAgreed(owner, event.id(), theme.id(), false);
        assertThat(wall.agreedThemesFor(projector, event.id())).isEmpty();
    }

    @Test
    void each_participant_places_at_most_n_votes_and_facilitators_do_not_vote() {
        LearningTheme supervision = wall.createTheme(owner, event.id(), "Supervision");
        LearningTheme sharing = wall.createTheme(owner, event.id(), "Information sharing");

        assertThatThrownBy(() -> wall.vote(police, event.id(), supervision.id()))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("not open");
        assertThatThrownBy(() -> wall.openVoting(owner, event.id(), 11, false)).isInstanceOf(InvalidInput.class);
        wall.openVoting(owner, event.id(), 2, false);

        wall.vote(police, event.id(), supervision.id());
        Ballot ballot = wall.vote(police, event.id(), supervision.id());
        assertThat(ballot.remaining()).isZero();
        assertThat(ballot.on(supervision.id())).isEqualTo(2);
        assertThatThrownBy(() -> wall.vote(police, event.id(), sharing.id()))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("all 2");
        assertThatThrownBy(() -> wall.vote(owner, event.id(), sharing.id())).isInstanceOf(NotAllowed.class);
        assertThatThrownBy(() -> wall.vote(projector, event.id(), sharing.id())).isInstanceOf(NotAllowed.class);
        assertThatThrownBy(() -> wall.vote(police, event.id(), "forged-theme")).isInstanceOf(InvalidInput.class);

        assertThat(wall.takeBackVote(police, event.id(), supervision.id()).remaining()).isEqualTo(1);
        assertThat(wall.vote(police, event.id(), sharing.id()).mine())
                .containsEntry(supervision.id(), 1).containsEntry(sharing.id(), 1);
    }

    @Test
    void voting_is_anonymous_the_room_sees_totals_only_after_voting_closes_and_each_voter_only_their_own_dots() {
        LearningTheme supervision = wall.createTheme(owner, event.id(), "Supervision");
        LearningTheme sharing = wall.createTheme(owner, event.id(), "Information sharing");
        wall.openVoting(owner, event.id(), 3, false);
        wall.vote(police, event.id(), supervision.id());
        wall.vote(police, event.id(), supervision.id());
        wall.vote(healthVisitor, event.id(), sharing.id());

        assertThat(wall.themesFor(projector, event.id())).extracting(LearningTheme::votes).containsOnlyNulls();
        assertThat(wall.themesFor(healthVisitor, event.id())).extracting(LearningTheme::votes).containsOnlyNulls();
        assertThat(wall.themesFor(owner, event.id())).extracting(LearningTheme::votes).containsExactly(2, 1);
        assertThat(wall.ballotFor(healthVisitor, event.id()).mine()).containsOnlyKeys(sharing.id());
        assertThat(wall.ballotFor(owner, event.id()).mine()).isEmpty();
        assertThat(wall.ballotFor(projector, event.id()).mine()).isEmpty();
        assertThat(wall.themesFor(owner, event.id()).toString()).doesNotContain(police.participantId());

        wall.closeVoting(owner, event.id());

        assertThat(wall.themesFor(projector, event.id())).extracting(LearningTheme::votes).containsExactly(2, 1);
        assertThatThrownBy(() -> wall.takeBackVote(police, event.id(), supervision.id()))
                .isInstanceOf(InvalidInput.class);
        assertThat(wall.votingFor(police, event.id()).phase()).isEqualTo(VotingStatus.Phase.CLOSED);
    }

    @Test
    void live_totals_are_shown_to_the_room_while_voting_when_the_facilitator_chooses() {
        LearningTheme theme = wall.createTheme(owner, event.id(), "Supervision");
        wall.openVoting(owner, event.id(), 1, true);
        wall.vote(police, event.id(), theme.id());

        assertThat(wall.themesFor(projector, event.id())).extracting(LearningTheme::votes).containsExactly(1);
    }

    @Test
    void merging_themes_moves_the_points_and_gives_back_the_votes_of_the_theme_that_goes() {
        LearningPoint a = wall.add(police, event.id(), LearningPointKind.SYSTEMS, "Point A", List.of());
        LearningPoint b = wall.add(healthVisitor, event.id(), LearningPointKind.SYSTEMS, "Point B", List.of());
        LearningTheme first = wall.createTheme(owner, event.id(), "Workload");
        LearningTheme second = wall.createTheme(owner, event.id(), "Capacity");
        wall.moveToTheme(owner, event.id(), a.id(), first.id());
        wall.moveToTheme(owner, event.id(), b.id(), second.id());
        wall.openVoting(owner, event.id(), 1, false);
        wall.vote(police, event.id(), first.id());

        wall.mergeThemes(owner, event.id(), first.id(), second.id());

        assertThat(wall.themesFor(owner, event.id())).singleElement().satisfies(theme -> {
            assertThat(theme.title()).isEqualTo("Capacity");
            assertThat(theme.pointIds()).containsExactlyInAnyOrder(a.id(), b.id());
            assertThat(theme.votes()).isZero();
        });
        assertThat(wall.ballotFor(police, event.id()).remaining()).isEqualTo(1);
        assertThatThrownBy(() -> wall.mergeThemes(owner, event.id(), second.id(), second.id()))
                .isInstanceOf(InvalidInput.class);
    }

    @Test
    void a_participant_of_another_event_reaches_nothing_of_this_wall() {
        Caller.Participant stranger = room.joinDemo("POL");
        LearningTheme theme = wall.createTheme(owner, event.id(), "Supervision");

        assertThatThrownBy(() -> wall.pointsFor(stranger, event.id())).isInstanceOf(NotAllowed.class);
        assertThatThrownBy(() -> wall.ballotFor(stranger, event.id())).isInstanceOf(NotAllowed.class);
        assertThatThrownBy(() -> wall.vote(stranger, event.id(), theme.id())).isInstanceOf(NotAllowed.class);
        assertThatThrownBy(() -> wall.add(stranger, event.id(), LearningPointKind.SYSTEMS, "Forged", List.of()))
                .isInstanceOf(NotAllowed.class);
    }
}
