package org.roundtable.board.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.roundtable.testing.Eventually.assertEventually;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.vaadin.browserless.BrowserlessUIContext;
import com.vaadin.browserless.SecuredBrowserlessApplicationContext;
import com.vaadin.browserless.SpringBrowserlessApplicationContext;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.communication.UidlWriter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.roundtable.board.NoteKind;
import org.roundtable.board.NotePlace;
import org.roundtable.board.Notes;
import org.roundtable.event.LearningEvent;
import org.roundtable.event.LearningEvents;
import org.roundtable.event.RoomStages;
import org.roundtable.event.RoomView;
import org.roundtable.testing.TestRoom;
import org.roundtable.timeline.Timelines;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;

/**
 * What a note costs every screen of the room: the push a tablet and the projector get for one new
 * note carries that note and nothing they already show (no text redrawn, no countdown script sent
 * again), read from the very message Vaadin would push (its UIDL). A room of 500 screens gets
 * that push 500 times for every note, so anything else in it is paid 500 times.
 */
@SpringBootTest
@ActiveProfiles("test")
@SuppressWarnings("unchecked")
class NotePushBrowserlessTest {

    @Autowired
    ApplicationContext spring;
    @Autowired
    TestRoom room;
    @Autowired
    Notes notes;
    @Autowired
    Timelines timelines;
    @Autowired
    LearningEvents events;
    @Autowired
    RoomStages stages;

    SecuredBrowserlessApplicationContext<?> app;
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
    void a_note_reaches_a_tablet_and_the_projector_as_the_note_alone() {
        stages.show(room.facilitator(), event.id(), RoomView.TIMELINE, null);
        BrowserlessUIContext tablet = joinOnTablet();
        BrowserlessUIContext projector = app.newUser().newWindow();
        projector.navigate("projector/" + events.secretsFor(room.facilitator(), event.id()).projectorToken(),
                ProjectorView.class);
        var author = room.joinDemo("SCH");
        settle(tablet, projector);

        String entry = timelines.timelineFor(room.facilitator(), event.id()).entries().get(3).id();
        notes.add(author, event.id(), NotePlace.onEntry(entry), NoteKind.COMMENT, "Was the school told?");
        assertEventually(() -> String.join("", ShownText.notes(tablet)).contains("Was the school told?"));
        assertEventually(() -> String.join("", ShownText.notes(projector)).contains("Was the school told?"));

        for (BrowserlessUIContext screen : List.of(tablet, projector)) {
            JsonNode push = push(screen);
            assertThat(push.toString()).contains("Was the school told?");
            assertThat(redrawnOldNodes(push)).as("nodes already shown that the note's push changes again")
                    .isEmpty();
            assertThat(scripts(push)).as("scripts in the note's push").allSatisfy(js -> assertThat(js).contains("scrollIntoView"));
        }
        assertThat(scripts(push(tablet))).isEmpty();
    }

    @Test
    void a_new_stage_still_redraws_the_bar_and_restarts_the_countdown() {
        stages.moveTo(room.facilitator(), event.id(), 1);
        BrowserlessUIContext tablet = joinOnTablet();
        settle(tablet);

        stages.moveTo(room.facilitator(), event.id(), 2);
        String title = stages.stateFor(room.facilitator(), event.id()).stage().title();

        assertEventually(() -> tablet.find(com.vaadin.flow.component.html.Span.class)
                .withClassName("rt-stage-title").single().getText().equals(title));
        JsonNode push = push(tablet);
        assertThat(push.toString()).contains(title);
        assertThat(scripts(push)).anySatisfy(js -> assertThat(js).contains("rtTick"));
    }

    private BrowserlessUIContext joinOnTablet() {
        BrowserlessUIContext tablet = app.newUser().newWindow();
        tablet.navigate("join/" + room.joinCode(event), Component.class);
        tablet.test(tablet.find(TextField.class).withLabel("Your role").single()).setValue("PC");
        tablet.test((RadioButtonGroup<Object>) tablet.find(RadioButtonGroup.class).single()).selectItem("Police");
        tablet.test(tablet.find(Button.class).withText("Join").single()).click();
        assertThat(tablet.getCurrentView()).isInstanceOf(TabletView.class);
        return tablet;
    }

    /** Takes every change so far off the screens, as the pushes before the one under test would have. */
    private static void settle(BrowserlessUIContext... screens) {
        for (BrowserlessUIContext screen : screens) {
            push(screen);
        }
    }

    /** The message Vaadin would push to {@code screen} now: every change since the last one. */
    private static JsonNode push(BrowserlessUIContext screen) {
        screen.activate();
        return new UidlWriter().createUidl(screen.getUI(), true, false);
    }

    /** Nodes the push changes that it did not attach itself: things the screen already showed. */
    private static Set<Integer> redrawnOldNodes(JsonNode push) {
        Set<Integer> attached = new HashSet<>();
        Set<Integer> changed = new HashSet<>();
        for (JsonNode change : push.path("changes")) {
            if ("attach".equals(change.path("type").asString())) {
                attached.add(change.path("node").asInt());
            } else if (!"splice".equals(change.path("type").asString()) || change.has("remove")
                    || !change.has("addNodes")) {
                // Adding a new child to a list already shown is the note arriving; anything else is a redraw.
                changed.add(change.path("node").asInt());
            }
        }
        changed.removeAll(attached);
        return changed;
    }

    private static List<String> scripts(JsonNode push) {
        List<String> scripts = new ArrayList<>();
        for (JsonNode invocation : push.path("execute")) {
            scripts.add(invocation.get(invocation.size() - 1).asString());
        }
        return scripts;
    }
}
