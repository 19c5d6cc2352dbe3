package org.roundtable.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.roundtable.access.Accounts;
import org.roundtable.access.Caller;
import org.roundtable.board.BreakoutGroup;
import org.roundtable.board.BreakoutGroups;
import org.roundtable.board.GroupPoint;
import org.roundtable.board.GroupPrompt;
import org.roundtable.board.Note;
import org.roundtable.board.NoteKind;
import org.roundtable.board.NotePlace;
import org.roundtable.board.NoteTriage;
import org.roundtable.board.Notes;
import org.roundtable.event.LearningEvent;
import org.roundtable.event.LearningEvents;
import org.roundtable.event.RoomStages;
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

/** The note-taker and the running record through the real services and log. */
@SpringBootTest
@ActiveProfiles("test")
class NoteTakingTest {

    @Autowired
    NoteTaking record;
    @Autowired
    LearningEvents events;
    @Autowired
    Accounts accounts;
    @Autowired
    RoomStages stages;
    @Autowired
    Notes notes;
    @Autowired
    NoteTriage triage;
    @Autowired
    Timelines timelines;
    @Autowired
    BreakoutGroups groups;
    @Autowired
    TestRoom room;

    Caller.Account owner;
    LearningEvent event;
    Caller.Account noteTaker;

    @BeforeEach
    void an_event_with_a_note_taker() {
        owner = room.anotherFacilitator();
        event = room.newEvent(owner, "Child N");
        noteTaker = accounts.createNoteTaker(owner, "notes-" + UUID.randomUUID().toString().substring(0, 8),
                TestRoom.PASSWORD);
        events.assignNoteTaker(owner, event.id(), noteTaker.username());
    }

    @Test
    void the_assigned_note_taker_reads_the_event_and_its_record_but_cannot_run_the_room() {
        assertThat(events.isNoteTakerOf(noteTaker, event.id())).isTrue();
        assertThat(events.readableBy(noteTaker, event.id())).isEqualTo(event);
        assertThat(events.listForNoteTaker(noteTaker)).containsExactly(event);
        assertThat(events.noteTakerOf(owner, event.id())).contains(noteTaker.username());
        assertThat(record.recordFor(noteTaker, event.id())).isEmpty();

        assertThatThrownBy(() -> events.runBy(noteTaker, event.id())).isInstanceOf(NotAllowed.class);
        assertThatThrownBy(() -> stages.moveTo(noteTaker, event.id(), 0)).isInstanceOf(NotAllowed.class);
        Caller.Participant police = room.join(event, owner, "POL");
        Note note = notes.add(police, event.id(), NotePlace.gapAfter(null), NoteKind.QUERY, "Who checked?");
        assertThatThrownBy(() -> triage.hide(noteTaker, event.id(), note.id())).isInstanceOf(NotAllowed.class);
    }

    @Test
    void a_participant_and_a_note_taker_of_another_event_are_refused_the_record() {
        Caller.Participant police = room.join(event, owner, "POL");
        Caller.Account elsewhere = accounts.createNoteTaker(owner,
                "other-notes-" + UUID.randomUUID().toString().substring(0, 8), TestRoom.PASSWORD);

        assertThatThrownBy(() -> record.recordFor(police, event.id())).isInstanceOf(NotAllowed.class);
        assertThatThrownBy(() -> record.add(police, event.id(), "Mine", Set.of(), null, null))
                .isInstanceOf(NotAllowed.class);
        assertThatThrownBy(() -> record.recordFor(elsewhere, event.id())).isInstanceOf(NotAllowed.class);
        assertThatThrownBy(() -> events.readableBy(elsewhere, event.id())).isInstanceOf(NotAllowed.class);
        assertThatThrownBy(() -> events.assignNoteTaker(police, event.id(), elsewhere.username()))
                .isInstanceOf(NotAllowed.class);
    }

    @Test
    void a_removed_note_taker_can_no_longer_open_the_event() {
        events.removeNoteTaker(owner, event.id());

        assertThatThrownBy(() -> record.recordFor(noteTaker, event.id())).isInstanceOf(NotAllowed.class);
        assertThat(events.listForNoteTaker(noteTaker)).isEmpty();
    }

    @Test
    void only_a_note_takers_account_can_be_assigned() {
        assertThatThrownBy(() -> events.assignNoteTaker(owner, event.id(), TestRoom.FACILITATOR))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("no note-taker's account");
    }

    @Test
    void entries_are_tagged_with_the_stage_running_when_they_were_written() {
        RecordEntry early = record.add(noteTaker, event.id(), "People arriving.", Set.of(), null, null);
        stages.moveTo(owner, event.id(), 3);

        RecordEntry during = record.add(noteTaker, event.id(), "Police did not share the referral.",
                Set.of(RecordTag.LEARNING_POINT, RecordTag.HINDSIGHT), null, null);

        assertThat(early.stageIndex()).isEqualTo(-1);
        assertThat(early.stageLabel()).isEqualTo("Before the first stage");
        assertThat(during.stageIndex()).isEqualTo(3);
        assertThat(during.stageLabel()).startsWith("Stage 4 · Factual information");
        assertThat(during.tags()).containsExactlyInAnyOrder(RecordTag.LEARNING_POINT, RecordTag.HINDSIGHT);
        assertThat(record.recordFor(owner, event.id())).extracting(RecordEntry::id)
                .containsExactly(during.id(), early.id());
    }

