package org.roundtable.board.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.roundtable.testing.Eventually.assertEventually;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.vaadin.browserless.BrowserlessUIContext;
import com.vaadin.browserless.SecuredBrowserlessApplicationContext;
import com.vaadin.browserless.SpringBrowserlessApplicationContext;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasText;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.dom.Element;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.roundtable.access.Caller;
import org.roundtable.board.BreakoutGroups;
import org.roundtable.board.LearningPointKind;
import org.roundtable.board.LearningWall;
import org.roundtable.event.LearningEvent;
import org.roundtable.event.LearningEvents;
import org.roundtable.event.NewLearningEvent;
import org.roundtable.event.RoomStages;
import org.roundtable.event.RoomView;
import org.roundtable.testing.TestRoom;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.Authentication;
import org.springframework.test.context.ActiveProfiles;

/**
 * Text that would be script if a screen rendered it as HTML, typed where people type: a note on a
 * tablet, a role, a pseudonym, an agency's name, a group's theme, a learning point. Every screen
 * holds it as text: the very string, and no element made from it.
 */
@SpringBootTest
@ActiveProfiles("test")
@SuppressWarnings("unchecked")
class HostileTextBrowserlessTest {

    /** Markup that runs script as soon as it is parsed, an attribute break-out, a script URL. */
    static final List<String> HOSTILE = List.of(
            "<img src=x onerror=alert(1)>",
            "<script>alert(document.cookie)</script>",
            "\"><svg onload=alert(1)>",
            "javascript:alert(1)");

    @Autowired
    ApplicationContext spring;
    @Autowired
    TestRoom room;
    @Autowired
    LearningEvents events;
    @Autowired
    BreakoutGroups groups;
    @Autowired
    LearningWall wall;
    @Autowired
    RoomStages stages;

    SecuredBrowserlessApplicationContext<Authentication> app;
    Caller.Account owner;
    LearningEvent event;

    @BeforeEach
    void openARoomWithAHostileNameAndAgency() {
        app = SpringBrowserlessApplicationContext.createSecured(spring, "org.roundtable");
        owner = room.anotherFacilitator();
        event = events.create(owner, new NewLearningEvent("Child <svg onload=alert(1)>", LocalDate.of(2026, 11, 30),
                "Room 1", List.of(new NewLearningEvent.AgencyName("<img src=x onerror=alert(1)>", "IMG"),
                        new NewLearningEvent.AgencyName("Police", "POL"))));
    }

    @AfterEach
    void closeTheRoom() {
        app.close();
    }

    @Test
    void hostile_notes_typed_on_a_tablet_are_held_as_text_on_the_projector_the_console_and_the_tablet() {
        BrowserlessUIContext tablet = joinOnTablet("Police", "PC");
        BrowserlessUIContext projector = openProjector();
        BrowserlessUIContext console = app.newUser(owner.username(), "FACILITATOR").newWindow();
        console.navigate("events/" + event.id(), ConsoleView.class);

        for (String hostile : HOSTILE) {
            BoardTaps.tap(tablet, "rt-add-gap-note", 0);
            tablet.test(tablet.find(TextArea.class).withLabel("Your note").single()).setValue(hostile);
            tablet.test(tablet.find(Button.class).withText("Add note").single()).click();
        }

        for (BrowserlessUIContext screen : List.of(projector, console, tablet)) {
            assertEventually(() -> noteTexts(screen).containsAll(HOSTILE));
            assertNoElementMadeFromText(screen);
        }
    }

    @Test
    void a_hostile_role_pseudonym_and_agency_name_are_shown_as_typed() {
        String role = "<img src=x onerror=alert(1)>";
        BrowserlessUIContext tablet = joinOnTablet("<img src=x onerror=alert(1)>", role);
        BrowserlessUIContext projector = openProjector();
        stages.show(owner, event.id(), RoomView.ROOM_LIST, null);

        assertEventually(() -> texts(projector, "rt-room-role").contains(role));
        assertThat(allText(projector)).contains("Child <svg onload=alert(1)>");
        assertThat(tablet.find(Component.class).withClassName("rt-you").single().getElement().getText())
                .isEqualTo(role + " · <img src=x onerror=alert(1)>");
        assertNoElementMadeFromText(projector);
        assertNoElementMadeFromText(tablet);
    }

