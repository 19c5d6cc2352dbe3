package org.roundtable.board;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.roundtable.access.Caller;
import org.roundtable.event.EventPreparation;
import org.roundtable.event.KeyTheme;
import org.roundtable.event.LearningEvent;
import org.roundtable.event.LearningEvents;
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

/** Breakout groups through the real services, log, MapDB file and Hazelcast member; each test has its own event. */
@SpringBootTest
@ActiveProfiles("test")
class BreakoutGroupsTest {

    @Autowired
    BreakoutGroups breakouts;
    @Autowired
    LearningEvents events;
    @Autowired
    EventPreparation preparation;
    @Autowired
    Timelines timelines;
    @Autowired
    ChangeLog changeLog;
    @Autowired
    TestRoom room;

    private Caller.Account owner;
    private LearningEvent event;

    private void anEventWithThemes(String... themes) {
        owner = room.anotherFacilitator();
        event = room.newEvent(owner, "Child G");
        preparation.changeKeyThemes(owner, event.id(),
                List.of(themes).stream().map(t -> new KeyTheme(t, null)).toList());
    }

    private Caller.Participant joins(String agencyCode) {
        return room.join(event, owner, agencyCode);
    }

    private BreakoutGroup groupOf(Caller.Participant participant) {
        return breakouts.groupsFor(owner, event.id()).stream().filter(g -> g.hasMember(participant.participantId()))
                .findFirst().orElseThrow();
    }

    @Test
    void a_facilitator_creates_groups_from_key_themes_and_a_theme_the_preparation_missed() {
        anEventWithThemes("Neglect and home conditions", "Information sharing");

        List<BreakoutGroup> created = breakouts.createGroups(owner, event.id(),
                List.of("Neglect and home conditions", "The father's voice"));

        assertThat(created).extracting(BreakoutGroup::theme)
                .containsExactly("Neglect and home conditions", "The father's voice");
        assertThat(created).extracting(BreakoutGroup::themeWeMissed).containsExactly(false, true);
        preparation.changeKeyThemes(owner, event.id(), List.of(new KeyTheme("Neglect (renamed)", null)));
        assertThat(breakouts.groupsFor(owner, event.id()).getFirst().theme()).isEqualTo("Neglect and home conditions");
    }

    @Test
    void only_facilitators_create_balance_and_move() {
        anEventWithThemes("Neglect");
        Caller.Participant police = joins("POL");
        BreakoutGroup group = breakouts.createGroups(owner, event.id(), List.of("Neglect")).getFirst();
        int before = changeLog.read(event.logId()).size();

        assertThatThrownBy(() -> breakouts.createGroups(police, event.id(), List.of("Mine")))
                .isInstanceOf(NotAllowed.class);
        assertThatThrownBy(() -> breakouts.balanceAcrossAgencies(police, event.id())).isInstanceOf(NotAllowed.class);
        assertThatThrownBy(() -> breakouts.moveToGroup(police, event.id(), police.participantId(), group.id()))
                .isInstanceOf(NotAllowed.class);
        assertThatThrownBy(() -> breakouts.chooseScribe(police, event.id(), group.id(), police.participantId()))
                .isInstanceOf(NotAllowed.class);
        assertThatThrownBy(() -> breakouts.removeGroup(police, event.id(), group.id())).isInstanceOf(NotAllowed.class);
        assertThatThrownBy(() -> breakouts.createGroups(room.facilitator(), event.id(), List.of("Not my event")))
                .isInstanceOf(NotAllowed.class);
        assertThat(changeLog.read(event.logId())).hasSize(before);
    }

    @Test
    void balancing_mixes_the_agencies_of_everyone_who_joined() {
        anEventWithThemes("Neglect", "Information sharing");
        for (int i = 0; i < 3; i++) {
            joins("POL");
        }
        joins("HV");
        joins("HV");
        breakouts.createGroups(owner, event.id(), List.of("Neglect", "Information sharing"));

        List<BreakoutGroup> groups = breakouts.balanceAcrossAgencies(owner, event.id());

        assertThat(groups).extracting(g -> g.members().size()).containsExactlyInAnyOrder(3, 2);
        for (BreakoutGroup group : groups) {
            assertThat(group.members()).extracting(GroupMember::agencyCode).contains("POL", "HV");
        }
        assertThat(breakouts.newcomersFor(owner, event.id())).isEmpty();
        assertThat(breakouts.balancingWouldMove(owner, event.id())).isZero();
    }

