package org.roundtable.event.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import com.vaadin.browserless.BrowserlessUIContext;
import com.vaadin.browserless.SecuredBrowserlessApplicationContext;
import com.vaadin.browserless.SpringBrowserlessApplicationContext;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.roundtable.access.Caller;
import org.roundtable.event.EventPreparation;
import org.roundtable.event.LearningEvent;
import org.roundtable.shared.Texts;
import org.roundtable.testing.TestRoom;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.Authentication;
import org.springframework.test.context.ActiveProfiles;

/**
 * The lists a facilitator grows and reorders from the keyboard (the new event's agencies, the
 * agenda's stages), in Welsh: a new row comes with its Welsh labels, and moving a row keeps the
 * buttons named in Welsh. (Where the focus goes is checked in a real browser, by
 * {@code KeyboardOnlyInRealBrowserTest}.)
 */
@SpringBootTest
@ActiveProfiles("test")
class ListsInWelshBrowserlessTest {

    @Autowired
    ApplicationContext spring;
    @Autowired
    TestRoom room;
    @Autowired
    EventPreparation preparation;

    SecuredBrowserlessApplicationContext<Authentication> app;
    BrowserlessUIContext ui;
    Caller.Account facilitator;

    @BeforeEach
    void aWelshScreen() {
        app = SpringBrowserlessApplicationContext.createSecured(spring, "org.roundtable");
        facilitator = room.facilitator();
        ui = app.newUser(TestRoom.FACILITATOR, "FACILITATOR").newWindow();
        ui.getUI().setLocale(Texts.WELSH);
    }

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    void another_agency_row_on_the_new_event_screen_is_labelled_in_welsh() {
        ui.navigate("events/new", NewEventView.class);
        int before = ui.find(TextField.class).withLabel("Asiantaeth").all().size();

        ui.test(ui.find(Button.class).withText("Ychwanegu asiantaeth arall").single()).click();

        assertThat(ui.find(TextField.class).withLabel("Asiantaeth").all()).hasSize(before + 1);
        assertThat(ui.find(TextField.class).withLabel("Agency").exists()).isFalse();
        assertThat(ui.find(Button.class).withText("Add another agency").exists()).isFalse();
    }

    @Test
    void a_stage_added_and_moved_up_on_the_agenda_keeps_its_welsh_buttons() {
        LearningEvent event = room.newEvent(facilitator, "Plentyn " + UUID.randomUUID().toString().substring(0, 6));
        ui.navigate("events/" + event.id() + "/prepare", PrepareView.class);
        TabSheet tabs = ui.find(TabSheet.class).single();
        for (int i = 0; i < tabs.getTabCount(); i++) {
            if (tabs.getTabAt(i).getLabel().equals("Agenda")) {
                tabs.setSelectedIndex(i);
            }
        }
        int stages = preparation.agendaFor(facilitator, event.id()).size();

        ui.test(ui.find(Button.class).withText("Ychwanegu cam").single()).click();
        TextField added = ui.find(TextField.class).withLabel("Cam").all().getLast();
        ui.test(added).setValue("Gwirio gyda'r bysellfwrdd");
        String moveUp = "Symud i fyny: cam " + (stages + 1);
        ui.test(ui.find(Button.class).withAttribute("aria-label", moveUp).single()).click();

        assertThat(ui.find(TextField.class).withLabel("Cam").all().get(stages - 1).getValue())
                .isEqualTo("Gwirio gyda'r bysellfwrdd");
        assertThat(ui.find(Button.class).withAttribute("aria-label", "Symud i fyny: cam " + stages).exists()).isTrue();
        assertThat(ui.find(Button.class).withAttribute("aria-label", "Move stage " + stages + " up").exists()).isFalse();
    }
}
