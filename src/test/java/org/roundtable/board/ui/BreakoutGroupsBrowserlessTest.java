package org.roundtable.board.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import com.vaadin.browserless.BrowserlessUIContext;
import com.vaadin.browserless.SecuredBrowserlessApplicationContext;
import com.vaadin.browserless.SpringBrowserlessApplicationContext;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.textfield.TextArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.roundtable.access.Caller;
import org.roundtable.board.BreakoutGroup;
import org.roundtable.board.BreakoutGroups;
import org.roundtable.board.GroupPoint;
import org.roundtable.board.GroupPrompt;
import org.roundtable.event.EventPreparation;
import org.roundtable.event.KeyTheme;
import org.roundtable.event.LearningEvent;
import org.roundtable.event.LearningEvents;
import org.roundtable.testing.TestRoom;
import org.roundtable.timeline.Timelines;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.Authentication;
import org.springframework.test.context.ActiveProfiles;

/**
 * The breakout components on their own, each in its own browser session without a browser: the
 * console's groups, a tablet's board, the projector's board and overview.
 */
@SpringBootTest
@ActiveProfiles("test")
class BreakoutGroupsBrowserlessTest {

    @Autowired
    ApplicationContext spring;
    @Autowired
    TestRoom room;
    @Autowired
    LearningEvents events;
    @Autowired
    EventPreparation preparation;
    @Autowired
    BreakoutGroups breakouts;
    @Autowired
    Timelines timelines;

    SecuredBrowserlessApplicationContext<Authentication> app;
    Caller.Account owner;
    LearningEvent event;

    @BeforeEach
    void anEventWithTwoKeyThemes() {
        app = SpringBrowserlessApplicationContext.createSecured(spring, "org.roundtable");
        owner = room.anotherFacilitator();
        event = room.newEvent(owner, "Child B");
        preparation.changeKeyThemes(owner, event.id(), List.of(new KeyTheme("Neglect", null),
                new KeyTheme("Information sharing", null)));
    }