    @Test
    void a_late_joiner_is_placed_in_the_group_with_fewest_of_their_agency_when_they_open_their_board() {
        anEventWithThemes("Neglect", "Information sharing");
        Caller.Participant police = joins("POL");
        Caller.Participant healthVisitor = joins("HV");
        breakouts.createGroups(owner, event.id(), List.of("Neglect", "Information sharing"));
        breakouts.balanceAcrossAgencies(owner, event.id());
        String policeGroup = groupOf(police).id();

        Caller.Participant latePolice = joins("POL");
        assertThat(breakouts.newcomersFor(owner, event.id())).extracting(m -> m.participantId())
                .containsExactly(latePolice.participantId());

        BreakoutGroup mine = breakouts.myGroup(latePolice, event.id()).orElseThrow();

        assertThat(mine.id()).isNotEqualTo(policeGroup).isEqualTo(groupOf(healthVisitor).id());
        assertThat(breakouts.newcomersFor(owner, event.id())).isEmpty();
        assertThat(breakouts.myGroup(latePolice, event.id())).contains(mine);
    }

    @Test
    void assign_newcomers_places_everyone_in_no_group_and_says_how_many() {
        anEventWithThemes("Neglect", "Information sharing");
        breakouts.createGroups(owner, event.id(), List.of("Neglect", "Information sharing"));
        joins("POL");
        joins("POL");
        joins("HV");

        assertThat(breakouts.assignNewcomers(owner, event.id())).isEqualTo(3);

        List<BreakoutGroup> groups = breakouts.groupsFor(owner, event.id());
        assertThat(groups).allSatisfy(g -> assertThat(g.members()).extracting(GroupMember::agencyCode).contains("POL"));
        assertThat(breakouts.assignNewcomers(owner, event.id())).isZero();
    }

    @Test
    void a_facilitator_moves_someone_and_rebalancing_would_move_them_back() {
        anEventWithThemes("Neglect", "Information sharing");
        Caller.Participant police = joins("POL");
        joins("HV");
        List<BreakoutGroup> groups = breakouts.createGroups(owner, event.id(), List.of("Neglect", "Information sharing"));
        breakouts.balanceAcrossAgencies(owner, event.id());
        String other = groups.stream().map(BreakoutGroup::id).filter(id -> !id.equals(groupOf(police).id()))
                .findFirst().orElseThrow();

        breakouts.moveToGroup(owner, event.id(), police.participantId(), other);

        assertThat(groupOf(police).id()).isEqualTo(other);
        assertThat(breakouts.balancingWouldMove(owner, event.id())).isEqualTo(1);
        assertThatThrownBy(() -> breakouts.moveToGroup(owner, event.id(), "not-in-the-room", other))
                .isInstanceOf(InvalidInput.class);
    }

    @Test
    void members_add_points_and_everyone_reads_them_with_a_byline_but_non_members_cannot_write() {
        anEventWithThemes("Neglect", "Information sharing");
        Caller.Participant police = events.join(events.secretsFor(owner, event.id()).displayJoinCode(), "Sergeant", "POL", "Pat Example", "c1");
        Caller.Participant healthVisitor = joins("HV");
        List<BreakoutGroup> groups = breakouts.createGroups(owner, event.id(), List.of("Neglect", "Information sharing"));
        breakouts.moveToGroup(owner, event.id(), police.participantId(), groups.get(0).id());
        breakouts.moveToGroup(owner, event.id(), healthVisitor.participantId(), groups.get(1).id());

        GroupPoint point = breakouts.addPoint(police, event.id(), groups.get(0).id(), GroupPrompt.WHAT_MADE_IT_HARD,
                "Caseloads doubled that winter.", null);

        GroupBoard seenByOthers = breakouts.boardFor(healthVisitor, event.id(), groups.get(0).id());
        assertThat(seenByOthers.under(GroupPrompt.WHAT_MADE_IT_HARD)).extracting(GroupPoint::text)
                .containsExactly("Caseloads doubled that winter.");
        assertThat(seenByOthers.points().getFirst().by().agencyCode()).isEqualTo("POL");
        assertThat(seenByOthers.toString()).doesNotContain("Pat Example");
        assertThat(seenByOthers.yoursToWrite()).isFalse();
        assertThat(point.by().yours()).isTrue();
        assertThatThrownBy(() -> breakouts.addPoint(healthVisitor, event.id(), groups.get(0).id(),
                GroupPrompt.CONTEXT_AT_THE_TIME, "Not my group", null)).isInstanceOf(NotAllowed.class);
        assertThatThrownBy(() -> breakouts.markGoodPractice(healthVisitor, event.id(), groups.get(0).id(), point.id(),
                true)).isInstanceOf(NotAllowed.class);
    }

