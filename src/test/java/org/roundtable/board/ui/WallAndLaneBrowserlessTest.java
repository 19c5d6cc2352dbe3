package org.roundtable.board.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import com.vaadin.browserless.BrowserlessUIContext;
import com.vaadin.browserless.SecuredBrowserlessApplicationContext;
import com.vaadin.browserless.SpringBrowserlessApplicationContext;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.roundtable.access.Caller;
import org.roundtable.board.LearningPointKind;
import org.roundtable.board.LearningTheme;
import org.roundtable.board.LearningWall;
import org.roundtable.board.LivedExperience;
import org.roundtable.board.LivedExperienceEntry;
import org.roundtable.event.LearningEvent;
import org.roundtable.testing.TestRoom;
import org.roundtable.timeline.Timelines;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.Authentication;
import org.springframework.test.context.ActiveProfiles;

/** The learning wall panel and the lived experience lane on a tablet and the projector, without a browser. */
@SpringBootTest
@ActiveProfiles("test")
class WallAndLaneBrowserlessTest {

    @Autowired
    ApplicationContext spring;
    @Autowired
    TestRoom room;
    @Autowired
    Timelines timelines;
    @Autowired
    LearningWall wall;
    @Autowired
    LivedExperience lived;

    SecuredBrowserlessApplicationContext<Authentication> app;
    Caller.Account owner;
    LearningEvent event;
    Caller.Participant police;
    Caller.Projector projector;

    @BeforeEach
    void aRoom() {
        app = SpringBrowserlessApplicationContext.createSecured(spring, "org.roundtable");
        owner = room.anotherFacilitator();
        event = room.newEvent(owner, "Child T");
        police = room.join(event, owner, "POL");
        projector = room.projector(event, owner);
    }

    @AfterEach
    void closeTheRoom() {
        app.close();
    }

    @Test
    void a_participant_votes_on_the_tablet_and_the_projector_shows_totals_only_once_voting_closes() {
        wall.add(police, event.id(), LearningPointKind.SYSTEMS, "Supervision did not ask about the baby.", List.of());
        LearningTheme theme = wall.createTheme(owner, event.id(), "Supervision");
        wall.openVoting(owner, event.id(), 2, false);
        BrowserlessUIContext tablet = screen(() -> new LearningWallPanel(wall, timelines, police, event,
                LearningWallPanel.Mode.TABLET));
        LearningWallPanel onProjector = new LearningWallPanel(wall, timelines, projector, event,
                LearningWallPanel.Mode.PROJECTOR);
        BrowserlessUIContext room = screen(() -> onProjector);

        assertThat(text(tablet, Paragraph.class, "rt-wall-ballot")).isEqualTo("You have 2 of 2 votes left");
        tablet.test(tablet.find(Button.class).withClassName("rt-wall-vote").single()).click();

        assertThat(text(tablet, Paragraph.class, "rt-wall-ballot")).isEqualTo("You have 1 of 2 votes left");
        room.activate();
        onProjector.refresh();
        assertThat(room.find(Span.class).withClassName("rt-wall-votes").exists()).isFalse();

        wall.closeVoting(owner, event.id());
        onProjector.refresh();
        assertThat(text(room, Span.class, "rt-wall-votes")).isEqualTo("1 vote");
        assertThat(theme.title()).isEqualTo("Supervision");
    }

    @Test
    void an_over_long_entry_in_the_lane_is_refused_and_the_typed_text_stays_in_the_field() {
        lived.addPeriod(owner, event.id(), "At Nan's flat", null, null);
        BrowserlessUIContext tablet = screen(() -> new LivedExperienceLane(lived, police, event,
                LivedExperienceLane.Mode.TABLET));
        String tooLong = "a".repeat(LivedExperienceEntry.MAX_LENGTH + 1);

        tablet.test(tablet.find(Button.class).withClassName("rt-lived-write").single()).click();
        TextArea field = tablet.find(TextArea.class).single();
        tablet.test(field).setValue(tooLong);
        tablet.test(tablet.find(Button.class).withText("Add").single()).click();

        assertThat(field.isInvalid()).isTrue();
        assertThat(field.getErrorMessage()).contains("1000");
        assertThat(field.getValue()).isEqualTo(tooLong);
    }

    @Test
    void the_projectors_lane_shows_the_age_bands_but_no_day_that_gives_away_the_date_of_birth() {
        lived.generateByAge(owner, event.id(), LocalDate.of(2019, 3, 14));
        LivedExperienceLane onProjector = new LivedExperienceLane(lived, projector, event,
                LivedExperienceLane.Mode.PROJECTOR);
        LivedExperienceLane onConsole = new LivedExperienceLane(lived, owner, event, LivedExperienceLane.Mode.CONSOLE);
        BrowserlessUIContext room = screen(() -> onProjector);

        String shown = onProjector.getElement().getTextRecursively();
        assertThat(shown).contains("0–6 months", "6–12 months").doesNotContain("2019", "Mar");
        assertThat(room.find(Button.class).withClassName("rt-lived-write").exists()).isFalse();
        screen(() -> onConsole);
        assertThat(onConsole.getElement().getTextRecursively()).contains("14 Mar 2019");
    }

    private BrowserlessUIContext screen(java.util.function.Supplier<Component> part) {
        BrowserlessUIContext ui = app.newUser().newWindow();
        ui.activate();
        ui.getUI().add(part.get());
        return ui;
    }

    private static String text(BrowserlessUIContext ui, Class<? extends Component> type, String className) {
        return ui.find(type).withClassName(className).single().getElement().getText();
    }
}
