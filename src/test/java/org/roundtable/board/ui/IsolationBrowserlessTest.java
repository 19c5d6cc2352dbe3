package org.roundtable.board.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.roundtable.testing.Eventually.assertEventually;

import java.util.List;

import com.vaadin.browserless.BrowserlessUIContext;
import com.vaadin.browserless.SecuredBrowserlessApplicationContext;
import com.vaadin.browserless.SpringBrowserlessApplicationContext;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.roundtable.access.Caller;
import org.roundtable.event.LearningEvent;
import org.roundtable.event.LearningEvents;
import org.roundtable.event.RoomStages;
import org.roundtable.event.RoomView;
import org.roundtable.testing.TestRoom;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.Authentication;
import org.springframework.test.context.ActiveProfiles;

/**
 * Two events side by side, each with its own people, without a browser: nothing of event B
 * reaches the screens of event A's people, whatever address they open and whatever B's people
 * do; and a participant the facilitator removes loses the room at once.
 */
@SpringBootTest
@ActiveProfiles("test")
@SuppressWarnings("unchecked")
class IsolationBrowserlessTest {

    @Autowired
    ApplicationContext spring;
    @Autowired
    TestRoom room;
    @Autowired
    LearningEvents events;

    SecuredBrowserlessApplicationContext<Authentication> app;
    Caller.Account ownerOfB;
    LearningEvent a;
    LearningEvent b;

    @BeforeEach
    void twoEvents() {
        app = SpringBrowserlessApplicationContext.createSecured(spring, "org.roundtable");
        a = room.newEvent(room.facilitator(), "Child Alpha");
        ownerOfB = room.anotherFacilitator();
        b = room.newEvent(ownerOfB, "Child Bravo");
    }

    @AfterEach
    void closeTheRooms() {
        app.close();
    }

    @Test
    void a_participant_of_one_event_opening_every_address_of_another_sees_nothing_of_it() {
        BrowserlessUIContext tablet = joinOnTablet(room.joinCode(a), "Police");
        String projectorOfA = events.secretsFor(room.facilitator(), a.id()).projectorToken();

        for (String address : List.of("room/" + b.id(), "events/" + b.id(), "events/" + b.id() + "/prepare",
                "events/" + b.id() + "/record", "events/" + b.id() + "/export", "events/" + b.id() + "/timeline",
                "projector/" + "0".repeat(projectorOfA.length()), "projector/" + b.id())) {
            try {
                tablet.navigate(address, Component.class);
            } catch (RuntimeException refusedOnTheWay) {
                // Refused before any view of B was built: nothing to see, which is the point.
            }
            assertThat(allText(tablet)).as(address).doesNotContain("Child Bravo");
            assertThat(tablet.getCurrentView()).as(address).isNotInstanceOf(ConsoleView.class);
        }
        tablet.navigate("room/" + a.id(), TabletView.class);
        assertThat(allText(tablet)).contains("Child Alpha");
    }

    @Test
    void a_facilitator_of_one_event_opening_another_facilitators_event_sees_nothing_of_it() {
        BrowserlessUIContext console = app.newUser(TestRoom.FACILITATOR, "FACILITATOR").newWindow();

        for (String address : List.of("events/" + b.id(), "events/" + b.id() + "/prepare",
                "events/" + b.id() + "/record", "events/" + b.id() + "/export", "room/" + b.id())) {
            try {
                console.navigate(address, Component.class);
            } catch (RuntimeException refusedOnTheWay) {
                // Refused before any view of B was built.
            }
            assertThat(allText(console)).as(address).doesNotContain("Child Bravo");
        }
    }

    @Test
    void a_tablet_of_one_event_is_never_refreshed_with_what_happens_in_another() {
        RoomStages stages = spring.getBean(RoomStages.class);
        stages.show(room.facilitator(), a.id(), RoomView.ROOM_LIST, null);
        stages.show(ownerOfB, b.id(), RoomView.ROOM_LIST, null);
        BrowserlessUIContext tabletOfA = joinOnTablet(room.joinCode(a), "Police");
        String codeOfB = events.secretsFor(ownerOfB, b.id()).displayJoinCode();
        BrowserlessUIContext tabletOfB = joinOnTablet(codeOfB, "Health Visiting");
        String secret = "Only room B knows this role " + b.id().substring(0, 8);
        String shownBefore = allText(tabletOfA);

        events.join(codeOfB, secret, "POL", null, "192.0.2.80");

        assertEventually(() -> allText(tabletOfB).contains(secret));
        assertThat(allText(tabletOfA)).doesNotContain(secret).doesNotContain("Child Bravo");
        assertThat(allText(tabletOfA)).isEqualTo(shownBefore);
    }

    @Test
    void the_facilitator_removes_a_participant_from_the_console_and_that_tablet_loses_the_room_at_once() {
        BrowserlessUIContext console = app.newUser(TestRoom.FACILITATOR, "FACILITATOR").newWindow();
        console.navigate("events/" + a.id(), ConsoleView.class);
        BrowserlessUIContext leaving = joinOnTablet(room.joinCode(a), "Police");
        BrowserlessUIContext staying = joinOnTablet(room.joinCode(a), "Health Visiting");
        console.test(console.find(Tabs.class).withClassName("rt-console-areas").single()).select("Room");
        assertEventually(() -> removeButtons(console).size() == 2);

        Button remove = removeButtons(console).stream()
                .filter(button -> button.getParent().orElseThrow().getElement().getTextRecursively().contains("POL"))
                .findFirst().orElseThrow();
        console.test(remove).click();
        ConfirmDialog confirm = console.find(ConfirmDialog.class).single();
        assertThat(confirm.getElement().getProperty("message")).contains("loses access", "at once");
        console.test(confirm).confirm();

        assertEventually(() -> notices(leaving).contains(LearningEvents.REMOVED));
        assertEventually(() -> removeButtons(console).size() == 1);
        assertThat(notices(staying)).doesNotContain(LearningEvents.REMOVED);

        leaving.navigate("room/" + a.id(), Component.class);
        assertThat(leaving.getCurrentView().getClass().getSimpleName()).isEqualTo("JoinView");
        staying.navigate("room/" + a.id(), TabletView.class);
        assertThat(allText(staying)).contains("Child Alpha");
    }

    private BrowserlessUIContext joinOnTablet(String joinCode, String agencyName) {
        BrowserlessUIContext tablet = app.newUser().newWindow();
        tablet.navigate("join/" + joinCode, Component.class);
        tablet.test(tablet.find(TextField.class).withLabel("Your role").single()).setValue("Practitioner");
        RadioButtonGroup<Object> agency = tablet.find(RadioButtonGroup.class).single();
        tablet.test(agency).selectItem(agencyName);
        tablet.test(tablet.find(Button.class).withText("Join").single()).click();
        assertThat(tablet.getCurrentView()).isInstanceOf(TabletView.class);
        assertThat(tablet.find(Span.class).withClassName("rt-you").single().getText()).contains(agencyName);
        return tablet;
    }

    private static List<Button> removeButtons(BrowserlessUIContext console) {
        return console.find(Button.class).withClassName("rt-room-remove").all();
    }

    private static String notices(BrowserlessUIContext screen) {
        // Looking runs the screen's pending pushes first.
        screen.find(Component.class).all();
        return String.join("\n", screen.find(Notification.class).all().stream()
                .map(n -> screen.test(n).getText()).toList());
    }

    private static String allText(BrowserlessUIContext screen) {
        screen.find(Component.class).all();
        var view = screen.getCurrentView();
        return view == null ? "" : view.getElement().getTextRecursively();
    }
}