    @Test
    void only_the_author_edits_or_withdraws_a_point_and_a_withdrawn_point_leaves_the_board() {
        anEventWithThemes("Neglect");
        Caller.Participant police = joins("POL");
        Caller.Participant colleague = joins("POL");
        BreakoutGroup group = breakouts.createGroups(owner, event.id(), List.of("Neglect")).getFirst();
        breakouts.balanceAcrossAgencies(owner, event.id());
        GroupPoint point = breakouts.addPoint(police, event.id(), group.id(), GroupPrompt.SIGNIFICANCE, "First try",
                null);

        assertThatThrownBy(() -> breakouts.editPoint(colleague, event.id(), group.id(), point.id(), "Mine now", null))
                .isInstanceOf(NotAllowed.class);
        GroupPoint edited = breakouts.editPoint(police, event.id(), group.id(), point.id(), "Second try", null);
        assertThat(edited.text()).isEqualTo("Second try");
        assertThat(edited.edited()).isTrue();

        assertThatThrownBy(() -> breakouts.withdrawPoint(colleague, event.id(), group.id(), point.id()))
                .isInstanceOf(NotAllowed.class);
        breakouts.withdrawPoint(police, event.id(), group.id(), point.id());
        assertThat(breakouts.boardFor(owner, event.id(), group.id()).points()).isEmpty();
    }

    @Test
    void the_scribe_orders_points_and_marks_key_points_and_others_are_refused() {
        anEventWithThemes("Neglect");
        Caller.Participant scribe = joins("POL");
        Caller.Participant member = joins("HV");
        BreakoutGroup group = breakouts.createGroups(owner, event.id(), List.of("Neglect")).getFirst();
        breakouts.balanceAcrossAgencies(owner, event.id());
        GroupPoint first = breakouts.addPoint(member, event.id(), group.id(), GroupPrompt.SIGNIFICANCE, "One", null);
        breakouts.addPoint(member, event.id(), group.id(), GroupPrompt.SIGNIFICANCE, "Two", null);
        GroupPoint third = breakouts.addPoint(scribe, event.id(), group.id(), GroupPrompt.SIGNIFICANCE, "Three", null);

        assertThatThrownBy(() -> breakouts.movePoint(scribe, event.id(), group.id(), third.id(), 0))
                .isInstanceOf(NotAllowed.class);
        breakouts.volunteerAsScribe(scribe, event.id(), group.id());
        assertThatThrownBy(() -> breakouts.volunteerAsScribe(member, event.id(), group.id()))
                .isInstanceOf(InvalidInput.class);

        breakouts.movePoint(scribe, event.id(), group.id(), third.id(), 0);
        breakouts.markKeyPoint(scribe, event.id(), group.id(), first.id(), true);

        GroupBoard board = breakouts.boardFor(member, event.id(), group.id());
        assertThat(board.under(GroupPrompt.SIGNIFICANCE)).extracting(GroupPoint::text)
                .containsExactly("Three", "One", "Two");
        assertThat(board.keyPointsFirst(GroupPrompt.SIGNIFICANCE)).extracting(GroupPoint::text)
                .containsExactly("One", "Three", "Two");
        assertThat(board.group().scribeId()).isEqualTo(scribe.participantId());
        assertThatThrownBy(() -> breakouts.markKeyPoint(member, event.id(), group.id(), first.id(), false))
                .isInstanceOf(NotAllowed.class);
        assertThatThrownBy(() -> breakouts.movePoint(member, event.id(), group.id(), first.id(), 2))
                .isInstanceOf(NotAllowed.class);
        assertThatThrownBy(() -> breakouts.movePoint(scribe, event.id(), group.id(), first.id(), 3))
                .isInstanceOf(InvalidInput.class);
    }

