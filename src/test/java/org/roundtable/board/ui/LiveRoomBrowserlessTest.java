package org.roundtable.board.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.roundtable.testing.Eventually.assertEventually;

import java.util.List;

import com.vaadin.browserless.BrowserlessUIContext;
import com.vaadin.browserless.SecuredBrowserlessApplicationContext;
import com.vaadin.browserless.SpringBrowserlessApplicationContext;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.roundtable.board.Notes;
import org.roundtable.access.Caller;
import org.roundtable.event.EventPreparation;
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
 * Several people on one event, each with their own browser session, without a browser: the
 * facilitator's console, the projector and two tablets.
 */
@SpringBootTest
@ActiveProfiles("test")
@SuppressWarnings("unchecked")
class LiveRoomBrowserlessTest {

    @Autowired
    ApplicationContext spring;
    @Autowired
    TestRoom room;
    @Autowired
    LearningEvents events;
    @Autowired
    Timelines timelines;
    @Autowired
    EventPreparation preparation;
    @Autowired
    Notes notes;

    SecuredBrowserlessApplicationContext<Authentication> app;
    LearningEvent event;

    @BeforeEach
    void openTheRoom() {
        app = SpringBrowserlessApplicationContext.createSecured(spring, "org.roundtable");
        event = room.demoEvent();
    }

    @AfterEach
    void closeTheRoom() {
        app.close();
    }

    @Test
    void a_note_added_on_one_tablet_appears_on_the_projector_the_other_tablet_and_the_console() {
        BrowserlessUIContext console = app.newUser(TestRoom.FACILITATOR, "FACILITATOR").newWindow();
        console.navigate("events/" + event.id(), ConsoleView.class);
        BrowserlessUIContext projector = openProjector();
        BrowserlessUIContext police = joinOnTablet("Police", "PC, response team");
        BrowserlessUIContext health = joinOnTablet("Health Visiting", "Health visitor");

        String text = "Was the partner's history checked before the home visit?";
        BoardTaps.tap(police, "rt-add-note", 5);
        police.test(police.find(TextArea.class).withLabel("Your note").single()).setValue(text);
        police.test(police.find(Button.class).withText("Add note").single()).click();

        for (BrowserlessUIContext screen : List.of(projector, health, console)) {
            assertEventually(() -> noteTexts(screen).contains(text));
            assertThat(ShownText.notes(screen).stream().filter(note -> note.contains(text)))
                    .singleElement().asString().contains("POL", "Comment");
        }
    }

    @Test
    void the_agency_comments_reach_the_console_on_demand_and_never_the_projector_or_a_tablet() {
        String comment = timelines.commentsFor(room.facilitator(), event.id()).values().iterator().next();
        BrowserlessUIContext console = app.newUser(TestRoom.FACILITATOR, "FACILITATOR").newWindow();
        console.navigate("events/" + event.id(), ConsoleView.class);
        BrowserlessUIContext projector = openProjector();
        BrowserlessUIContext tablet = joinOnTablet("School and nursery", "Nursery manager");

        assertThat(allText(console)).doesNotContain(comment);
        console.test(console.find(Checkbox.class).withLabelContaining("agency comments").single()).click();

        assertThat(allText(console)).contains(comment);
        assertThat(allText(projector)).doesNotContain(comment);
        assertThat(allText(tablet)).doesNotContain(comment);
    }

    @Test
    void a_tap_is_acted_on_only_when_it_names_a_button_the_board_shows() {
        BrowserlessUIContext tablet = joinOnTablet("Housing", "Housing officer");
        BrowserlessUIContext projector = openProjector();

        BoardTaps.tapAction(tablet, "add-note:an-entry-this-event-does-not-have");
        BoardTaps.tapAction(tablet, "missing-event:an-entry-this-event-does-not-have");
        BoardTaps.tapAction(tablet, "delete:everything");
        BoardTaps.tapAction(projector, "add-note:" + timelines.timelineFor(room.facilitator(), event.id())
                .entries().getFirst().id());
        assertThat(tablet.find(TextArea.class).withLabel("Your note").exists()).isFalse();
        assertThat(projector.find(TextArea.class).withLabel("Your note").exists()).isFalse();

        BoardTaps.tap(tablet, "rt-add-note", 2);
        assertThat(tablet.find(TextArea.class).withLabel("Your note").exists()).isTrue();
    }

    @Test
    void a_note_over_the_limit_is_refused_with_a_message_and_the_typed_text_stays_in_the_field() {
        BrowserlessUIContext tablet = joinOnTablet("Housing", "Housing officer");
        String tooLong = "a".repeat(Notes.MAX_LENGTH + 1);

        BoardTaps.tap(tablet, "rt-add-note", 0);
        TextArea field = tablet.find(TextArea.class).withLabel("Your note").single();
        tablet.test(field).setValue(tooLong);
        tablet.test(tablet.find(Button.class).withText("Add note").single()).click();

        assertThat(field.isInvalid()).isTrue();
        assertThat(field.getErrorMessage()).contains("2000");
        assertThat(field.getValue()).isEqualTo(tooLong);
        assertThat(field.isAttached()).isTrue();
    }

