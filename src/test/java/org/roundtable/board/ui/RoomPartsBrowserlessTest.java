package org.roundtable.board.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.vaadin.browserless.BrowserlessUIContext;
import com.vaadin.browserless.SecuredBrowserlessApplicationContext;
import com.vaadin.browserless.SpringBrowserlessApplicationContext;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.roundtable.access.Caller;
import org.roundtable.event.AgendaStage;
import org.roundtable.event.Contributors;
import org.roundtable.event.EventPreparation;
import org.roundtable.event.Invitee;
import org.roundtable.event.LearningEvent;
import org.roundtable.event.LearningEvents;
import org.roundtable.event.PersonInRole;
import org.roundtable.event.PrincipleProposals;
import org.roundtable.event.RoomStages;
import org.roundtable.event.RoomView;
import org.roundtable.testing.TestRoom;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.Authentication;
import org.springframework.test.context.ActiveProfiles;

/**
 * The running room's parts as the screens will hold them, without a browser: the console's
 * controls drive the stage bar, pause notice and principles on the projector and a tablet. The
 * screens' live follow is stood in for by calling {@code refresh()}.
 */
@SpringBootTest
@ActiveProfiles("test")
class RoomPartsBrowserlessTest {

    @Autowired
    ApplicationContext spring;
    @Autowired
    TestRoom room;
    @Autowired
    LearningEvents events;
    @Autowired
    EventPreparation preparation;
    @Autowired
    RoomStages stages;
    @Autowired
    PrincipleProposals proposals;
    @Autowired
    Contributors contributors;

    SecuredBrowserlessApplicationContext<Authentication> app;
    Caller.Account owner;
    LearningEvent event;
    Caller.Projector projector;

    @BeforeEach
    void openTheRoom() {
        app = SpringBrowserlessApplicationContext.createSecured(spring, "org.roundtable");
        owner = room.facilitator();
        event = room.newEvent(owner, "Child R");
        projector = room.projector(event, owner);
    }

    @AfterEach
    void closeTheRoom() {
        app.close();
    }

    private BrowserlessUIContext screen(Component... parts) {
        BrowserlessUIContext screen = app.newUser().newWindow();
        screen.getUI().add(parts);
        return screen;
    }

    private static String text(Component component) {
        return component.getElement().getTextRecursively();
    }

    @Test
    void the_console_moves_the_room_and_pauses_it_and_the_projector_follows() {
        List<AgendaStage> agenda = preparation.agendaFor(owner, event.id());
        // Parts are built on their screen, as views build them: their texts are in the screen's language.
        BrowserlessUIContext console = screen();
        StageControls controls = new StageControls(stages, preparation, owner, event);
        console.getUI().add(controls);
        BrowserlessUIContext projectorScreen = screen();
        StageBar bar = new StageBar(stages, preparation, projector, event, StageBar.Size.PROJECTOR);
        PauseNotice notice = new PauseNotice(stages, projector, event, PauseNotice.Mode.PROJECTOR);
        projectorScreen.getUI().add(bar, notice);
        assertThat(text(bar)).contains("starts soon");

        console.test(console.find(Button.class).withText("Start the first stage").single()).click();
        console.test(console.find(Button.class).withText("Next stage").single()).click();
        bar.refresh();

        assertThat(text(bar)).contains(agenda.get(1).title(), "Stage 2 of " + agenda.size());
        assertThat(text(bar)).containsPattern("\\d\\d:\\d\\d");
        assertThat(stages.stateFor(owner, event.id()).view()).isEqualTo(RoomView.defaultFor(agenda.get(1).kind()));

        console.test(console.find(Button.class).withText("Pause timer").single()).click();
        bar.refresh();
        assertThat(text(bar)).contains("timer paused");

        console.test(console.find(Button.class).withText("Pause and summarise").single()).click();
        notice.refresh();
        assertThat(notice.isVisible()).isTrue();
        assertThat(text(notice)).contains("Paused: the facilitator is summarising");

        TextArea summary = console.find(TextArea.class).withLabel("Summary for the room").single();
        console.test(summary).setValue("The agencies agree the first referral was not followed up.");
        console.test(console.find(Button.class).withText("Show summary").single()).click();
        notice.refresh();
        assertThat(text(notice)).contains("The agencies agree the first referral was not followed up.");

        console.test(console.find(Button.class).withText("Carry on").single()).click();
        notice.refresh();
        assertThat(notice.isVisible()).isFalse();
        assertThat(summary.getValue()).isEmpty();
        assertThat(stages.stateFor(owner, event.id()).summaries()).hasSize(1);
    }

