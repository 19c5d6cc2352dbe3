package org.roundtable.board.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.roundtable.testing.Eventually.assertEventually;

import com.vaadin.browserless.BrowserlessUIContext;
import com.vaadin.browserless.SecuredBrowserlessApplicationContext;
import com.vaadin.browserless.SpringBrowserlessApplicationContext;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.roundtable.board.BreakoutGroups;
import org.roundtable.board.NoteKind;
import org.roundtable.board.NotePlace;
import org.roundtable.board.Notes;
import org.roundtable.event.LearningEvent;
import org.roundtable.event.LearningEvents;
import org.roundtable.event.RoomStages;
import org.roundtable.shared.NotAllowed;
import org.roundtable.testing.TestRoom;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.Authentication;
import org.springframework.test.context.ActiveProfiles;

/**
 * The facilitator moves the room from the console and every screen follows, each in its own
 * session, without a browser: the projector shows the stage's view, tablets switch to its
 * activity, a tablet that wandered off is brought back, and a pause freezes the tablets.
 * Each test runs its own event, so the demo event other tests use is never moved on.
 */
@SpringBootTest
@ActiveProfiles("test")
class StageFollowingBrowserlessTest {

    @Autowired
    ApplicationContext spring;
    @Autowired
    TestRoom room;
    @Autowired
    LearningEvents events;
    @Autowired
    RoomStages stages;
    @Autowired
    Notes notes;
    @Autowired
    BreakoutGroups breakouts;

    SecuredBrowserlessApplicationContext<Authentication> app;
    LearningEvent event;
    BrowserlessUIContext console;
    BrowserlessUIContext projector;
    BrowserlessUIContext police;
    BrowserlessUIContext health;

    @BeforeEach
    void openTheRoom() {
        app = SpringBrowserlessApplicationContext.createSecured(spring, "org.roundtable");
        event = room.newEvent(room.facilitator(), "Child S");
        console = app.newUser(TestRoom.FACILITATOR, "FACILITATOR").newWindow();
        console.navigate("events/" + event.id(), ConsoleView.class);
        projector = app.newUser().newWindow();
        projector.navigate("projector/" + events.secretsFor(room.facilitator(), event.id()).projectorToken(),
                ProjectorView.class);
        police = joinOnTablet("Police", "PC, response team");
        health = joinOnTablet("Health Visiting", "Health visitor");
    }

    @AfterEach
    void closeTheRoom() {
        app.close();
    }

    @Test
    void the_projector_and_both_tablets_follow_the_facilitator_from_stage_to_stage() {
        // Before the first stage the room sees the timeline and the join code.
        assertThat(projector.find(ProjectorTimeline.class).exists()).isTrue();

        click(console, "Start the first stage");
        for (BrowserlessUIContext screen : new BrowserlessUIContext[] {projector, police, health}) {
            assertEventually(() -> screen.find(RoomListPanel.class).exists());
            assertThat(text(screen)).contains("Welcome and introductions", "2 people here");
        }

        click(console, "Next stage");
        for (BrowserlessUIContext screen : new BrowserlessUIContext[] {projector, police, health}) {
            assertEventually(() -> screen.find(PrinciplesPanel.class).exists());
        }
        assertThat(police.find(TextArea.class).withLabel("Propose an addition").exists()).isTrue();
        assertThat(projector.find(TextArea.class).exists()).isFalse();

        click(console, "Next stage");
        assertEventually(() -> projector.find(OverviewPanel.class).exists());
        assertEventually(() -> police.find(OverviewPanel.class).exists());

        click(console, "Next stage");
        assertEventually(() -> projector.find(ProjectorTimeline.class).exists());
        assertEventually(() -> health.find(TabletTimeline.class).exists());
        assertThat(text(projector)).contains("Stage 4 of");
    }

    @Test
    void a_tablet_that_looks_elsewhere_is_taken_back_by_a_new_stage_and_by_bring_everyone_here() {
        click(console, "Start the first stage");
        assertEventually(() -> police.find(RoomListPanel.class).exists());

        police.test(police.find(Tabs.class).single()).select("Learning wall");
        assertThat(police.find(LearningWallPanel.class).exists()).isTrue();
        assertThat(police.find(RoomListPanel.class).exists()).isFalse();

        click(console, "Bring everyone here");
        assertEventually(() -> police.find(RoomListPanel.class).exists());
        assertThat(police.find(Tabs.class).single().getSelectedTab().getLabel()).isEqualTo("Now");

        police.test(police.find(Tabs.class).single()).select("Timeline");
        assertThat(police.find(TabletTimeline.class).exists()).isTrue();
        click(console, "Next stage");
        assertEventually(() -> police.find(PrinciplesPanel.class).exists());
        // The other tablet, which stayed on "Now", simply followed.
        assertEventually(() -> health.find(PrinciplesPanel.class).exists());
    }