    @AfterEach
    void closeTheRoom() {
        app.close();
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_facilitator_creates_groups_from_ticked_themes_and_a_missed_one_then_balances_the_room() {
        room.join(event, owner, "POL");
        room.join(event, owner, "POL");
        room.join(event, owner, "HV");
        BrowserlessUIContext console = app.newUser().newWindow();
        GroupsConsolePanel panel = new GroupsConsolePanel(breakouts, owner, event);
        console.getUI().add(panel);

        console.test((CheckboxGroup<String>) console.find(CheckboxGroup.class).single()).selectItem("Neglect");
        console.test(panel.missedTheme).setValue("The father's voice");
        console.test(panel.create).click();

        assertThat(breakouts.groupsFor(owner, event.id())).extracting(BreakoutGroup::theme)
                .containsExactly("Neglect", "The father's voice");
        assertThat(panel.assignNewcomers.getText()).isEqualTo("Assign newcomers (3)");

        console.test(panel.balance).click();

        assertThat(breakouts.newcomersFor(owner, event.id())).isEmpty();
        assertThat(panel.getElement().getTextRecursively()).contains("POL", "HV", "Assign newcomers (0)");
    }

    @Test
    void a_refused_theme_keeps_its_text_with_the_reason() {
        BrowserlessUIContext console = app.newUser().newWindow();
        GroupsConsolePanel panel = new GroupsConsolePanel(breakouts, owner, event);
        console.getUI().add(panel);
        panel.missedTheme.setMaxLength(1_000);
        String tooLong = "t".repeat(BreakoutGroups.MAX_THEME_LENGTH + 1);

        console.test(panel.missedTheme).setValue(tooLong);
        console.test(panel.create).click();

        assertThat(panel.missedTheme.isInvalid()).isTrue();
        assertThat(panel.missedTheme.getErrorMessage()).contains("200");
        assertThat(panel.missedTheme.getValue()).isEqualTo(tooLong);
    }

    @Test
    void a_member_adds_a_point_on_their_tablet_and_a_refused_one_keeps_its_text() {
        Caller.Participant police = room.join(event, owner, "POL");
        breakouts.createGroups(owner, event.id(), List.of("Neglect"));
        BrowserlessUIContext tablet = app.newUser().newWindow();
        GroupBoardPanel board = new GroupBoardPanel(breakouts, timelines, police, event, GroupBoardPanel.Mode.TABLET,
                null);
        tablet.getUI().add(board);

        TextArea hard = board.drafts.get(GroupPrompt.WHAT_MADE_IT_HARD);
        tablet.test(hard).setValue("No cover for the health visitor on leave.");
        Button add = tablet.find(Button.class).withText("Add point")
                .withCondition(button -> button.getParent().equals(hard.getParent())).single();
        tablet.test(add).click();

        assertThat(board.getElement().getTextRecursively()).contains("Neglect", "No cover for the health visitor");
        assertThat(hard.getValue()).isEmpty();

        String tooLong = "x".repeat(BreakoutGroups.MAX_POINT_LENGTH + 1);
        tablet.test(hard).setValue(tooLong);
        tablet.test(add).click();
        assertThat(hard.isInvalid()).isTrue();
        assertThat(hard.getErrorMessage()).contains("2000");
        assertThat(hard.getValue()).isEqualTo(tooLong);
    }

    @Test
    void the_projector_shows_a_board_key_points_first_without_names_or_tools_and_the_overview_shows_agencies() {
        Caller.Participant police = events.join(events.secretsFor(owner, event.id()).displayJoinCode(), "Sergeant",
                "POL", "Pat Example", "client-p");
        BreakoutGroup group = breakouts.createGroups(owner, event.id(), List.of("Neglect")).getFirst();
        breakouts.balanceAcrossAgencies(owner, event.id());
        breakouts.addPoint(police, event.id(), group.id(), GroupPrompt.SIGNIFICANCE, "An ordinary point", null);
        GroupPoint key = breakouts.addPoint(police, event.id(), group.id(), GroupPrompt.SIGNIFICANCE,
                "The key point", null);
        breakouts.markKeyPoint(owner, event.id(), group.id(), key.id(), true);
        Caller.Projector projector = room.projector(event, owner);
        BrowserlessUIContext screen = app.newUser().newWindow();
        GroupBoardPanel board = new GroupBoardPanel(breakouts, timelines, projector, event,
                GroupBoardPanel.Mode.PROJECTOR, null);
        GroupsOverview overview = new GroupsOverview(breakouts, projector, event);
        screen.getUI().add(board, overview);

        board.setGroup(group.id());

        List<String> points = screen.find(ListItem.class).withClassName("rt-group-point").all().stream()
                .map(li -> li.getElement().getTextRecursively()).toList();
        assertThat(points).hasSize(2);
        assertThat(points.getFirst()).contains("The key point", "Key point");
        assertThat(screen.find(Button.class).all()).isEmpty();
        assertThat(board.getElement().getTextRecursively() + overview.getElement().getTextRecursively())
                .doesNotContain("Pat Example").contains("POL");
    }

    @Test
    void the_console_moves_a_point_to_the_learning_wall_through_the_callback_and_the_board_says_so() {
        Caller.Participant police = room.join(event, owner, "POL");
        BreakoutGroup group = breakouts.createGroups(owner, event.id(), List.of("Neglect")).getFirst();
        breakouts.balanceAcrossAgencies(owner, event.id());
        breakouts.addPoint(police, event.id(), group.id(), GroupPrompt.CONTEXT_AT_THE_TIME, "Two managers left.", null);
        List<GroupPoint> moved = new ArrayList<>();
        BrowserlessUIContext console = app.newUser().newWindow();
        GroupBoardPanel board = new GroupBoardPanel(breakouts, timelines, owner, event, GroupBoardPanel.Mode.CONSOLE,
                moved::add);
        console.getUI().add(board);
        board.setGroup(group.id());

        console.test(console.find(Button.class).withText("Move to the learning wall").single()).click();

        assertThat(moved).extracting(GroupPoint::text).containsExactly("Two managers left.");
        assertThat(breakouts.boardFor(owner, event.id(), group.id()).points().getFirst().onLearningWall()).isTrue();
        assertThat(board.getElement().getTextRecursively()).contains("On the learning wall");
        assertThat(console.find(Button.class).withText("Move to the learning wall").exists()).isFalse();
    }
}
