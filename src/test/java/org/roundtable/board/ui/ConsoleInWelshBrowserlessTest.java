package org.roundtable.board.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.BrowserlessUIContext;
import com.vaadin.browserless.SecuredBrowserlessApplicationContext;
import com.vaadin.browserless.SpringBrowserlessApplicationContext;
import com.vaadin.browserless.mocks.MockRequest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServletRequest;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.roundtable.event.LearningEvent;
import org.roundtable.shared.LanguageChoice;
import org.roundtable.shared.Texts;
import org.roundtable.testing.TestRoom;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.Authentication;
import org.springframework.test.context.ActiveProfiles;

/**
 * A facilitator who chose Cymraeg on this device runs the day from a console in Welsh: its
 * header, stage controls, work areas, keys help and triage queue, without a browser.
 */
@SpringBootTest
@ActiveProfiles("test")
class ConsoleInWelshBrowserlessTest {

    @Autowired
    ApplicationContext spring;
    @Autowired
    TestRoom room;

    SecuredBrowserlessApplicationContext<Authentication> app;
    LearningEvent event;
    BrowserlessUIContext console;

    @BeforeEach
    void openTheConsoleInWelsh() {
        app = SpringBrowserlessApplicationContext.createSecured(spring, "org.roundtable");
        event = room.newEvent(room.facilitator(), "Plentyn W");
        console = app.newUser(TestRoom.FACILITATOR, "FACILITATOR").newWindow();
        console.activate();
        // As LanguageChoice leaves it: the cookie, and the page shown again in Welsh.
        ((MockRequest) ((VaadinServletRequest) VaadinRequest.getCurrent()).getRequest())
                .addCookie(new Cookie(LanguageChoice.COOKIE, "cy"));
        UI.getCurrent().setLocale(Texts.WELSH);
        console.navigate("events/" + event.id(), ConsoleView.class);
    }

    @AfterEach
    void closeTheConsole() {
        app.close();
    }

    @Test
    void the_console_speaks_welsh_to_a_facilitator_who_chose_cymraeg() {
        String shown = text();
        assertThat(shown).contains("Dechrau'r cam cyntaf", "Bydd y digwyddiad dysgu yn dechrau cyn bo hir",
                "Oedi a chrynhoi", "Agenda", "Brysbennu", "Wal ddysgu", "Cau'r digwyddiad", "Llwybrau byr bysellfwrdd",
                "Cam nesaf (neu ddechrau'r cam cyntaf)", "Ar agor", "0 wedi ymuno");
        assertThat(shown).doesNotContain("Start the first stage", "The learning event starts soon",
                "Pause and summarise", "Close the event", "Keyboard shortcuts");
        assertThat(console.find(Tabs.class).withClassName("rt-console-areas").single().getChildren()
                .map(tab -> tab.getElement().getTextRecursively()).toList()).containsExactly("Llinell amser",
                "Brysbennu", "Ystafell", "Profiad bywyd", "Grwpiau", "Wal ddysgu", "Dadansoddiad", "Gwerthusiad");
        assertThat(console.find(LanguageChoice.class).single().getValue()).isEqualTo(Texts.WELSH);
        assertThat(console.find(StageControls.class).single().next.getElement().getAttribute("title"))
                .isEqualTo("Cam nesaf (bysell: N)");
    }

    @Test
    void the_running_stage_and_the_triage_queue_read_in_welsh() {
        console.test(console.find(Button.class).withText("Dechrau'r cam cyntaf").single()).click();
        assertThat(text()).contains("Cam 1 o ", "Cam nesaf", "Nawr", "Mynd i");

        console.test(console.find(Tabs.class).withClassName("rt-console-areas").single()).select("Brysbennu");
        String triage = console.find(TriageQueue.class).single().getElement().getTextRecursively();
        assertThat(triage).contains("Brysbennu", "Does dim yn aros", "Does dim nodyn yn aros am benderfyniad.");
        assertThat(triage).doesNotContain("Nothing waiting", "No note waits for a decision.");
    }

    private String text() {
        console.find(Component.class).all();
        return console.getCurrentView().getElement().getTextRecursively();
    }
}