    @Test
    void pausing_to_summarise_freezes_the_tablets_and_puts_the_summary_on_the_projector() {
        click(console, "Start the first stage");
        click(console, "Pause and summarise");
        assertEventually(() -> text(police).contains("paused"));

        console.test(console.find(TextArea.class).withLabel("Summary for the room").single())
                .setValue("We agreed who is here and why.");
        click(console, "Show summary");
        assertEventually(() -> text(projector).contains("We agreed who is here and why."));
        var participant = room.join(event, room.facilitator(), "POL");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> notes.add(participant, event.id(),
                NotePlace.gapAfter(null), NoteKind.COMMENT, "Typed during the pause"))
                .isInstanceOf(NotAllowed.class).hasMessageContaining("paused");

        click(console, "Carry on");
        assertEventually(() -> !text(projector).contains("We agreed who is here and why."));
        assertThat(stages.stateFor(room.facilitator(), event.id()).summaries())
                .extracting(s -> s.text()).containsExactly("We agreed who is here and why.");
        notes.add(participant, event.id(), NotePlace.gapAfter(null), NoteKind.COMMENT, "Sent once the room carried on");
    }

    @Test
    void someone_who_joins_mid_stage_lands_on_the_running_stage_and_a_reopened_console_shows_it_too() {
        click(console, "Start the first stage");
        click(console, "Next stage");
        assertEventually(() -> projector.find(PrinciplesPanel.class).exists());

        BrowserlessUIContext latecomer = joinOnTablet("Police", "Detective sergeant");
        assertThat(latecomer.find(PrinciplesPanel.class).exists()).isTrue();
        assertThat(text(latecomer)).contains("Purpose of the day and working principles");

        // The facilitator closed the console's tab and opens it again: the room went on without it.
        BrowserlessUIContext reopened = app.newUser(TestRoom.FACILITATOR, "FACILITATOR").newWindow();
        reopened.navigate("events/" + event.id(), ConsoleView.class);
        assertThat(text(reopened)).contains("Stage 2 of");
        assertThat(reopened.find(Button.class).withText("Next stage").exists()).isTrue();
    }

    @Test
    void the_facilitator_can_put_the_factor_summary_on_the_projector_and_bring_the_tablets_to_it() {
        click(console, "Start the first stage");
        stages.show(room.facilitator(), event.id(), org.roundtable.event.RoomView.FACTOR_SUMMARY, null);
        assertEventually(() -> projector.find(FactorSummaryPanel.class).exists());
        assertEventually(() -> police.find(FactorSummaryPanel.class).exists());
        assertEventually(() -> console.find(FactorSummaryPanel.class).exists());
    }

    @Test
    void feedback_goes_round_the_groups_one_by_one_on_the_projector_and_the_tablets() {
        breakouts.createGroups(room.facilitator(), event.id(), java.util.List.of("Neglect at home", "Who knew what"));
        breakouts.balanceAcrossAgencies(room.facilitator(), event.id());
        stages.moveTo(room.facilitator(), event.id(), 8);
        assertEventually(() -> console.find(GroupsConsoleArea.class).exists());
        assertEventually(() -> projector.find(GroupBoardPanel.class).exists());

        click(console, "Show the next group");
        assertEventually(() -> text(projector).contains("Neglect at home"));
        assertEventually(() -> text(police).contains("Neglect at home"));

        click(console, "Show the next group");
        assertEventually(() -> text(projector).contains("Who knew what"));
        assertThat(text(projector)).doesNotContain("Neglect at home");

        click(console, "Show the next group");
        assertEventually(() -> text(projector).contains("Neglect at home"));
    }

    private static void click(BrowserlessUIContext screen, String label) {
        screen.test(screen.find(Button.class).withText(label).single()).click();
    }

    private static String text(BrowserlessUIContext screen) {
        screen.find(Component.class).all();
        return screen.getCurrentView().getElement().getTextRecursively();
    }

    @SuppressWarnings("unchecked")
    private BrowserlessUIContext joinOnTablet(String agencyName, String role) {
        BrowserlessUIContext tablet = app.newUser().newWindow();
        tablet.navigate("join/" + room.joinCode(event), Component.class);
        tablet.test(tablet.find(TextField.class).withLabel("Your role").single()).setValue(role);
        RadioButtonGroup<Object> agency = tablet.find(RadioButtonGroup.class).single();
        tablet.test(agency).selectItem(agencyName);
        tablet.test(tablet.find(Button.class).withText("Join").single()).click();
        return tablet;
    }
}
