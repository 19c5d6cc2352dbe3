package org.roundtable.board;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.roundtable.access.Caller;
import org.roundtable.event.LearningEvent;
import org.roundtable.event.LearningEvents;
import org.roundtable.live.ChangeLog;
import org.roundtable.shared.InvalidInput;
import org.roundtable.shared.NotAllowed;
import org.roundtable.testing.TestRoom;
import org.roundtable.timeline.TimelineEntry;
import org.roundtable.timeline.Timelines;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** Notes through the real services, log, MapDB file and Hazelcast member. */
@SpringBootTest
@ActiveProfiles("test")
class NotesTest {

    @Autowired
    Notes notes;
    @Autowired
    Timelines timelines;
    @Autowired
    LearningEvents events;
    @Autowired
    ChangeLog changeLog;
    @Autowired
    TestRoom room;

    @Test
    void a_note_added_by_a_participant_is_read_by_everyone_of_the_event_with_the_agency_not_the_name() {
        LearningEvent event = room.demoEvent();
        Caller.Participant healthVisitor = events.join(room.joinCode(event), "Health visitor", "HV", "Sam Example",
                "client-hv");
        Caller.Participant police = room.joinDemo("POL");
        TimelineEntry entry = timelines.timelineFor(healthVisitor, event.id()).entries().get(3);

        Note added = notes.add(healthVisitor, event.id(), NotePlace.onEntry(entry.id()), NoteKind.QUERY,
                "Was the partner's history checked here?");

        Caller.Projector projector = room.projector(event, room.facilitator());
        for (Caller reader : List.of(police, projector, room.facilitator())) {
            assertThat(notes.notesFor(reader, event.id()))
                    .filteredOn(n -> n.id().equals(added.id()))
                    .singleElement()
                    .satisfies(note -> {
                        assertThat(note.byline().agencyCode()).isEqualTo("HV");
                        assertThat(note.byline().label()).isEqualTo("Health Visiting");
                        assertThat(note.byline().yours()).isFalse();
                        assertThat(note.text()).isEqualTo("Was the partner's history checked here?");
                        assertThat(note.toString()).doesNotContain("Sam Example");
                    });
        }
    }

    /** Every screen keeps the notes it shows: those who see a note alike share one copy of it. */
    @Test
    void readers_who_see_a_note_alike_share_one_copy_and_its_author_sees_it_as_theirs() {
        LearningEvent event = room.demoEvent();
        Caller.Participant author = room.joinDemo("GP");
        Caller.Participant police = room.joinDemo("POL");
        Caller.Participant school = room.joinDemo("SCH");
        TimelineEntry entry = timelines.timelineFor(author, event.id()).entries().get(2);
        Note added = notes.add(author, event.id(), NotePlace.onEntry(entry.id()), NoteKind.COMMENT, "Shared once");

        Note byPolice = only(notes.notesFor(police, event.id()), added.id());
        Note bySchool = only(notes.notesFor(school, event.id()), added.id());
        Note byAuthor = only(notes.notesFor(author, event.id()), added.id());

        assertThat(bySchool).isSameAs(byPolice);
        assertThat(byAuthor.byline().yours()).isTrue();
        assertThat(byPolice.byline().yours()).isFalse();
        assertThat(only(notes.notesFor(police, event.id()), added.id())).isSameAs(byPolice);
    }

    private static Note only(List<Note> notes, String id) {
        return notes.stream().filter(note -> note.id().equals(id)).reduce((a, b) -> {
            throw new AssertionError("two notes " + id);
        }).orElseThrow();
    }

    @Test
    void a_note_in_a_gap_between_two_entries_records_a_missing_event() {
        LearningEvent event = room.demoEvent();
        Caller.Participant school = room.joinDemo("SCH");
        TimelineEntry first = timelines.timelineFor(school, event.id()).entries().getFirst();

        Note added = notes.add(school, event.id(), NotePlace.gapAfter(first.id()), NoteKind.ADDITIONAL_EVENT,
                "Nursery place offered but not taken up.");

        assertThat(notes.notesFor(school, event.id())).contains(added);
        assertThat(added.place().kind()).isEqualTo(NotePlace.Kind.GAP_AFTER);
        assertThat(added.byline().yours()).isTrue();
    }

    @Test
    void an_empty_note_is_refused_with_a_message_and_nothing_is_logged() {
        LearningEvent event = room.demoEvent();
        Caller.Participant gp = room.joinDemo("GP");
        int before = changeLog.read(event.logId()).size();

        assertThatThrownBy(() -> notes.add(gp, event.id(), NotePlace.gapAfter(null), NoteKind.COMMENT, "  \n "))
                .isInstanceOf(InvalidInput.class)
                .hasMessageContaining("empty");
        assertThat(changeLog.read(event.logId())).hasSize(before);
    }

