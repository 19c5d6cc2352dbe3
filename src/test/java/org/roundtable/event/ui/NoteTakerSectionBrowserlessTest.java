package org.roundtable.event.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import com.vaadin.browserless.BrowserlessUIContext;
import com.vaadin.browserless.SecuredBrowserlessApplicationContext;
import com.vaadin.browserless.SpringBrowserlessApplicationContext;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.roundtable.event.LearningEvent;
import org.roundtable.event.LearningEvents;
import org.roundtable.testing.TestRoom;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.Authentication;
import org.springframework.test.context.ActiveProfiles;

/** A facilitator creates and assigns a note-taker's account; the note-taker lands on the event's record. */
@SpringBootTest
@ActiveProfiles("test")
class NoteTakerSectionBrowserlessTest {

    @Autowired
    ApplicationContext spring;
    @Autowired
    TestRoom room;
    @Autowired
    LearningEvents events;

    SecuredBrowserlessApplicationContext<Authentication> app;
    LearningEvent event;

    @BeforeEach
    void anEvent() {
        app = SpringBrowserlessApplicationContext.createSecured(spring, "org.roundtable");
        event = room.newEvent(room.facilitator(), "Child " + UUID.randomUUID().toString().substring(0, 6));
    }

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    void a_note_taker_created_on_the_prepare_screen_lands_on_the_events_record() {
        String username = "scribe-" + UUID.randomUUID().toString().substring(0, 8);
        BrowserlessUIContext ui = app.newUser(TestRoom.FACILITATOR, "FACILITATOR").newWindow();
        ui.navigate("events/" + event.id() + "/prepare", PrepareView.class);
        ui.test(ui.find(TabSheet.class).single()).select("Note-taker");

        ui.test(ui.find(TextField.class).withLabel("User name").single()).setValue(username);
        ui.test(ui.find(PasswordField.class).withLabel("Password").single()).setValue(TestRoom.PASSWORD);
        ui.test(ui.find(Button.class).withText("Create and assign the account").single()).click();

        assertThat(ui.find(TextField.class).withLabel("Note-taker's account (user name)").single().getValue())
                .isEqualTo(username);
        assertThat(events.noteTakerOf(room.facilitator(), event.id())).contains(username);

        BrowserlessUIContext noteTaker = app.newUser(username, "NOTE_TAKER").newWindow();
        noteTaker.navigate("", EventsView.class);
        Anchor record = noteTaker.find(Anchor.class).withAriaLabel("The record of " + event.pseudonym()).single();
        assertThat(record.getHref()).isEqualTo("events/" + event.id() + "/record");
        assertThat(noteTaker.find(Anchor.class).withText("Prepare").exists()).isFalse();
    }

    @Test
    void an_unknown_user_name_is_refused_with_a_message_and_kept_in_the_field() {
        BrowserlessUIContext ui = app.newUser(TestRoom.FACILITATOR, "FACILITATOR").newWindow();
        ui.navigate("events/" + event.id() + "/prepare", PrepareView.class);
        ui.test(ui.find(TabSheet.class).single()).select("Note-taker");

        ui.test(ui.find(TextField.class).withLabel("Note-taker's account (user name)").single()).setValue("nobody-here");
        ui.test(ui.find(Button.class).withText("Assign the note-taker").single()).click();

        assertThat(ui.find(Paragraph.class).withClassName("rt-error").all()).extracting(Paragraph::getText)
                .anyMatch(text -> text.contains("no note-taker's account called nobody-here"));
        assertThat(ui.find(TextField.class).withLabel("Note-taker's account (user name)").single().getValue())
                .isEqualTo("nobody-here");
    }
}
