package org.roundtable.event.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.stream.Collectors;

import com.vaadin.browserless.BrowserlessUIContext;
import com.vaadin.browserless.SecuredBrowserlessApplicationContext;
import com.vaadin.browserless.SpringBrowserlessApplicationContext;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasText;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.roundtable.access.Caller;
import org.roundtable.event.EventPreparation;
import org.roundtable.event.LearningEvent;
import org.roundtable.event.LearningEvents;
import org.roundtable.shared.LanguageChoice;
import org.roundtable.shared.Texts;
import org.roundtable.testing.TestRoom;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.Authentication;
import org.springframework.test.context.ActiveProfiles;

/**
 * The event's screens in Welsh: the setup screen for a facilitator whose screen speaks Welsh, where
 * the event's default language is chosen; and the join page, which speaks the event's default
 * once the join code is known.
 */
@SpringBootTest
@ActiveProfiles("test")
class EventInWelshBrowserlessTest {

    @Autowired
    ApplicationContext spring;
    @Autowired
    TestRoom room;
    @Autowired
    LearningEvents events;
    @Autowired
    EventPreparation preparation;

    SecuredBrowserlessApplicationContext<Authentication> app;
    Caller.Account facilitator;
    LearningEvent event;

    @BeforeEach
    void anEvent() {
        app = SpringBrowserlessApplicationContext.createSecured(spring, "org.roundtable");
        facilitator = room.facilitator();
        event = room.newEvent(facilitator, "Plentyn " + System.nanoTime() % 100_000);
    }

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    void the_setup_screen_speaks_welsh_and_sets_the_events_default_language() {
        BrowserlessUIContext ui = app.newUser(TestRoom.FACILITATOR, "FACILITATOR").newWindow();
        ui.getUI().setLocale(Texts.WELSH);
        ui.navigate("events/" + event.id() + "/prepare", PrepareView.class);

        assertThat(ui.find(H1.class).single().getText()).isEqualTo("Paratoi: " + event.pseudonym());
        assertThat(ui.find(H2.class).withText("Y digwyddiad").exists()).isTrue();
        assertThat(ui.find(TextField.class).withLabel("Ffugenw'r achos").exists()).isTrue();
        assertThat(ui.find(TextField.class).withLabel("Case pseudonym").exists()).isFalse();
        assertThat(ui.find(Button.class).withText("Cadw manylion y digwyddiad").exists()).isTrue();
        assertThat(ui.find(Button.class).withText("Save event details").exists()).isFalse();
        assertThat(ui.find(LanguageChoice.class).single().getValue()).isEqualTo(Texts.WELSH);
        String texts = texts(ui);
        assertThat(texts).contains("Agor y consol").doesNotContain("Open the console");

        @SuppressWarnings("unchecked")
        Select<Locale> language = ui.find(Select.class).withLabel("Iaith sgriniau'r digwyddiad").single();
        assertThat(language.getValue()).isEqualTo(Texts.ENGLISH);
        ui.test(language).selectItem("Cymraeg");
        ui.test(ui.find(Button.class).withText("Cadw manylion y digwyddiad").single()).click();

        assertThat(shown(ui, "rt-saved")).anyMatch(text -> text.startsWith("Wedi'i gadw am"));
        assertThat(events.language(facilitator, event.id())).isEqualTo(Texts.WELSH);
        ui.navigate("", EventsView.class);
        ui.navigate("events/" + event.id() + "/prepare", PrepareView.class);
        assertThat(ui.find(Select.class).withLabel("Iaith sgriniau'r digwyddiad").single().getValue())
                .isEqualTo(Texts.WELSH);
    }

    @Test
    void a_refusal_on_the_setup_screen_reads_in_welsh() {
        BrowserlessUIContext ui = app.newUser(TestRoom.FACILITATOR, "FACILITATOR").newWindow();
        ui.getUI().setLocale(Texts.WELSH);
        ui.navigate("events/" + event.id() + "/prepare", PrepareView.class);

        ui.test(ui.find(TextField.class).withLabel("Ffugenw'r achos").single()).setValue("  ");
        ui.test(ui.find(Button.class).withText("Cadw manylion y digwyddiad").single()).click();

        assertThat(shown(ui, "rt-error")).contains("Mae angen llenwi hwn: Ffugenw'r achos.");
    }

    @Test
    void the_join_page_speaks_the_events_default_once_the_code_is_known() {
        preparation.changeLanguage(facilitator, event.id(), Texts.WELSH);
        BrowserlessUIContext tablet = app.newUser().newWindow();
        tablet.getUI().setLocale(Texts.ENGLISH);
        tablet.navigate("join", JoinView.class);
        assertThat(tablet.find(H1.class).single().getText()).isEqualTo("Join the learning event");

        tablet.test(tablet.find(TextField.class).withLabel("Join code").single()).setValue(room.joinCode(event));
        tablet.test(tablet.find(Button.class).withText("Next").single()).click();

        assertThat(tablet.getUI().getLocale()).isEqualTo(Texts.WELSH);
        assertThat(tablet.find(H1.class).single().getText()).isEqualTo("Ymuno â'r digwyddiad dysgu");
        assertThat(tablet.find(TextField.class).withLabel("Eich rôl").exists()).isTrue();
        assertThat(tablet.find(TextField.class).withLabel("Your role").exists()).isFalse();
        assertThat(tablet.find(RadioButtonGroup.class).single().getLabel()).isEqualTo("Eich asiantaeth");
        assertThat(tablet.find(LanguageChoice.class).single().getValue()).isEqualTo(Texts.WELSH);

        tablet.test(tablet.find(Button.class).withText("Ymuno").single()).click();
        assertThat(tablet.find(Component.class).withClassName("rt-error").single().getElement().getText())
                .isEqualTo("Mae angen llenwi hwn: Eich rôl.");
    }

    @Test
    void a_join_link_with_the_code_opens_in_the_events_default_and_a_wrong_code_is_refused_in_the_browsers() {
        preparation.changeLanguage(facilitator, event.id(), Texts.WELSH);
        BrowserlessUIContext tablet = app.newUser().newWindow();
        tablet.getUI().setLocale(Texts.ENGLISH);
        tablet.navigate("join/" + room.joinCode(event), JoinView.class);
        assertThat(tablet.find(TextField.class).withLabel("Eich rôl").exists()).isTrue();

        BrowserlessUIContext other = app.newUser().newWindow();
        other.getUI().setLocale(Texts.WELSH);
        other.navigate("join", JoinView.class);
        other.test(other.find(TextField.class).withLabel("Cod ymuno").single()).setValue("ZZZZ-ZZZZ");
        other.test(other.find(Button.class).withText("Nesaf").single()).click();
        assertThat(other.find(Component.class).withClassName("rt-error").single().getElement().getText())
                .startsWith("Nid yw'r cod hwnnw'n agor digwyddiad dysgu.");
    }

    private static java.util.List<String> shown(BrowserlessUIContext ui, String className) {
        return ui.find(Component.class).withClassName(className).all().stream()
                .map(component -> component.getElement().getText()).toList();
    }

    private static String texts(BrowserlessUIContext ui) {
        return ui.find(Component.class).all().stream()
                .filter(HasText.class::isInstance)
                .map(component -> ((HasText) component).getText())
                .collect(Collectors.joining("\n"));
    }
}