    @Test
    void a_note_over_two_thousand_characters_is_refused_with_the_limit_in_the_message() {
        LearningEvent event = room.demoEvent();
        Caller.Participant gp = room.joinDemo("GP");

        assertThatThrownBy(() -> notes.add(gp, event.id(), NotePlace.gapAfter(null), NoteKind.COMMENT,
                "x".repeat(Notes.MAX_LENGTH + 1)))
                .isInstanceOf(InvalidInput.class)
                .hasMessageContaining("2000");
        assertThat(notes.add(gp, event.id(), NotePlace.gapAfter(null), NoteKind.COMMENT, "y".repeat(Notes.MAX_LENGTH))
                .text()).hasSize(Notes.MAX_LENGTH);
    }

    @Test
    void a_fifty_thousand_character_note_is_refused_and_what_was_accepted_before_stays() {
        LearningEvent event = room.demoEvent();
        Caller.Participant housing = room.joinDemo("HOU");
        Note kept = notes.add(housing, event.id(), NotePlace.gapAfter(null), NoteKind.CORRECTION, "Repairs were logged.");

        assertThatThrownBy(() -> notes.add(housing, event.id(), NotePlace.gapAfter(null), NoteKind.CORRECTION,
                "z".repeat(50_000))).isInstanceOf(InvalidInput.class);

        assertThat(notes.notesFor(housing, event.id())).contains(kept);
    }

    @Test
    void a_participant_of_one_event_can_neither_read_nor_write_another_event() {
        Caller.Account other = room.anotherFacilitator();
        LearningEvent elsewhere = room.newEvent(other, "Child K");
        Caller.Participant demoParticipant = room.joinDemo("POL");

        assertThatThrownBy(() -> notes.notesFor(demoParticipant, elsewhere.id())).isInstanceOf(NotAllowed.class);
        assertThatThrownBy(() -> timelines.timelineFor(demoParticipant, elsewhere.id())).isInstanceOf(NotAllowed.class);
        assertThatThrownBy(() -> notes.add(demoParticipant, elsewhere.id(), NotePlace.gapAfter(null), NoteKind.COMMENT,
                "Forged")).isInstanceOf(NotAllowed.class);
        assertThat(notes.notesFor(other, elsewhere.id())).isEmpty();
    }

    @Test
    void a_facilitator_cannot_open_another_facilitators_event() {
        Caller.Account other = room.anotherFacilitator();
        LearningEvent theirs = room.newEvent(other, "Child L");

        assertThatThrownBy(() -> events.runBy(room.facilitator(), theirs.id())).isInstanceOf(NotAllowed.class);
        assertThatThrownBy(() -> events.secretsFor(room.facilitator(), theirs.id())).isInstanceOf(NotAllowed.class);
        assertThat(events.listFor(room.facilitator())).extracting(LearningEvent::id).doesNotContain(theirs.id());
    }

    @Test
    void hindsight_notes_are_kept_apart_and_the_facilitator_chooses_whether_the_projector_shows_them() {
        Caller.Account owner = room.anotherFacilitator();
        LearningEvent event = room.newEvent(owner, "Child E");
        Caller.Participant police = room.join(event, owner, "POL");
        Caller.Projector projector = room.projector(event, owner);
        Note then = notes.add(police, event.id(), NotePlace.gapAfter(null), NoteKind.GOOD_PRACTICE,
                Perspective.AT_THE_TIME, "The officer spoke to the child alone.");
        Note later = notes.add(police, event.id(), NotePlace.gapAfter(null), NoteKind.COMMENT, Perspective.HINDSIGHT,
                "Looking back, a strategy discussion was needed here.");

        assertThat(notes.notesFor(projector, event.id())).extracting(Note::id).containsExactly(then.id(), later.id());
        assertThatThrownBy(() -> notes.showHindsightOnProjector(police, event.id(), false))
                .isInstanceOf(NotAllowed.class);

        notes.showHindsightOnProjector(owner, event.id(), false);

        assertThat(notes.notesFor(projector, event.id())).extracting(Note::id).containsExactly(then.id());
        assertThat(notes.notesFor(police, event.id())).containsExactly(then, later);
        assertThat(notes.notesFor(owner, event.id())).extracting(Note::id).containsExactly(then.id(), later.id());
        assertThat(later.perspective()).isEqualTo(Perspective.HINDSIGHT);
        assertThat(then.kind()).isEqualTo(NoteKind.GOOD_PRACTICE);
    }

    @Test
    void the_projector_is_read_only() {
        LearningEvent event = room.demoEvent();
        Caller.Projector projector = room.projector(event, room.facilitator());

        assertThatThrownBy(() -> notes.add(projector, event.id(), NotePlace.gapAfter(null), NoteKind.COMMENT, "Hi"))
                .isInstanceOf(NotAllowed.class);
    }

    @Test
    void a_note_on_an_entry_of_another_event_is_refused() {
        Caller.Account other = room.anotherFacilitator();
        LearningEvent theirs = room.newEvent(other, "Child M");
        LearningEvent demo = room.demoEvent();
        Caller.Participant participant = room.joinDemo("CSC");

        assertThatThrownBy(() -> notes.add(participant, demo.id(), NotePlace.onEntry("not-an-entry"), NoteKind.QUERY,
                "Which entry?")).isInstanceOf(InvalidInput.class);
        assertThat(theirs.id()).isNotEqualTo(demo.id());
    }
}
