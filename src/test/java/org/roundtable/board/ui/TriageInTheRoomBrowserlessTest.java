package org.roundtable.board.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.roundtable.testing.Eventually.assertEventually;

import com.vaadin.browserless.BrowserlessUIContext;
import com.vaadin.browserless.SecuredBrowserlessApplicationContext;
import com.vaadin.browserless.SpringBrowserlessApplicationContext;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.roundtable.access.Caller;
import org.roundtable.board.NoteTriage;
import org.roundtable.board.Notes;
import org.roundtable.event.LearningEvent;
import org.roundtable.event.LearningEvents;
import org.roundtable.testing.TestRoom;
import org.roundtable.timeline.Timelines;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.Authentication;
import org.springframework.test.context.ActiveProfiles;

/**
 * The facilitator's private writing controls and triage queue with two tablets in the room,
 * each in its own browser session, without a browser. The components are added to the console
 * here as the stage shells will add them.
 */
@SpringBootTest
@ActiveProfiles("test")
@SuppressWarnings("unchecked")
class TriageInTheRoomBrowserlessTest {

    @Autowired
    ApplicationContext spring;
    @Autowired
    TestRoom room;
    @Autowired
    LearningEvents events;
    @Autowired
    Timelines timelines;
    @Autowired
    Notes notes;
    @Autowired
    NoteTriage triage;

    SecuredBrowserlessApplicationContext<Authentication> app;
    Caller.Account facilitator;
    LearningEvent event;

    @BeforeEach
    void openTheRoom() {
        app = SpringBrowserlessApplicationContext.createSecured(spring, "org.roundtable");
        facilitator = room.facilitator();
        // A fresh event: private writing must not leak into other tests of the demo event.
        event = room.newEvent(facilitator, "Child R");
    }

    @AfterEach
    void closeTheRoom() {
        app.close();
    }

    @Test
    void notes_written_privately_reach_the_other_tablet_only_when_the_facilitator_reveals_them() {
        BrowserlessUIContext console = console();
        PrivateWritingControls controls = add(console, new PrivateWritingControls(notes, facilitator, event));
        BrowserlessUIContext police = joinOnTablet("Police", "PC");
        BrowserlessUIContext health = joinOnTablet("Health Visiting", "Health visitor");

        console.activate();
        console.test(controls.untilRevealed).click();
        writeNote(police, "The neighbour's call was not linked to the child.");

        assertEventually(() -> noteTexts(police).contains("The neighbour's call"));
        assertThat(noteTexts(police)).contains("Private", "Yours");
        assertThat(noteTexts(health)).doesNotContain("The neighbour's call");
        console.activate();
        controls.refresh();
        assertThat(controls.revealAll.getText()).isEqualTo("Reveal all (1)");

        console.test(controls.revealAll).click();

        assertEventually(() -> noteTexts(health).contains("The neighbour's call"));
        assertThat(noteTexts(health)).doesNotContain("Private", "Yours");
    }

    @Test
    void a_query_answered_in_the_triage_queue_shows_its_answer_on_the_tablets() {
        BrowserlessUIContext console = console();
        TriageQueue queue = add(console, new TriageQueue(triage, notes, timelines, facilitator, event));
        BrowserlessUIContext police = joinOnTablet("Police", "PC");
        BrowserlessUIContext health = joinOnTablet("Health Visiting", "Health visitor");
        BoardTaps.tap(police, "rt-add-gap-note", 0);
        police.test((RadioButtonGroup<Object>) police.find(RadioButtonGroup.class).withLabel("Kind of note").single())
                .selectItem("Query");
        police.test(police.find(TextArea.class).withLabel("Your note").single()).setValue("Who held the case?");
        police.test(police.find(Button.class).withText("Add note").single()).click();

        console.activate();
        queue.refresh();
        ListItem item = console.find(ListItem.class).withClassName("rt-triage-item").single();
        assertThat(item.getElement().getTextRecursively()).contains("Who held the case?", "POL", "A missing event before the first entry");
        console.test(console.find(Button.class).withText("Answer").single()).click();
        console.test(console.find(TextArea.class).withLabel("Answer").single()).setValue("The duty team, until May.");
        console.test(console.find(Button.class).withText("Save the answer").single()).click();

        for (BrowserlessUIContext tablet : java.util.List.of(police, health)) {
            assertEventually(() -> noteTexts(tablet).contains("Answered: The duty team, until May."));
        }
        console.activate();
        queue.refresh();
        assertThat(console.find(ListItem.class).withClassName("rt-triage-item").exists()).isFalse();
    }

    @Test
    void a_participant_sees_that_the_facilitator_hid_their_note_and_the_other_tablet_loses_it() {
        BrowserlessUIContext police = joinOnTablet("Police", "PC");
        BrowserlessUIContext health = joinOnTablet("Health Visiting", "Health visitor");
        writeNote(police, "Off topic.");
        assertEventually(() -> noteTexts(health).contains("Off topic."));
        String noteId = notes.notesFor(facilitator, event.id()).getFirst().id();

        triage.hide(facilitator, event.id(), noteId);

        assertEventually(() -> !noteTexts(health).contains("Off topic."));
        assertEventually(() -> noteTexts(police).contains("Hidden by the facilitator"));
    }

    private BrowserlessUIContext console() {
        BrowserlessUIContext console = app.newUser(TestRoom.FACILITATOR, "FACILITATOR").newWindow();
        console.navigate("events/" + event.id(), ConsoleView.class);
        return console;
    }

    private static <T extends Component> T add(BrowserlessUIContext screen, T part) {
        screen.activate();
        ((HasComponents) screen.getCurrentView()).add(part);
        return part;
    }

    private static void writeNote(BrowserlessUIContext tablet, String text) {
        BoardTaps.tap(tablet, "rt-add-gap-note", 0);
        tablet.test(tablet.find(TextArea.class).withLabel("Your note").single()).setValue(text);
        tablet.test(tablet.find(Button.class).withText("Add note").single()).click();
    }

    private BrowserlessUIContext joinOnTablet(String agencyName, String role) {
        BrowserlessUIContext tablet = app.newUser().newWindow();
        tablet.navigate("join/" + events.secretsFor(facilitator, event.id()).displayJoinCode(), Component.class);
        tablet.test(tablet.find(TextField.class).withLabel("Your role").single()).setValue(role);
        RadioButtonGroup<Object> agency = tablet.find(RadioButtonGroup.class).single();
        tablet.test(agency).selectItem(agencyName);
        tablet.test(tablet.find(Button.class).withText("Join").single()).click();
        assertThat(tablet.getCurrentView()).isInstanceOf(TabletView.class);
        assertThat(tablet.find(Span.class).withClassName("rt-you").single().getText()).contains(agencyName);
        return tablet;
    }

    private static String noteTexts(BrowserlessUIContext screen) {
        screen.activate();
        return String.join("\n", ShownText.notes(screen));
    }
}
