package org.roundtable.board.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.vaadin.browserless.BrowserlessUIContext;
import com.vaadin.browserless.SecuredBrowserlessApplicationContext;
import com.vaadin.browserless.SpringBrowserlessApplicationContext;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.HasItemComponents;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.roundtable.board.NoteKind;
import org.roundtable.board.Notes;
import org.roundtable.board.Perspective;
import org.roundtable.event.LearningEvent;
import org.roundtable.event.LearningEvents;
import org.roundtable.live.ChangeLog;
import org.roundtable.shared.Texts;
import org.roundtable.testing.TestRoom;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.Authentication;
import org.springframework.test.context.ActiveProfiles;

/**
 * The tablet's parts for a bad room, without a browser: the connection is said in words where
 * screen readers hear it, and the note dialog names its choices so the browser's outbox can
 * record them while offline. (What runs in the browser is tested in BadRoomInRealBrowserTest.)
 */
@SpringBootTest
@ActiveProfiles("test")
@SuppressWarnings("unchecked")
class TabletConnectionBrowserlessTest {

    @Autowired
    ApplicationContext spring;
    @Autowired
    TestRoom room;
    @Autowired
    LearningEvents events;
    @Autowired
    Notes notes;
    @Autowired
    ChangeLog changeLog;

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
    void the_tablet_says_it_is_connected_in_words_as_a_polite_status() {
        BrowserlessUIContext tablet = joinOnTablet("Connection");

        ConnectionIndicator indicator = tablet.find(ConnectionIndicator.class).single();

        assertThat(indicator.getElement().getAttribute("role")).isEqualTo("status");
        assertThat(indicator.getElement().getAttribute("aria-live")).isEqualTo("polite");
        assertThat(indicator.getElement().getAttribute("data-state")).isEqualTo("connected");
        assertThat(indicator.getElement().getTextRecursively())
                .isEqualTo(Texts.get(Texts.ENGLISH, ConnectionIndicator.CONNECTED));
    }

    @Test
    void each_choice_in_the_tablets_note_dialog_carries_its_name_for_the_outbox() {
        BrowserlessUIContext tablet = joinOnTablet("Choices");
        BoardTaps.tap(tablet, "rt-add-note", 0);

        List<RadioButtonGroup<Object>> groups = tablet.find(RadioButtonGroup.class).all().stream()
                .map(group -> (RadioButtonGroup<Object>) group)
                .filter(group -> List.of("Kind of note", "Is this").contains(group.getLabel()))
                .toList();

        assertThat(groups).hasSize(2);
        List<String> named = groups.stream().flatMap(Component::getChildren)
                .filter(option -> option instanceof HasItemComponents.ItemComponent<?>)
                .map(option -> ((HasItemComponents.ItemComponent<?>) option).getItem() + "="
                        + option.getElement().getAttribute("data-rt-value"))
                .toList();
        assertThat(named).hasSize(NoteKind.values().length + Perspective.values().length)
                .allSatisfy(pair -> assertThat(pair.split("=")[0]).isEqualTo(pair.split("=")[1]));
    }

    @Test
    void a_note_sent_from_the_tablets_dialog_is_added_with_its_drafts_key_once() {
        String role = "Sender " + System.nanoTime();
        BrowserlessUIContext tablet = joinOnTablet(role);
        String text = "From the tablet's dialog " + System.nanoTime();
        BoardTaps.tap(tablet, "rt-add-note", 0);
        tablet.test(tablet.find(TextArea.class).withLabel("Your note").single()).setValue(text);

        tablet.test(tablet.find(Button.class).withText("Add note").single()).click();

        assertThat(tablet.find(TextArea.class).withLabel("Your note").all()).isEmpty();
        assertThat(notes.notesFor(room.facilitator(), event.id()).stream().filter(n -> n.text().equals(text)))
                .hasSize(1);
        // The key the browser's outbox would have sent it again with.
        assertThat(changeLog.read(event.logId()).stream().map(logged -> logged.change().toString())
                .filter(change -> change.contains(text)))
                .singleElement().asString().containsPattern("submissionKey=[0-9a-f-]{36}\\]$");
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
