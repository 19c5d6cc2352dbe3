package org.roundtable.board.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.vaadin.browserless.BrowserlessUIContext;
import com.vaadin.browserless.SecuredBrowserlessApplicationContext;
import com.vaadin.browserless.SpringBrowserlessApplicationContext;
import com.vaadin.browserless.internal.MockVaadin;
import com.vaadin.browserless.mocks.MockRequest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.roundtable.access.Callers;
import org.roundtable.board.Note;
import org.roundtable.board.NoteKind;
import org.roundtable.board.NotePlace;
import org.roundtable.board.Notes;
import org.roundtable.board.Perspective;
import org.roundtable.event.LearningEvent;
import org.roundtable.shared.LanguageChoice;
import org.roundtable.shared.Texts;
import org.roundtable.testing.TestRoom;
import org.roundtable.timeline.TimelineEntry;
import org.roundtable.timeline.Timelines;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.Authentication;
import org.springframework.test.context.ActiveProfiles;

/**
 * The tablet as a practitioner holds it: in Welsh when they chose Welsh on this device, and with
 * the note form one tap away whatever tab they are on.
 */
@SpringBootTest
@ActiveProfiles("test")
@SuppressWarnings("unchecked")
class TabletInWelshBrowserlessTest {

    @Autowired
    ApplicationContext spring;
    @Autowired
    TestRoom room;
    @Autowired
    Notes notes;
    @Autowired
    Timelines timelines;
    @Autowired
    Callers callers;

    SecuredBrowserlessApplicationContext<Authentication> app;
    LearningEvent event;

    @BeforeEach
    void openTheDemoRoom() {
        app = SpringBrowserlessApplicationContext.createSecured(spring, "org.roundtable");
        event = room.demoEvent();
    }

    @AfterEach
    void closeTheRoom() {
        app.close();
    }

    @Test
    void a_tablet_that_chose_welsh_speaks_welsh_and_no_english() {
        BrowserlessUIContext tablet = welshTablet();

        assertThat(tablet.getUI().getLocale()).isEqualTo(Texts.WELSH);
        List<String> tabs = tablet.find(Tab.class).all().stream().map(Tab::getLabel).toList();
        assertThat(tabs).contains("Nawr", "Llinell amser", "Wal ddysgu").doesNotContain("Now", "Learning wall");
        assertThat(tablet.find(Button.class).withClassName("rt-quick-note").single().getText())
                .isEqualTo("Ychwanegu nodyn");
        assertThat(tablet.find(ConnectionIndicator.class).single().getElement().getTextRecursively())
                .isEqualTo("Wedi cysylltu");
        assertThat(tablet.find(LanguageChoice.class).single().getValue()).isEqualTo(Texts.WELSH);
    }

    @Test
    void the_note_dialog_in_welsh_names_its_choices_in_welsh() {
        BrowserlessUIContext tablet = welshTablet();

        tablet.test(tablet.find(Button.class).withClassName("rt-quick-note").single()).click();

        NoteDialog dialog = tablet.find(NoteDialog.class).single();
        assertThat(dialog.text.getLabel()).isEqualTo("Eich nodyn").isNotEqualTo("Your note");
        assertThat(dialog.send.getText()).isEqualTo("Ychwanegu nodyn");
        assertThat(dialog.kind.getItemLabelGenerator().apply(NoteKind.QUERY)).isEqualTo("Ymholiad");
        assertThat(dialog.perspective.getItemLabelGenerator().apply(Perspective.HINDSIGHT)).isEqualTo("O edrych yn ôl");
    }

    @Test
    void the_note_form_is_one_tap_away_on_the_learning_wall_tab() {
        String role = "One tap " + System.nanoTime();
        BrowserlessUIContext tablet = joinOnTablet(role);
        Tabs places = tablet.find(Tabs.class).withClassName("rt-tablet-places").single();
        Tab wallTab = tablet.find(Tab.class).all().stream().filter(tab -> tab.getLabel().equals("Learning wall"))
                .findFirst().orElseThrow();
        places.setSelectedTab(wallTab);
        assertThat(tablet.find(LearningWallPanel.class).all()).hasSize(1);

        tablet.test(tablet.find(Button.class).withClassName("rt-quick-note").single()).click();

        assertThat(tablet.find(NoteDialog.class).all()).hasSize(1);
        String text = "Written from the wall tab " + System.nanoTime();
        tablet.test(tablet.find(TextArea.class).withLabel("Your note").single()).setValue(text);
        tablet.test(tablet.find(Button.class).withText("Add note").single()).click();

        assertThat(tablet.find(NoteDialog.class).all()).isEmpty();
        List<TimelineEntry> entries = timelines.timelineFor(room.facilitator(), event.id()).entries();
        Note added = notes.notesFor(room.facilitator(), event.id()).stream().filter(n -> n.text().equals(text))
                .findFirst().orElseThrow();
        // A general note goes at the end of the timeline, where the facilitator can place it.
        assertThat(added.place()).isEqualTo(NotePlace.gapAfter(entries.getLast().id()));
        // The person is still where they were.
        assertThat(places.getSelectedTab()).isSameAs(wallTab);
    }

    @Test
    void a_quick_note_keeps_its_draft_under_the_same_key_after_the_screen_comes_back() {
        BrowserlessUIContext tablet = joinOnTablet("Sleeper " + System.nanoTime());
        List<TimelineEntry> entries = timelines.timelineFor(room.facilitator(), event.id()).entries();
        String draftItem = TabletOutbox.draftItem(event.id(), NotePlace.gapAfter(entries.getLast().id()));

        tablet.test(tablet.find(Button.class).withClassName("rt-quick-note").single()).click();
        NoteDialog before = tablet.find(NoteDialog.class).single();
        before.close();
        // The screen slept and came back: the tablet's view drawn again, the same tab's storage.
        tablet.navigate("room/" + event.id(), TabletView.class);
        tablet.test(tablet.find(Button.class).withClassName("rt-quick-note").single()).click();
        NoteDialog after = tablet.find(NoteDialog.class).single();

        assertThat(after).isNotSameAs(before);
        assertThat(before.draftItem).isEqualTo(after.draftItem).isEqualTo(draftItem);
    }

    /**
     * A device whose person chose Cymraeg (the language cookie comes with every request), joined
     * to the demo event and showing its tablet view; the event's own default stays English.
     */
    private BrowserlessUIContext welshTablet() {
        var requests = MockVaadin.INSTANCE.getMockRequestFactory();
        MockVaadin.INSTANCE.setMockRequestFactory(session -> {
            MockRequest request = new MockRequest(session);
            request.addCookie(new Cookie(LanguageChoice.COOKIE, "cy"));
            return request;
        });
        try {
            BrowserlessUIContext tablet = app.newUser().newWindow();
            callers.rememberParticipant(room.join(event, room.facilitator(), "POL"));
            tablet.navigate("room/" + event.id(), TabletView.class);
            return tablet;
        } finally {
            MockVaadin.INSTANCE.setMockRequestFactory(requests);
        }
    }

    private BrowserlessUIContext joinOnTablet(String role) {
        BrowserlessUIContext tablet = app.newUser().newWindow();
        tablet.navigate("join/" + room.joinCode(event), Component.class);
        tablet.test(tablet.find(TextField.class).withLabel("Your role").single()).setValue(role);
        RadioButtonGroup<Object> agency = tablet.find(RadioButtonGroup.class).single();
        tablet.test(agency).selectItem("Police");
        tablet.test(tablet.find(Button.class).withText("Join").single()).click();
        assertThat(tablet.getCurrentView()).isInstanceOf(TabletView.class);
        return tablet;
    }
}
