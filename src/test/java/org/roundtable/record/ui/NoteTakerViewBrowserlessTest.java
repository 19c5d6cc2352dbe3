package org.roundtable.record.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.roundtable.testing.Eventually.assertEventually;

import java.time.LocalDate;
import java.util.UUID;

import com.vaadin.browserless.BrowserlessUIContext;
import com.vaadin.browserless.SecuredBrowserlessApplicationContext;
import com.vaadin.browserless.SpringBrowserlessApplicationContext;
import com.vaadin.browserless.mocks.MockRequest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServletRequest;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletRequestWrapper;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.roundtable.access.Accounts;
import org.roundtable.access.Caller;
import org.roundtable.board.NoteKind;
import org.roundtable.board.NotePlace;
import org.roundtable.board.Notes;
import org.roundtable.event.LearningEvent;
import org.roundtable.event.LearningEvents;
import org.roundtable.event.RoomStages;
import org.roundtable.record.NoteTaking;
import org.roundtable.record.RecordTag;
import org.roundtable.shared.LanguageChoice;
import org.roundtable.shared.Texts;
import org.roundtable.testing.TestRoom;
import org.roundtable.timeline.ChronologyDate;
import org.roundtable.timeline.NewTimelineEntry;
import org.roundtable.timeline.TimelineEntry;
import org.roundtable.timeline.Timelines;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.Authentication;
import org.springframework.test.context.ActiveProfiles;

/** The note-taker's console, signed in as the event's note-taker, without a browser. */
@SpringBootTest
@ActiveProfiles("test")
class NoteTakerViewBrowserlessTest {

    @Autowired
    ApplicationContext spring;
    @Autowired
    TestRoom room;
    @Autowired
    LearningEvents events;
    @Autowired
    Accounts accounts;
    @Autowired
    RoomStages stages;
    @Autowired
    Notes notes;
    @Autowired
    NoteTaking record;
    @Autowired
    Timelines timelines;

    SecuredBrowserlessApplicationContext<Authentication> app;
    Caller.Account owner;
    Caller.Account noteTaker;
    LearningEvent event;

    @BeforeEach
    void anEventWithANoteTaker() {
        app = SpringBrowserlessApplicationContext.createSecured(spring, "org.roundtable");
        owner = room.facilitator();
        event = room.newEvent(owner, "Child T");
        noteTaker = accounts.createNoteTaker(owner, "taker-" + UUID.randomUUID().toString().substring(0, 8),
                TestRoom.PASSWORD);
        events.assignNoteTaker(owner, event.id(), noteTaker.username());
        stages.moveTo(owner, event.id(), 3);
    }

    @AfterEach
    void closeTheConsole() {
        app.close();
    }

    @Test
    void an_entry_typed_and_added_is_listed_with_the_running_stage_and_its_tag_and_the_field_clears() {
        BrowserlessUIContext console = console();
        NoteTakerView view = (NoteTakerView) console.getCurrentView();
        assertThat(view.stage.getText()).startsWith("Recording during: Stage 4 · Factual information");

        console.test(view.tagButtons.get(RecordTag.ACTION)).click();
        console.test(view.entryText).setValue("The chair will write to the GP practice.");
        console.test(view.addEntry).click();

        assertThat(entries(console)).contains("The chair will write to the GP practice.",
                "Stage 4 · Factual information", "Action");
        assertThat(view.entryText.getValue()).isEmpty();
        assertThat(view.entryText.isInvalid()).isFalse();
        assertThat(view.tagsOn()).isEmpty();
        assertThat(record.recordFor(noteTaker, event.id())).singleElement()
                .satisfies(entry -> assertThat(entry.tags()).containsExactly(RecordTag.ACTION));
    }

    @Test
    void a_refused_entry_keeps_its_text_with_the_reason() {
        BrowserlessUIContext console = console();
        NoteTakerView view = (NoteTakerView) console.getCurrentView();
        String tooLong = "x".repeat(NoteTaking.MAX_LENGTH + 1);

        console.test(view.entryText).setValue(tooLong);
        console.test(view.addEntry).click();

        assertThat(view.entryText.getValue()).isEqualTo(tooLong);
        assertThat(view.entryText.isInvalid()).isTrue();
        assertThat(view.entryText.getErrorMessage()).contains("limit is 5000");
    }