    @Test
    void a_scribe_who_is_moved_to_another_group_is_no_longer_its_scribe() {
        anEventWithThemes("Neglect", "Information sharing");
        Caller.Participant police = joins("POL");
        List<BreakoutGroup> groups = breakouts.createGroups(owner, event.id(), List.of("Neglect", "Information sharing"));
        breakouts.moveToGroup(owner, event.id(), police.participantId(), groups.get(0).id());
        breakouts.chooseScribe(owner, event.id(), groups.get(0).id(), police.participantId());

        breakouts.moveToGroup(owner, event.id(), police.participantId(), groups.get(1).id());

        assertThat(breakouts.groupsFor(owner, event.id()).getFirst().scribeId()).isNull();
        assertThatThrownBy(() -> breakouts.chooseScribe(owner, event.id(), groups.get(0).id(), police.participantId()))
                .isInstanceOf(InvalidInput.class);
    }

    @Test
    void any_member_marks_good_practice() {
        anEventWithThemes("Neglect");
        Caller.Participant police = joins("POL");
        Caller.Participant healthVisitor = joins("HV");
        BreakoutGroup group = breakouts.createGroups(owner, event.id(), List.of("Neglect")).getFirst();
        breakouts.balanceAcrossAgencies(owner, event.id());
        GroupPoint point = breakouts.addPoint(police, event.id(), group.id(), GroupPrompt.SIGNIFICANCE,
                "The health visitor saw the child alone.", null);

        assertThat(breakouts.markGoodPractice(healthVisitor, event.id(), group.id(), point.id(), true).goodPractice())
                .isTrue();
        assertThat(breakouts.markGoodPractice(police, event.id(), group.id(), point.id(), false).goodPractice())
                .isFalse();
    }

