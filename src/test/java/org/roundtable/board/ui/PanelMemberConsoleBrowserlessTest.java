package org.roundtable.board.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import com.vaadin.browserless.BrowserlessUIContext;
import com.vaadin.browserless.SecuredBrowserlessApplicationContext;
import com.vaadin.browserless.SpringBrowserlessApplicationContext;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.tabs.Tabs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.roundtable.access.Caller;
import org.roundtable.event.LearningEvent;
import org.roundtable.event.LearningEvents;
import org.roundtable.testing.TestRoom;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.Authentication;
import org.springframework.test.context.ActiveProfiles;

/**
 * A panel member (a co-facilitator granted no rights) opens the console and reads the room's
 * areas as the projector shows them: none of the controls the services would refuse them.
 */
@SpringBootTest
@ActiveProfiles("test")
class PanelMemberConsoleBrowserlessTest {

    private static final List<String> ROOM_AREAS = List.of("Room", "Lived experience", "Groups", "Learning wall");

    @Autowired
    ApplicationContext spring;
    @Autowired
    TestRoom room;
    @Autowired
    LearningEvents events;

    SecuredBrowserlessApplicationContext<Authentication> app;
    LearningEvent event;
    Caller.Account panelMember;
    BrowserlessUIContext ownerConsole;

    @BeforeEach
    void anEventWithAPanelMember() {
        app = SpringBrowserlessApplicationContext.createSecured(spring, "org.roundtable");
        Caller.Account owner = room.anotherFacilitator();
        event = room.newEvent(owner, "Child Panel");
        room.join(event, owner, "POL");
        panelMember = room.anotherFacilitator();
        events.grantCoFacilitator(owner, event.id(), panelMember.username(), Set.of());
        ownerConsole = app.newUser(owner.username(), "FACILITATOR").newWindow();
    }

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    void the_room_areas_offer_the_owner_controls_and_the_panel_member_none() {
        BrowserlessUIContext panel = app.newUser(panelMember.username(), "FACILITATOR").newWindow();
        panel.navigate("events/" + event.id(), ConsoleView.class);
        ownerConsole.navigate("events/" + event.id(), ConsoleView.class);

        for (String area : ROOM_AREAS) {
            assertThat(buttonsIn(ownerConsole, area)).as("the owner's %s area", area).isNotEmpty();
            assertThat(buttonsIn(panel, area)).as("the panel member's %s area", area).isEmpty();
        }
        // find() sees visible components only
        assertThat(ownerConsole.find(StageControls.class).all()).hasSize(1);
        assertThat(panel.find(StageControls.class).all()).isEmpty();
    }

    private static List<String> buttonsIn(BrowserlessUIContext console, String area) {
        console.test(console.find(Tabs.class).withClassName("rt-console-areas").single()).select(area);
        LiveSlot work = console.find(LiveSlot.class).withClassName("rt-console-work").single();
        return descendants(work).filter(Button.class::isInstance).map(Button.class::cast)
                .filter(Component::isVisible).map(Button::getText).toList();
    }

    private static Stream<Component> descendants(Component component) {
        return Stream.concat(Stream.of(component),
                component.getChildren().flatMap(PanelMemberConsoleBrowserlessTest::descendants));
    }
}
