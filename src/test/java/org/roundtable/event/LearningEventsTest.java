package org.roundtable.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.roundtable.access.Caller;
import org.roundtable.board.NoteKind;
import org.roundtable.board.NotePlace;
import org.roundtable.board.Notes;
import org.roundtable.shared.InvalidInput;
import org.roundtable.shared.NotAllowed;
import org.roundtable.testing.TestRoom;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** Creating, joining and closing learning events through the real services. */
@SpringBootTest
@ActiveProfiles("test")
class LearningEventsTest {

    @Autowired
    LearningEvents events;
    @Autowired
    Notes notes;
    @Autowired
    TestRoom room;

    @Test
    void a_facilitator_creates_an_event_whose_agencies_each_get_a_colour_and_a_label() {
        LearningEvent event = events.create(room.facilitator(), new NewLearningEvent("Child A",
                LocalDate.of(2026, 12, 1), "Civic Centre",
                List.of(new NewLearningEvent.AgencyName("Children's Social Care", ""),
                        new NewLearningEvent.AgencyName("Police", "pol"),
                        new NewLearningEvent.AgencyName("   ", ""))));

        assertThat(event.agencies()).extracting(Agency::code).containsExactly("CSC", "POL");
        assertThat(event.agencies()).extracting(Agency::colour).doesNotHaveDuplicates();
        assertThat(events.listFor(room.facilitator())).extracting(LearningEvent::id).contains(event.id());
    }

    @Test
    void an_event_without_a_pseudonym_or_agencies_is_refused_with_a_message() {
        assertThatThrownBy(() -> events.create(room.facilitator(), new NewLearningEvent(" ", LocalDate.now(), null,
                List.of(new NewLearningEvent.AgencyName("Police", null)))))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("pseudonym");
        assertThatThrownBy(() -> events.create(room.facilitator(), new NewLearningEvent("Child B", LocalDate.now(),
                null, List.of())))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("agency");
    }

    @Test
    void a_participant_cannot_create_events() {
        Caller.Participant participant = room.joinDemo("POL");

        assertThatThrownBy(() -> events.create(participant, new NewLearningEvent("Child C", LocalDate.now(), null,
                List.of(new NewLearningEvent.AgencyName("Police", null)))))
                .isInstanceOf(NotAllowed.class);
    }

    @Test
    void joining_needs_a_role_and_one_of_the_events_agencies() {
        LearningEvent event = room.demoEvent();
        String code = room.joinCode(event);

        assertThatThrownBy(() -> events.join(code, "", "POL", null, "c1")).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> events.join(code, "Teacher", "XYZ", null, "c1")).isInstanceOf(InvalidInput.class);
        assertThat(events.join(code.toLowerCase().replace("-", " "), "Teacher", "SCH", null, "c1").agencyCode())
                .isEqualTo("SCH");
    }

    @Test
    void an_unknown_code_gets_a_clear_message_and_repeated_wrong_guesses_are_slowed_down() {
        String client = "guesser-" + System.nanoTime();
        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> events.eventForCode("AAAA-AAAA", client))
                    .isInstanceOf(InvalidInput.class).hasMessageContaining("does not open a learning event");
        }
        assertThatThrownBy(() -> events.eventForCode(room.joinCode(room.demoEvent()), client))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("wait");
    }

    @Test
    void closing_the_event_stops_the_join_code_and_new_notes_but_keeps_what_was_said() {
        Caller.Account owner = room.anotherFacilitator();
        LearningEvent event = room.newEvent(owner, "Child D");
        String code = events.secretsFor(owner, event.id()).displayJoinCode();
        Caller.Participant participant = events.join(code, "PC", "POL", null, "c-close");
        var note = notes.add(participant, event.id(), NotePlace.gapAfter(null), NoteKind.COMMENT, "Said before close");

        events.close(owner, event.id());

        assertThatThrownBy(() -> events.join(code, "GP", "HV", null, "c-close-2"))
                .isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> notes.add(participant, event.id(), NotePlace.gapAfter(null), NoteKind.COMMENT, "Late"))
                .isInstanceOf(NotAllowed.class).hasMessageContaining("closed");
        assertThat(notes.notesFor(participant, event.id())).containsExactly(note);
        assertThat(events.joinCodeShownTo(owner, event.id())).isEmpty();
    }

    @Test
    void only_the_events_facilitators_close_it() {
        Caller.Participant participant = room.joinDemo("HV");

        assertThatThrownBy(() -> events.close(participant, room.demoEvent().id())).isInstanceOf(NotAllowed.class);
        assertThat(room.demoEvent().isOpen()).isTrue();
    }
}