    @Test
    void a_refused_summary_keeps_its_text_in_the_field_with_the_reason() {
        BrowserlessUIContext console = screen();
        console.getUI().add(new StageControls(stages, preparation, owner, event));
        console.test(console.find(Button.class).withText("Pause and summarise").single()).click();
        String tooLong = "s".repeat(RoomStages.MAX_SUMMARY_LENGTH + 1);

        TextArea summary = console.find(TextArea.class).withLabel("Summary for the room").single();
        summary.setValue(tooLong);
        console.test(console.find(Button.class).withText("Show summary").single()).click();

        assertThat(summary.isInvalid()).isTrue();
        assertThat(summary.getErrorMessage()).contains("1000");
        assertThat(summary.getValue()).isEqualTo(tooLong);
    }

    @Test
    void a_tablet_proposes_a_principle_the_console_accepts_it_and_the_projector_shows_it() {
        Caller.Participant police = room.join(event, owner, "POL");
        PrinciplesPanel tablet = new PrinciplesPanel(preparation, proposals, police, event, PrinciplesPanel.Mode.TABLET);
        BrowserlessUIContext tabletScreen = screen(tablet);
        PrinciplesPanel console = new PrinciplesPanel(preparation, proposals, owner, event, PrinciplesPanel.Mode.CONSOLE);
        BrowserlessUIContext consoleScreen = screen(console);
        PrinciplesPanel wall = new PrinciplesPanel(preparation, proposals, projector, event,
                PrinciplesPanel.Mode.PROJECTOR);
        screen(wall);

        tabletScreen.test(tabletScreen.find(TextArea.class).withLabel("Propose an addition").single())
                .setValue("We take a break every hour.");
        tabletScreen.test(tabletScreen.find(Button.class).withText("Propose").single()).click();
        assertThat(text(tablet)).contains("We take a break every hour.", "Waiting for the facilitator");

        console.refresh();
        assertThat(text(console)).contains("We take a break every hour.", "POL");
        consoleScreen.test(consoleScreen.find(Button.class).withText("Accept").single()).click();

        wall.refresh();
        tablet.refresh();
        assertThat(text(wall)).contains("We take a break every hour.");
        assertThat(text(tablet)).contains("Added to the working principles");
        assertThat(text(console)).contains("Nothing waiting.");
    }

    @Test
    void the_room_list_shows_roles_and_agencies_and_the_console_checks_it_against_the_invitations() {
        preparation.changePeople(owner, event.id(), List.of(new PersonInRole("Independent reviewer", null)), null,
                List.of(new Invitee("Health visitor", "HV", "Jo Invited"), new Invitee("Detective sergeant", "POL", null)));
        events.join(room.joinCode(event), "Health visitor", "HV", "Sam Example", "client-room-list");
        Caller.Participant police = room.join(event, owner, "POL");

        BrowserlessUIContext tabletScreen = screen();
        RoomListPanel tablet = new RoomListPanel(contributors, police, event, RoomListPanel.Mode.TABLET);
        tabletScreen.getUI().add(tablet);
        BrowserlessUIContext consoleScreen = screen();
        RoomListPanel console = new RoomListPanel(contributors, owner, event, RoomListPanel.Mode.CONSOLE);
        consoleScreen.getUI().add(console);

        assertThat(text(tablet)).contains("2 people here", "Health visitor", "Practitioner", "HV", "POL")
                .doesNotContain("Sam Example", "Jo Invited", "invitation");
        assertThat(text(console)).contains("1 invited and here", "1 invited, not here yet", "Detective sergeant",
                "1 here, not on the invitation list").doesNotContain("Sam Example");
    }
}