    @Test
    void an_edit_keeps_every_earlier_version_with_who_and_when_also_after_the_close() {
        RecordEntry first = record.add(noteTaker, event.id(), "Agreed to write to the GP.", Set.of(RecordTag.ACTION),
                null, null);
        events.close(owner, event.id());

        RecordEntry edited = record.edit(noteTaker, event.id(), first.id(), "Agreed to write to the GP practice.",
                Set.of(RecordTag.ACTION, RecordTag.GOOD_PRACTICE), null, null);
        record.edit(owner, event.id(), first.id(), "Agreed: the chair writes to the GP practice.",
                Set.of(RecordTag.ACTION), null, null);

        assertThat(edited.edited()).isTrue();
        List<RecordEntryVersion> history = record.historyOf(noteTaker, event.id(), first.id());
        assertThat(history).extracting(RecordEntryVersion::text).containsExactly("Agreed to write to the GP.",
                "Agreed to write to the GP practice.", "Agreed: the chair writes to the GP practice.");
        assertThat(history).extracting(RecordEntryVersion::by)
                .containsExactly(noteTaker.username(), noteTaker.username(), owner.username());
        assertThat(record.recordFor(noteTaker, event.id())).singleElement()
                .satisfies(entry -> assertThat(entry.versions()).isEqualTo(3));
    }

    @Test
    void links_to_this_events_timeline_and_group_points_are_kept_and_forged_ones_refused() {
        TimelineEntry entry = timelines.add(owner, event.id(), new NewTimelineEntry("POL",
                ChronologyDate.onDay(LocalDate.of(2024, 3, 1)), null, null, "Welfare check.", null, null, null,
                null));
        BreakoutGroup group = groups.createGroups(owner, event.id(), List.of("Neglect")).getFirst();
        GroupPoint point = groups.addPoint(owner, event.id(), group.id(), GroupPrompt.values()[0],
                "Nobody asked the child.", null);
        String otherEntry = timelines.timelineFor(room.facilitator(), room.demoEvent().id()).entries().getFirst().id();

        RecordEntry linked = record.add(noteTaker, event.id(), "See the welfare check.", Set.of(), entry.id(),
                point.id());

        assertThat(linked.timelineEntryId()).isEqualTo(entry.id());
        assertThat(linked.groupPointId()).isEqualTo(point.id());
        assertThatThrownBy(() -> record.add(noteTaker, event.id(), "Forged", Set.of(), otherEntry, null))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("timeline entry");
        assertThatThrownBy(() -> record.add(noteTaker, event.id(), "Forged", Set.of(), null, "no-such-point"))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("group point");
        assertThatThrownBy(() -> record.edit(noteTaker, event.id(), "no-such-entry", "x", Set.of(), null, null))
                .isInstanceOf(InvalidInput.class);
    }

    @Test
    void the_note_taker_sees_private_and_hidden_notes_marked_which_a_participant_does_not() {
        Caller.Participant police = room.join(event, owner, "POL");
        Caller.Participant health = room.join(event, owner, "HV");
        Note hidden = notes.add(police, event.id(), NotePlace.gapAfter(null), NoteKind.QUERY, "Hidden later.");
        triage.hide(owner, event.id(), hidden.id());
        notes.startPrivateWriting(owner, event.id(), false);
        Note secret = notes.add(police, event.id(), NotePlace.gapAfter(null), NoteKind.QUERY, "Written privately.");

        assertThat(notes.notesFor(health, event.id())).extracting(Note::id)
                .doesNotContain(hidden.id(), secret.id());
        List<Contribution> feed = record.feedFor(noteTaker, event.id());
        assertThat(feed).filteredOn(c -> c.id().equals(hidden.id())).singleElement()
                .satisfies(c -> assertThat(c.marks()).isEqualTo("hidden"));
        assertThat(feed).filteredOn(c -> c.id().equals(secret.id())).singleElement()
                .satisfies(c -> {
                    assertThat(c.marks()).isEqualTo("private");
                    assertThat(c.by().label()).isEqualTo("Police");
                });
        assertThatThrownBy(() -> record.feedFor(health, event.id())).isInstanceOf(NotAllowed.class);
    }

    @Test
    void a_text_over_the_limit_is_refused_with_a_message_and_nothing_is_recorded() {
        assertThatThrownBy(() -> record.add(noteTaker, event.id(), "x".repeat(NoteTaking.MAX_LENGTH + 1), Set.of(),
                null, null)).isInstanceOf(InvalidInput.class).hasMessageContaining("limit is 5000");

        assertThat(record.recordFor(noteTaker, event.id())).isEmpty();
    }

    @Test
    void only_facilitators_and_administrators_create_note_takers_accounts() {
        Caller.Participant police = room.join(event, owner, "POL");

        assertThatThrownBy(() -> accounts.createNoteTaker(police, "sneaky-notes", TestRoom.PASSWORD))
                .isInstanceOf(NotAllowed.class);
        assertThatThrownBy(() -> accounts.createNoteTaker(noteTaker, "more-notes", TestRoom.PASSWORD))
                .isInstanceOf(NotAllowed.class);
    }
}
