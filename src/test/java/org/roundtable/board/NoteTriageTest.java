package org.roundtable.board;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.roundtable.access.Caller;
import org.roundtable.event.LearningEvent;
import org.roundtable.shared.InvalidInput;
import org.roundtable.shared.NotAllowed;
import org.roundtable.testing.TestRoom;
import org.roundtable.timeline.ChronologyDate;
import org.roundtable.timeline.EntryOrigin;
import org.roundtable.timeline.EntryRevision;
import org.roundtable.timeline.NewTimelineEntry;
import org.roundtable.timeline.TimelineEntry;
import org.roundtable.timeline.Timelines;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** The facilitator's triage of notes, through the real services and log. */
@SpringBootTest
@ActiveProfiles("test")
class NoteTriageTest {

    @Autowired
    NoteTriage triage;
    @Autowired
    Notes notes;
    @Autowired
    Timelines timelines;
    @Autowired
    TestRoom room;

    Caller.Account owner;
    LearningEvent event;
    TimelineEntry visit;
    Caller.Participant police;
    Caller.Participant health;
    Caller.Projector projector;

    @BeforeEach
    void aRoom() {
        owner = room.anotherFacilitator();
        event = room.newEvent(owner, "Child T");
        visit = timelines.add(owner, event.id(), new NewTimelineEntry("HV", ChronologyDate.onDay(
                LocalDate.of(2024, 3, 4)), null, null, "Home visit; mother seemed low.", "HV record", null,
                "Low mood noted.", null));
        police = room.join(event, owner, "POL");
        health = room.join(event, owner, "HV");
        projector = room.projector(event, owner);
    }

    @Test
    void accepting_an_additional_event_adds_an_entry_marked_added_at_the_learning_event() {
        Note missing = notes.add(police, event.id(), NotePlace.gapAfter(visit.id()), NoteKind.ADDITIONAL_EVENT,
                "Police attended a neighbour's call on 10 March.");
        assertThat(triage.triageQueueFor(owner, event.id())).extracting(Note::id).containsExactly(missing.id());

        TimelineEntry added = triage.acceptAsNewEntry(owner, event.id(), missing.id(), new NewTimelineEntry("POL",
                Timelines.readDate("10/03/2024", "date"), null, null, "Police attended a neighbour's call.", null,
                null, null, null));

        assertThat(added.origin()).isEqualTo(EntryOrigin.ADDED_AT_EVENT);
        assertThat(timelines.timelineFor(health, event.id()).entry(added.id())).hasValueSatisfying(entry -> {
            assertThat(entry.origin()).isEqualTo(EntryOrigin.ADDED_AT_EVENT);
            assertThat(entry.date().date()).isEqualTo(LocalDate.of(2024, 3, 10));
        });
        assertThat(triage.triageQueueFor(owner, event.id())).isEmpty();
        assertThat(triage.triageQueueFor(owner, event.id(), NoteTriage.Filter.HANDLED)).extracting(Note::id)
                .containsExactly(missing.id());
        assertThat(notes.notesFor(police, event.id())).filteredOn(n -> n.id().equals(missing.id())).singleElement()
                .satisfies(n -> {
                    assertThat(n.triage().outcome()).isEqualTo(NoteOutcome.ACCEPTED);
                    assertThat(n.triage().entryId()).isEqualTo(added.id());
                });
        assertThatThrownBy(() -> triage.acceptAsNewEntry(owner, event.id(), missing.id(), new NewTimelineEntry("POL",
                ChronologyDate.onDay(LocalDate.of(2024, 3, 10)), null, null, "Again", null, null, null, null)))
                .isInstanceOf(InvalidInput.class);
        assertThat(timelines.timelineFor(owner, event.id()).entries()).hasSize(2);
    }