    @Test
    void a_note_added_on_a_tablet_appears_in_the_feed_and_can_be_linked_to() {
        BrowserlessUIContext console = console();
        NoteTakerView view = (NoteTakerView) console.getCurrentView();
        Caller.Participant police = room.join(event, owner, "POL");
        notes.startPrivateWriting(owner, event.id(), false);

        TimelineEntry entry = timelines.add(owner, event.id(), new NewTimelineEntry("POL",
                ChronologyDate.onDay(LocalDate.of(2024, 5, 2)), null, null, "Strategy meeting.", null, null, null,
                null));

        notes.add(police, event.id(), NotePlace.onEntry(entry.id()), NoteKind.QUERY, "Who held the case in May?");

        assertEventually(() -> feed(console).contains("Who held the case in May?"));
        assertThat(feed(console)).contains("POL", "private");
        console.test(console.find(Button.class).withText("Link").first()).click();
        console.test(view.entryText).setValue("Nobody could say who held the case.");
        console.test(view.addEntry).click();
        assertThat(entries(console)).contains("Linked to a timeline entry");
        assertThat(record.recordFor(noteTaker, event.id()).getFirst().timelineEntryId()).isEqualTo(entry.id());
    }

    @Test
    void the_console_speaks_welsh_to_a_note_taker_who_chose_it_and_refuses_in_welsh() {
        BrowserlessUIContext console = app.newUser(noteTaker.username(), "NOTE_TAKER").newWindow();
        speakWelsh(console);
        console.navigate("events/" + event.id() + "/record", NoteTakerView.class);
        NoteTakerView view = (NoteTakerView) console.getCurrentView();

        assertThat(view.stage.getText()).startsWith("Cofnodi yn ystod: Cam 4 · ");
        assertThat(view.addEntry.getText()).isEqualTo("Ychwanegu at y cofnod");
        assertThat(view.tagButtons.get(RecordTag.ACTION).getText()).isEqualTo("2 · Cam gweithredu");
        assertThat(view.getElement().getTextRecursively()).contains("Cofnod · Child T", "Y cofnod hyd yma",
                "Cyfraniadau wrth iddyn nhw gyrraedd", "Does dim wedi'i gofnodi eto.")
                .doesNotContain("The record so far", "Add to the record", "Nothing recorded yet", "Recording during");

        console.test(view.entryText).setValue("x".repeat(NoteTaking.MAX_LENGTH + 1));
        console.test(view.addEntry).click();
        assertThat(view.entryText.getErrorMessage()).startsWith("Mae 5001 nod yn y maes hwn: Y cofnod.");

        console.test(view.tagButtons.get(RecordTag.GOOD_PRACTICE)).click();
        console.test(view.entryText).setValue("Rhannodd yr ysgol y pryder yr un diwrnod.");
        console.test(view.addEntry).click();
        assertThat(entries(console)).contains("Cam 4 · ", "Arfer da").doesNotContain("Stage 4", "Good practice");
    }

    private BrowserlessUIContext console() {
        BrowserlessUIContext console = app.newUser(noteTaker.username(), "NOTE_TAKER").newWindow();
        console.navigate("events/" + event.id() + "/record", NoteTakerView.class);
        return console;
    }

    private static String entries(BrowserlessUIContext screen) {
        screen.activate();
        return String.join("\n", screen.find(ListItem.class).withClassName("rt-record-entry").all().stream()
                .map(li -> li.getElement().getTextRecursively()).toList());
    }

    private static String feed(BrowserlessUIContext screen) {
        screen.activate();
        return String.join("\n", screen.find(ListItem.class).withClassName("rt-feed-item").all().stream()
                .map(li -> li.getElement().getTextRecursively()).toList());
    }

    /** This window speaks Welsh, as a person who chose Cymraeg on this device (the language cookie). */
    private static void speakWelsh(BrowserlessUIContext screen) {
        screen.activate();
        ServletRequest request = ((VaadinServletRequest) VaadinRequest.getCurrent()).getRequest();
        while (!(request instanceof MockRequest) && request instanceof ServletRequestWrapper wrapper) {
            request = wrapper.getRequest();
        }
        ((MockRequest) request).addCookie(new Cookie(LanguageChoice.COOKIE, "cy"));
        screen.getUI().setLocale(Texts.WELSH);
    }
}