    @Test
    void a_hostile_group_theme_and_learning_point_reach_the_projector_as_text() {
        String theme = "\"><svg onload=alert(1)>";
        String point = "<script>alert(document.cookie)</script>";
        BrowserlessUIContext projector = openProjector();
        groups.createGroups(owner, event.id(), List.of(theme));
        stages.show(owner, event.id(), RoomView.GROUPS, null);
        assertEventually(() -> allText(projector).contains(theme));
        assertNoElementMadeFromText(projector);

        wall.add(owner, event.id(), LearningPointKind.INTER_AGENCY, point, List.of());
        stages.show(owner, event.id(), RoomView.LEARNING_WALL, null);

        assertEventually(() -> texts(projector, "rt-wall-point-text").contains(point));
        assertNoElementMadeFromText(projector);
    }

    /**
     * No element a hostile string would make if parsed as HTML: no script or SVG, no image of
     * {@code x}, no event-handler attribute, no script URL; and where the board hands the browser
     * an HTML fragment, none in what the browser parses from it either.
     */
    private static void assertNoElementMadeFromText(BrowserlessUIContext screen) {
        screen.roundTrip();
        List<Element> elements = everyElement(screen);
        assertThat(elements).as("elements on the screen").hasSizeGreaterThan(10);
        for (Element element : elements) {
            if (element.isTextNode()) {
                continue;
            }
            String tag = element.getTag().toLowerCase(Locale.ROOT);
            Map<String, String> attributes = new HashMap<>();
            element.getAttributeNames().forEach(name -> attributes.put(name, String.valueOf(element.getAttribute(name))));
            assertHarmless(tag, attributes);
            assertThat(element.getPropertyNames().toList()).as("properties of <%s>", tag).doesNotContain("outerHTML");
            if (element.hasProperty("innerHTML")) {
                for (org.jsoup.nodes.Element parsed : Jsoup.parseBodyFragment(element.getProperty("innerHTML", ""))
                        .body().children().select("*")) {
                    Map<String, String> parsedAttributes = new HashMap<>();
                    parsed.attributes().forEach(attribute -> parsedAttributes.put(attribute.getKey(), attribute.getValue()));
                    assertHarmless(parsed.tagName(), parsedAttributes);
                }
            }
        }
    }

    private static void assertHarmless(String tag, Map<String, String> attributes) {
        assertThat(tag).as("an element's tag").isNotIn("script", "svg");
        attributes.forEach((name, value) -> {
            assertThat(name).as("an attribute of <%s>", tag).doesNotStartWithIgnoringCase("on");
            assertThat(value).as("%s of <%s>", name, tag).doesNotStartWithIgnoringCase("javascript:");
        });
        if (tag.equals("img")) {
            assertThat(attributes.get("src")).as("an image's source").isNotEqualTo("x");
        }
    }

    /** The elements of every component on the screen (dialogs included) and the plain elements under them. */
    private static List<Element> everyElement(BrowserlessUIContext screen) {
        Set<Element> all = new LinkedHashSet<>();
        screen.find(Component.class).all().forEach(component -> addWithChildren(component.getElement(), all));
        return List.copyOf(all);
    }

    private static void addWithChildren(Element element, Set<Element> all) {
        if (all.add(element)) {
            element.getChildren().forEach(child -> addWithChildren(child, all));
        }
    }

    private static String allText(BrowserlessUIContext screen) {
        screen.find(Component.class).all();
        return ShownText.of(screen.getCurrentView().getElement());
    }

    /** The texts of the notes, exactly as the browser would parse them from the board's fragments. */
    private static List<String> noteTexts(BrowserlessUIContext screen) {
        return screen.find(TimelineBoard.class).all().stream()
                .flatMap(board -> ShownText.inFragments(board.getElement(), "rt-note-text").stream()).toList();
    }

    private static List<String> texts(BrowserlessUIContext screen, String className) {
        return screen.find(Component.class).withClassName(className).all().stream()
                .map(component -> component instanceof HasText text ? text.getText()
                        : component.getElement().getText())
                .toList();
    }

    private BrowserlessUIContext openProjector() {
        BrowserlessUIContext projector = app.newUser().newWindow();
        projector.navigate("projector/" + events.secretsFor(owner, event.id()).projectorToken(), ProjectorView.class);
        return projector;
    }

    private BrowserlessUIContext joinOnTablet(String agencyName, String role) {
        BrowserlessUIContext tablet = app.newUser().newWindow();
        tablet.navigate("join/" + events.secretsFor(owner, event.id()).displayJoinCode(), Component.class);
        tablet.test(tablet.find(TextField.class).withLabel("Your role").single()).setValue(role);
        RadioButtonGroup<Object> agency = tablet.find(RadioButtonGroup.class).single();
        tablet.test(agency).selectItem(agencyName);
        tablet.test(tablet.find(Button.class).withText("Join").single()).click();
        assertThat(tablet.getCurrentView()).isInstanceOf(TabletView.class);
        return tablet;
    }
}