    @Test
    void accepting_a_correction_changes_the_entry_marks_it_and_keeps_the_original() {
        Note correction = notes.add(health, event.id(), NotePlace.onEntry(visit.id()), NoteKind.CORRECTION,
                "It was the 5th, and the father was there too.");

        TimelineEntry corrected = triage.acceptCorrection(owner, event.id(), correction.id(), new NewTimelineEntry(
                null, ChronologyDate.onDay(LocalDate.of(2024, 3, 5)), null, null,
                "Home visit with both parents; mother seemed low.", null, null, null, null));

        assertThat(corrected.origin()).isEqualTo(EntryOrigin.CORRECTED_AT_EVENT);
        assertThat(corrected.agencyCode()).isEqualTo("HV");
        assertThat(corrected.source()).isEqualTo("HV record");
        TimelineEntry now = timelines.timelineFor(police, event.id()).entry(visit.id()).orElseThrow();
        assertThat(now.whatHappened()).isEqualTo("Home visit with both parents; mother seemed low.");
        assertThat(now.origin()).isEqualTo(EntryOrigin.CORRECTED_AT_EVENT);
        assertThat(timelines.commentsFor(owner, event.id())).containsEntry(visit.id(), "Low mood noted.");
        assertThat(timelines.revisions(owner, event.id())).last().satisfies(revision -> {
            assertThat(revision.kind()).isEqualTo(EntryRevision.Kind.EDITED);
            assertThat(revision.before()).isEqualTo(visit);
            assertThat(revision.after()).isEqualTo(now);
        });
    }

