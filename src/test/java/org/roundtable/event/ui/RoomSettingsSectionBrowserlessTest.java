package org.roundtable.event.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.BrowserlessUIContext;
import com.vaadin.browserless.SecuredBrowserlessApplicationContext;
import com.vaadin.browserless.SpringBrowserlessApplicationContext;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.tabs.TabSheet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.roundtable.access.Caller;
import org.roundtable.event.Contributors;
import org.roundtable.event.LearningEvent;
import org.roundtable.event.RoomSettings;
import org.roundtable.testing.TestRoom;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.Authentication;
import org.springframework.test.context.ActiveProfiles;

/** The facilitator chooses in Prepare how the room attributes contributions. */
@SpringBootTest
@ActiveProfiles("test")
class RoomSettingsSectionBrowserlessTest {

    @Autowired
    ApplicationContext spring;
    @Autowired
    TestRoom room;
    @Autowired
    Contributors contributors;

    SecuredBrowserlessApplicationContext<Authentication> app;
    BrowserlessUIContext ui;
    LearningEvent event;
    Caller.Account facilitator;

    @BeforeEach
    void openTheRoomTab() {
        app = SpringBrowserlessApplicationContext.createSecured(spring, "org.roundtable");
        facilitator = room.facilitator();
        event = room.newEvent(facilitator, "Child RS");
        ui = app.newUser(TestRoom.FACILITATOR, "FACILITATOR").newWindow();
        ui.navigate("events/" + event.id() + "/prepare", PrepareView.class);
        ui.test(ui.find(TabSheet.class).single()).select("Room");
    }

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    void the_room_settings_are_explained_saved_and_shown_again() {
        Checkbox anonymous = ui.find(Checkbox.class).withLabel("Anonymous contributions").single();
        Checkbox names = ui.find(Checkbox.class).withLabel("Facilitators see names").single();
        assertThat(anonymous.getValue()).isFalse();
        assertThat(anonymous.getHelperText()).contains("Anonymous");

        ui.test(anonymous).click();
        ui.test(names).click();
        ui.test(ui.find(Button.class).withText("Save room settings").single()).click();

        assertThat(contributors.settingsFor(facilitator, event.id())).isEqualTo(new RoomSettings(true, true, false));
        ui.navigate("events/" + event.id() + "/prepare", PrepareView.class);
        ui.test(ui.find(TabSheet.class).single()).select("Room");
        assertThat(ui.find(Checkbox.class).withLabel("Anonymous contributions").single().getValue()).isTrue();
        assertThat(ui.find(Checkbox.class).withLabel("Names in the room list").single().getValue()).isFalse();
    }
}