    @Test
    void forged_ids_of_another_event_or_another_group_are_refused() {
        anEventWithThemes("Neglect", "Information sharing");
        Caller.Participant police = joins("POL");
        List<BreakoutGroup> groups = breakouts.createGroups(owner, event.id(), List.of("Neglect", "Information sharing"));
        breakouts.moveToGroup(owner, event.id(), police.participantId(), groups.get(0).id());
        GroupPoint point = breakouts.addPoint(police, event.id(), groups.get(0).id(), GroupPrompt.SIGNIFICANCE, "Ours",
                null);
        Caller.Account otherOwner = room.anotherFacilitator();
        LearningEvent elsewhere = room.newEvent(otherOwner, "Child H");
        BreakoutGroup theirs = breakouts.createGroups(otherOwner, elsewhere.id(), List.of("Theirs")).getFirst();

        assertThatThrownBy(() -> breakouts.boardFor(police, event.id(), theirs.id())).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> breakouts.moveToGroup(owner, event.id(), police.participantId(), theirs.id()))
                .isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> breakouts.boardFor(police, elsewhere.id(), theirs.id()))
                .isInstanceOf(NotAllowed.class);
        assertThatThrownBy(() -> breakouts.markKeyPoint(owner, event.id(), groups.get(1).id(), point.id(), true))
                .isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> breakouts.markOnLearningWall(owner, event.id(), groups.get(1).id(), point.id()))
                .isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> breakouts.addPoint(police, event.id(), groups.get(0).id(), GroupPrompt.SIGNIFICANCE,
                "About an entry elsewhere", "not-an-entry")).isInstanceOf(InvalidInput.class);
    }

    @Test
    void a_point_may_be_about_a_timeline_entry_of_the_event() {
        anEventWithThemes("Neglect");
        Caller.Participant police = joins("POL");
        TimelineEntry entry = timelines.add(owner, event.id(), new NewTimelineEntry("POL",
                ChronologyDate.onDay(LocalDate.of(2024, 3, 1)), null, null, "Welfare check at the home.", null, null,
                null, null));
        BreakoutGroup group = breakouts.createGroups(owner, event.id(), List.of("Neglect")).getFirst();
        breakouts.balanceAcrossAgencies(owner, event.id());

        GroupPoint point = breakouts.addPoint(police, event.id(), group.id(), GroupPrompt.SIGNIFICANT_EVENT,
                "The check was done but not shared.", entry.id());

        assertThat(point.timelineEntryId()).isEqualTo(entry.id());
    }

    @Test
    void an_over_long_point_or_theme_is_refused_with_the_limit_in_the_message() {
        anEventWithThemes("Neglect");
        Caller.Participant police = joins("POL");
        BreakoutGroup group = breakouts.createGroups(owner, event.id(), List.of("Neglect")).getFirst();
        breakouts.balanceAcrossAgencies(owner, event.id());

        assertThatThrownBy(() -> breakouts.addPoint(police, event.id(), group.id(), GroupPrompt.SIGNIFICANCE,
                "x".repeat(BreakoutGroups.MAX_POINT_LENGTH + 1), null))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("2000");
        assertThatThrownBy(() -> breakouts.createGroups(owner, event.id(), List.of("t".repeat(201))))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("200");
        assertThatThrownBy(() -> breakouts.addPoint(police, event.id(), group.id(), GroupPrompt.SIGNIFICANCE, "  ",
                null)).isInstanceOf(InvalidInput.class).hasMessageContaining("empty");
        assertThat(breakouts.addPoint(police, event.id(), group.id(), GroupPrompt.SIGNIFICANCE,
                "y".repeat(BreakoutGroups.MAX_POINT_LENGTH), null).text()).hasSize(BreakoutGroups.MAX_POINT_LENGTH);
    }

    @Test
    void a_closed_event_refuses_new_points() {
        anEventWithThemes("Neglect");
        Caller.Participant police = joins("POL");
        BreakoutGroup group = breakouts.createGroups(owner, event.id(), List.of("Neglect")).getFirst();
        breakouts.balanceAcrossAgencies(owner, event.id());

        events.close(owner, event.id());

        assertThatThrownBy(() -> breakouts.addPoint(police, event.id(), group.id(), GroupPrompt.SIGNIFICANCE,
                "Too late", null)).isInstanceOf(NotAllowed.class);
        assertThat(breakouts.boardFor(police, event.id(), group.id()).yoursToWrite()).isFalse();
    }

    @Test
    void a_removed_groups_points_stay_readable_and_its_members_become_newcomers() {
        anEventWithThemes("Neglect", "Information sharing");
        Caller.Participant police = joins("POL");
        List<BreakoutGroup> groups = breakouts.createGroups(owner, event.id(), List.of("Neglect", "Information sharing"));
        breakouts.moveToGroup(owner, event.id(), police.participantId(), groups.get(0).id());
        breakouts.addPoint(police, event.id(), groups.get(0).id(), GroupPrompt.CONTEXT_AT_THE_TIME, "Kept", null);

        breakouts.removeGroup(owner, event.id(), groups.get(0).id());

        assertThat(breakouts.groupsFor(owner, event.id())).extracting(BreakoutGroup::id)
                .containsExactly(groups.get(1).id());
        assertThat(breakouts.removedGroupsFor(owner, event.id())).extracting(BreakoutGroup::id)
                .containsExactly(groups.get(0).id());
        GroupBoard kept = breakouts.boardFor(owner, event.id(), groups.get(0).id());
        assertThat(kept.points()).extracting(GroupPoint::text).containsExactly("Kept");
        assertThat(kept.yoursToWrite()).isFalse();
        assertThat(breakouts.newcomersFor(owner, event.id())).hasSize(1);
        assertThat(breakouts.myGroup(police, event.id()).map(BreakoutGroup::id)).contains(groups.get(1).id());
    }

    @Test
    void a_point_moved_to_the_learning_wall_shows_it_on_the_board() {
        anEventWithThemes("Neglect");
        Caller.Participant police = joins("POL");
        BreakoutGroup group = breakouts.createGroups(owner, event.id(), List.of("Neglect")).getFirst();
        breakouts.balanceAcrossAgencies(owner, event.id());
        GroupPoint point = breakouts.addPoint(police, event.id(), group.id(), GroupPrompt.SIGNIFICANCE,
                "Nobody owned the referral.", null);

        assertThatThrownBy(() -> breakouts.markOnLearningWall(police, event.id(), group.id(), point.id()))
                .isInstanceOf(NotAllowed.class);
        breakouts.markOnLearningWall(owner, event.id(), group.id(), point.id());

        assertThat(breakouts.boardFor(police, event.id(), group.id()).points().getFirst().onLearningWall()).isTrue();
    }
}