    @Test
    void only_an_additional_event_becomes_a_new_entry_and_only_a_correction_on_an_entry_corrects_it() {
        Note query = notes.add(health, event.id(), NotePlace.onEntry(visit.id()), NoteKind.QUERY, "Who went?");
        Note gapCorrection = notes.add(health, event.id(), NotePlace.gapAfter(visit.id()), NoteKind.CORRECTION,
                "Wrong date somewhere.");
        NewTimelineEntry entry = new NewTimelineEntry("HV", ChronologyDate.onDay(LocalDate.of(2024, 3, 5)), null,
                null, "Text", null, null, null, null);

        assertThatThrownBy(() -> triage.acceptAsNewEntry(owner, event.id(), query.id(), entry))
                .isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> triage.acceptCorrection(owner, event.id(), query.id(), entry))
                .isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> triage.acceptCorrection(owner, event.id(), gapCorrection.id(), entry))
                .isInstanceOf(InvalidInput.class);
        assertThat(timelines.timelineFor(owner, event.id()).entries()).containsExactly(visit);
    }

    @Test
    void an_answered_query_shows_the_answer_to_everyone_who_sees_it() {
        Note query = notes.add(police, event.id(), NotePlace.onEntry(visit.id()), NoteKind.QUERY,
                "Was the father seen?");

        triage.answer(owner, event.id(), query.id(), "No; he was at work.");
        triage.answer(owner, event.id(), query.id(), "No; he was at work, the record says so.");

        for (Caller viewer : List.of(police, health, projector, owner)) {
            assertThat(notes.notesFor(viewer, event.id())).filteredOn(n -> n.id().equals(query.id())).singleElement()
                    .satisfies(n -> {
                        assertThat(n.triage().outcome()).isEqualTo(NoteOutcome.ANSWERED);
                        assertThat(n.triage().answer()).isEqualTo("No; he was at work, the record says so.");
                    });
        }
        assertThatThrownBy(() -> triage.answer(owner, event.id(), query.id(), "x".repeat(Triage.MAX_ANSWER_LENGTH + 1)))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("2000");
    }

    @Test
    void a_merged_duplicate_leaves_the_board_except_for_its_author_and_the_other_note_counts_it() {
        Note first = notes.add(police, event.id(), NotePlace.onEntry(visit.id()), NoteKind.QUERY, "Was dad seen?");
        Note duplicate = notes.add(health, event.id(), NotePlace.onEntry(visit.id()), NoteKind.QUERY,
                "Did anyone see the father?");
        Note third = notes.add(police, event.id(), NotePlace.onEntry(visit.id()), NoteKind.QUERY, "Father seen?");

        triage.merge(owner, event.id(), duplicate.id(), first.id());
        triage.merge(owner, event.id(), first.id(), third.id());

        assertThat(ids(projector)).containsExactly(third.id());
        assertThat(ids(owner)).containsExactly(third.id());
        assertThat(ids(police)).containsExactly(first.id(), third.id());
        assertThat(notes.notesFor(health, event.id())).filteredOn(n -> n.id().equals(duplicate.id())).singleElement()
                .satisfies(n -> {
                    assertThat(n.merged()).isTrue();
                    assertThat(n.triage().mergedInto()).isEqualTo(third.id());
                });
        assertThat(notes.notesFor(projector, event.id()).getFirst().mergedCount()).isEqualTo(2);
        assertThatThrownBy(() -> triage.merge(owner, event.id(), third.id(), third.id()))
                .isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> triage.merge(owner, event.id(), third.id(), first.id()))
                .isInstanceOf(InvalidInput.class);
    }

    @Test
    void a_hidden_note_leaves_the_room_stays_greyed_for_the_facilitator_and_comes_back_when_unhidden() {
        Note note = notes.add(police, event.id(), NotePlace.onEntry(visit.id()), NoteKind.ADDITIONAL_EVENT,
                "Something off topic.");

        triage.hide(owner, event.id(), note.id());

        assertThat(ids(health)).doesNotContain(note.id());
        assertThat(ids(projector)).doesNotContain(note.id());
        assertThat(notes.notesFor(owner, event.id())).filteredOn(Note::hidden).extracting(Note::id)
                .containsExactly(note.id());
        assertThat(notes.notesFor(police, event.id())).filteredOn(Note::hidden).extracting(Note::id)
                .containsExactly(note.id());
        assertThat(triage.triageQueueFor(owner, event.id())).isEmpty();
        assertThat(triage.triageQueueFor(owner, event.id(), NoteTriage.Filter.HANDLED)).extracting(Note::id)
                .containsExactly(note.id());
        assertThatThrownBy(() -> triage.acceptAsNewEntry(owner, event.id(), note.id(), new NewTimelineEntry("POL",
                ChronologyDate.onDay(LocalDate.of(2024, 3, 5)), null, null, "Text", null, null, null, null)))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("unhide");

        triage.unhide(owner, event.id(), note.id());

        assertThat(ids(health)).contains(note.id());
        assertThat(triage.triageQueueFor(owner, event.id())).extracting(Note::id).containsExactly(note.id());
    }

    @Test
    void a_participant_is_refused_every_triage_action() {
        Note query = notes.add(police, event.id(), NotePlace.onEntry(visit.id()), NoteKind.QUERY, "Who?");
        Note other = notes.add(police, event.id(), NotePlace.onEntry(visit.id()), NoteKind.QUERY, "Who went?");
        NewTimelineEntry entry = new NewTimelineEntry("POL", ChronologyDate.onDay(LocalDate.of(2024, 3, 5)), null,
                null, "Text", null, null, null, null);

        for (Caller refused : List.of(health, police, projector, room.facilitator())) {
            assertThatThrownBy(() -> triage.triageQueueFor(refused, event.id())).isInstanceOf(NotAllowed.class);
            assertThatThrownBy(() -> triage.acceptAsNewEntry(refused, event.id(), query.id(), entry))
                    .isInstanceOf(NotAllowed.class);
            assertThatThrownBy(() -> triage.acceptCorrection(refused, event.id(), query.id(), entry))
                    .isInstanceOf(NotAllowed.class);
            assertThatThrownBy(() -> triage.answer(refused, event.id(), query.id(), "Me"))
                    .isInstanceOf(NotAllowed.class);
            assertThatThrownBy(() -> triage.merge(refused, event.id(), other.id(), query.id()))
                    .isInstanceOf(NotAllowed.class);
            assertThatThrownBy(() -> triage.hide(refused, event.id(), query.id())).isInstanceOf(NotAllowed.class);
            assertThatThrownBy(() -> triage.unhide(refused, event.id(), query.id())).isInstanceOf(NotAllowed.class);
        }
        assertThat(triage.triageQueueFor(owner, event.id())).hasSize(2);
    }

    @Test
    void a_note_of_another_event_is_refused_as_forged() {
        LearningEvent elsewhere = room.newEvent(owner, "Child U");
        Caller.Participant there = room.join(elsewhere, owner, "POL");
        Note theirs = notes.add(there, elsewhere.id(), NotePlace.gapAfter(null), NoteKind.QUERY, "Elsewhere?");
        Note ours = notes.add(police, event.id(), NotePlace.gapAfter(null), NoteKind.QUERY, "Here?");

        assertThatThrownBy(() -> triage.answer(owner, event.id(), theirs.id(), "Forged"))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("not part of this learning event");
        assertThatThrownBy(() -> triage.hide(owner, event.id(), theirs.id())).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> triage.merge(owner, event.id(), ours.id(), theirs.id()))
                .isInstanceOf(InvalidInput.class);
        assertThat(notes.notesFor(there, elsewhere.id()).getFirst().triage()).isEqualTo(Triage.open(NoteKind.QUERY));
    }

    private List<String> ids(Caller viewer) {
        return notes.notesFor(viewer, event.id()).stream().map(Note::id).toList();
    }
}
