package org.roundtable.board.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.roundtable.testing.Eventually.assertEventually;

import com.vaadin.browserless.BrowserlessUIContext;
import com.vaadin.browserless.SecuredBrowserlessApplicationContext;
import com.vaadin.browserless.SpringBrowserlessApplicationContext;
import com.vaadin.browserless.internal.ShortcutsKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.tabs.Tabs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.roundtable.access.Caller;
import org.roundtable.board.Note;
import org.roundtable.board.NoteKind;
import org.roundtable.board.NotePlace;
import org.roundtable.board.Notes;
import org.roundtable.event.LearningEvent;
import org.roundtable.event.RoomStages;
import org.roundtable.event.RoomState;
import org.roundtable.testing.TestRoom;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.Authentication;
import org.springframework.test.context.ActiveProfiles;

/**
 * The facilitator's keys on the console do what the buttons they stand for do: N, P and T move
 * the day on and hold the timer; in the triage queue J and K move between notes and H, R and A
 * press the selected note's hide, answer and accept buttons. Each key is fired at the console,
 * where the browser listens for it.
 */
@SpringBootTest
@ActiveProfiles("test")
class ConsoleShortcutsBrowserlessTest {

    @Autowired
    ApplicationContext spring;
    @Autowired
    TestRoom room;
    @Autowired
    RoomStages stages;
    @Autowired
    Notes notes;

    SecuredBrowserlessApplicationContext<Authentication> app;
    Caller.Account facilitator;
    LearningEvent event;
    BrowserlessUIContext console;

    @BeforeEach
    void openTheConsole() {
        app = SpringBrowserlessApplicationContext.createSecured(spring, "org.roundtable");
        facilitator = room.facilitator();
        event = room.newEvent(facilitator, "Child K");
        console = app.newUser(TestRoom.FACILITATOR, "FACILITATOR").newWindow();
        console.navigate("events/" + event.id(), ConsoleView.class);
    }

    @AfterEach
    void closeTheConsole() {
        app.close();
    }

    @Test
    void n_p_and_t_move_the_stages_and_hold_the_timer_as_their_buttons_do() {
        StageControls controls = console.find(StageControls.class).single();
        assertThat(controls.next.getElement().getAttribute("aria-keyshortcuts")).isEqualTo("N");
        assertThat(controls.next.getElement().getAttribute("title")).isEqualTo("Next stage (key: N)");
        assertThat(controls.previous.getElement().getAttribute("aria-keyshortcuts")).isEqualTo("P");
        assertThat(controls.timerToggle.getElement().getAttribute("aria-keyshortcuts")).isEqualTo("T");

        press(Key.KEY_N);
        assertThat(state().started()).isTrue();
        assertThat(state().stageIndex()).isZero();
        assertThat(controls.next.getText()).isEqualTo("Next stage");

        press(Key.KEY_N);
        assertThat(state().stageIndex()).isEqualTo(1);
        // The button moves the day on just the same.
        console.test(controls.next).click();
        assertThat(state().stageIndex()).isEqualTo(2);

        press(Key.KEY_P);
        assertThat(state().stageIndex()).isEqualTo(1);

        boolean running = state().timer().running();
        press(Key.KEY_T);
        assertThat(state().timer().running()).isEqualTo(!running);
        press(Key.KEY_T);
        assertThat(state().timer().running()).isEqualTo(running);
    }

    @Test
    void a_key_does_nothing_where_its_button_is_disabled() {
        StageControls controls = console.find(StageControls.class).single();
        assertThat(controls.previous.isEnabled()).isFalse();
        assertThat(controls.timerToggle.isEnabled()).isFalse();

        press(Key.KEY_P);
        press(Key.KEY_T);

        assertThat(state().started()).isFalse();
        assertThat(state().timer().running()).isFalse();
    }

    @Test
    void j_and_k_move_between_notes_and_h_hides_the_selected_one_as_its_hide_button_does() {
        Caller.Participant police = room.join(event, facilitator, "POL");
        Note first = notes.add(police, event.id(), NotePlace.gapAfter(null), NoteKind.QUERY, "Who held the case?");
        Note second = notes.add(police, event.id(), NotePlace.gapAfter(null), NoteKind.QUERY, "Was the school told?");
        TriageQueue queue = openTriage();
        assertEventually(() -> queue.getElement().getTextRecursively().contains("Was the school told?"));

        assertThat(queue.selectedNoteId()).isEqualTo(first.id());
        assertThat(item(first).getClassNames()).contains("rt-triage-selected");
        Button hide = console.find(Button.class).withText("Hide").all().getFirst();
        assertThat(hide.getElement().getAttribute("aria-keyshortcuts")).isEqualTo("H");
        assertThat(hide.getElement().getAttribute("title")).isEqualTo("Hide (key: H)");

        press(Key.KEY_J);
        assertThat(queue.selectedNoteId()).isEqualTo(second.id());
        assertThat(item(second).getElement().getAttribute("aria-current")).isEqualTo("true");
        assertThat(item(first).getClassNames()).doesNotContain("rt-triage-selected");
        press(Key.KEY_J);
        assertThat(queue.selectedNoteId()).as("the last note stays selected").isEqualTo(second.id());
        press(Key.KEY_K);
        assertThat(queue.selectedNoteId()).isEqualTo(first.id());

        press(Key.KEY_J);
        press(Key.KEY_H);

        assertEventually(() -> hidden(second));
        assertThat(hidden(first)).isFalse();
    }

    @Test
    void r_answers_the_selected_query_and_a_accepts_the_selected_additional_event_in_their_dialogs() {
        Caller.Participant police = room.join(event, facilitator, "POL");
        notes.add(police, event.id(), NotePlace.gapAfter(null), NoteKind.QUERY, "Who held the case?");
        notes.add(police, event.id(), NotePlace.gapAfter(null), NoteKind.ADDITIONAL_EVENT,
                "The school called the duty team in May.");
        TriageQueue queue = openTriage();
        assertEventually(() -> queue.getElement().getTextRecursively().contains("duty team in May"));

        press(Key.KEY_A);
        assertThat(console.find(AcceptNoteDialog.class).exists()).as("a query has no accept button").isFalse();
        press(Key.KEY_R);
        AnswerDialog answer = console.find(AnswerDialog.class).single();
        assertThat(answer.isOpened()).isTrue();
        answer.close();

        press(Key.KEY_J);
        press(Key.KEY_R);
        assertThat(console.find(AnswerDialog.class).exists()).as("an additional event has no answer button").isFalse();
        press(Key.KEY_A);
        AcceptNoteDialog accept = console.find(AcceptNoteDialog.class).single();
        assertThat(accept.whatHappened.getValue()).isEqualTo("The school called the duty team in May.");
    }

    private TriageQueue openTriage() {
        console.test(console.find(Tabs.class).withClassName("rt-console-areas").single()).select("Triage");
        return console.find(TriageQueue.class).single();
    }

    /** The key pressed on the console, where the browser listens for the console's keys. */
    private void press(Key key) {
        console.activate();
        ShortcutsKt._fireShortcut((Component) console.getCurrentView(), key);
    }

    private RoomState state() {
        return stages.stateFor(facilitator, event.id());
    }

    private ListItem item(Note note) {
        return console.find(ListItem.class).withClassName("rt-triage-item").all().stream()
                .filter(item -> note.id().equals(item.getElement().getAttribute("data-note-id")))
                .findFirst().orElseThrow();
    }

    private boolean hidden(Note note) {
        return notes.notesFor(facilitator, event.id()).stream().filter(n -> n.id().equals(note.id())).findFirst()
                .orElseThrow().hidden();
    }
}
