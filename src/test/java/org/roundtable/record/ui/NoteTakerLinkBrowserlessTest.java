package org.roundtable.record.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import com.vaadin.browserless.BrowserlessUIContext;
import com.vaadin.browserless.SecuredBrowserlessApplicationContext;
import com.vaadin.browserless.SpringBrowserlessApplicationContext;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.textfield.TextArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.roundtable.event.LearningEvent;
import org.roundtable.event.LearningEvents;
import org.roundtable.record.NoteTaking;
import org.roundtable.record.RecordEntry;
import org.roundtable.testing.TestRoom;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.Authentication;
import org.springframework.test.context.ActiveProfiles;

/** Whoever opens an event's note-taker link writes its record without an account; no one else can. */
@SpringBootTest
@ActiveProfiles("test")
class NoteTakerLinkBrowserlessTest {

    @Autowired
    ApplicationContext spring;
    @Autowired
    TestRoom room;
    @Autowired
    LearningEvents events;
    @Autowired
    NoteTaking record;

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
    void a_note_taker_link_opens_the_record_console_without_an_account() {
        String path = "notes/" + events.createNoteTakerLink(room.facilitator(), event.id());

        BrowserlessUIContext noteTaker = app.newUser().newWindow();
        noteTaker.navigate(path, LinkedNoteTakerView.class);
        noteTaker.test(noteTaker.find(TextArea.class).withLabel("Record entry").single())
                .setValue("The school raised the first concern");
        noteTaker.test(noteTaker.find(Button.class).withText("Add to the record").single()).click();

        assertThat(record.recordFor(room.facilitator(), event.id())).extracting(RecordEntry::text)
                .containsExactly("The school raised the first concern");
    }

    @Test
    void without_a_link_or_an_account_the_record_console_is_not_available() {
        events.createNoteTakerLink(room.facilitator(), event.id());
        BrowserlessUIContext stranger = app.newUser().newWindow();

        stranger.navigate("events/" + event.id() + "/notes", LinkedNoteTakerView.class);

        assertThat(stranger.find(H1.class).withText("Not available").exists()).isTrue();
        assertThat(stranger.find(TextArea.class).exists()).isFalse();
    }

    @Test
    void a_revoked_link_shows_that_it_no_longer_works() {
        String secret = events.createNoteTakerLink(room.facilitator(), event.id());
        events.revokeNoteTakerLink(room.facilitator(), event.id());
        BrowserlessUIContext stranger = app.newUser().newWindow();

        stranger.navigate("notes/" + secret, NoteLinkView.class);

        assertThat(stranger.find(H1.class).withText("Not available").exists()).isTrue();
    }
}