    @Test
    void the_genogram_reaches_the_projector_only_while_the_facilitator_chooses_to_show_it() throws Exception {
        Caller.Account owner = room.anotherFacilitator();
        LearningEvent own = room.newEvent(owner, "Child F");
        var image = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(40, 20, java.awt.image.BufferedImage.TYPE_INT_RGB),
                "png", image);
        preparation.uploadGenogram(owner, own.id(), "family.png", image.toByteArray());
        BrowserlessUIContext projector = app.newUser().newWindow();
        projector.navigate("projector/" + events.secretsFor(owner, own.id()).projectorToken(), ProjectorView.class);

        assertThat(projector.find(Image.class).withClassName("rt-qr").exists()).isTrue();
        assertThat(projector.find(Image.class).withCondition(i -> "family.png".equals(i.getElement()
                .getAttribute("name")) || i.getAlt().orElse("").startsWith("Genogram")).exists()).isFalse();

        preparation.showGenogramOnProjector(owner, own.id(), true);
        assertEventually(() -> projector.find(Image.class).withCondition(i -> i.getAlt().orElse("").startsWith("Genogram"))
                .exists());

        preparation.showGenogramOnProjector(owner, own.id(), false);
        assertEventually(() -> !projector.find(Image.class).withCondition(i -> i.getAlt().orElse("").startsWith("Genogram"))
                .exists());
    }

    @Test
    void a_hindsight_note_is_marked_in_words_and_leaves_the_projector_when_the_facilitator_hides_hindsight() {
        Caller.Account owner = room.anotherFacilitator();
        LearningEvent own = room.newEvent(owner, "Child D");
        BrowserlessUIContext tablet = joinOnTablet(events.secretsFor(owner, own.id()).displayJoinCode(), "Police",
                "PC");
        BrowserlessUIContext projector = app.newUser().newWindow();
        projector.navigate("projector/" + events.secretsFor(owner, own.id()).projectorToken(), ProjectorView.class);

        BoardTaps.tap(tablet, "rt-add-gap-note", 0);
        tablet.test((RadioButtonGroup<Object>) tablet.find(RadioButtonGroup.class).withLabel("Is this").single())
                .selectItem("With hindsight");
        tablet.test(tablet.find(TextArea.class).withLabel("Your note").single()).setValue("We know now it escalated.");
        tablet.test(tablet.find(Button.class).withText("Add note").single()).click();

        assertEventually(() -> noteTexts(projector).contains("We know now it escalated."));
        assertThat(noteTexts(projector)).contains("With hindsight");

        notes.showHindsightOnProjector(owner, own.id(), false);

        assertEventually(() -> !noteTexts(projector).contains("We know now it escalated."));
        assertThat(noteTexts(tablet)).contains("We know now it escalated.");
    }

    @Test
    void a_wrong_join_code_gets_a_clear_message() {
        BrowserlessUIContext phone = app.newUser().newWindow();
        phone.navigate("join/ZZZZ-ZZZZ", Component.class);

        assertThat(allText(phone)).contains("That code does not open a learning event");
        assertThat(phone.find(TextField.class).withLabel("Your role").exists()).isFalse();
    }

    private BrowserlessUIContext openProjector() {
        String token = events.secretsFor(room.facilitator(), event.id()).projectorToken();
        BrowserlessUIContext projector = app.newUser().newWindow();
        projector.navigate("projector/" + token, ProjectorView.class);
        return projector;
    }

    @SuppressWarnings("unchecked")
    private BrowserlessUIContext joinOnTablet(String agencyName, String role) {
        return joinOnTablet(room.joinCode(event), agencyName, role);
    }

    private BrowserlessUIContext joinOnTablet(String joinCode, String agencyName, String role) {
        BrowserlessUIContext tablet = app.newUser().newWindow();
        tablet.navigate("join/" + joinCode, Component.class);
        tablet.test(tablet.find(TextField.class).withLabel("Your role").single()).setValue(role);
        RadioButtonGroup<Object> agency = tablet.find(RadioButtonGroup.class).single();
        tablet.test(agency).selectItem(agencyName);
        tablet.test(tablet.find(Button.class).withText("Join").single()).click();
        assertThat(tablet.getCurrentView()).isInstanceOf(TabletView.class);
        assertThat(tablet.find(Span.class).withClassName("rt-you").single().getText()).contains(agencyName);
        return tablet;
    }

    private static String noteTexts(BrowserlessUIContext screen) {
        return String.join("\n", ShownText.notes(screen));
    }

    private static String allText(BrowserlessUIContext screen) {
        screen.find(Component.class).all();
        return ShownText.of(screen.getCurrentView().getElement());
    }

}
