package org.roundtable.board.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import com.vaadin.browserless.BrowserlessUIContext;
import com.vaadin.browserless.SecuredBrowserlessApplicationContext;
import com.vaadin.browserless.SpringBrowserlessApplicationContext;
import com.vaadin.browserless.internal.MockVaadin;
import com.vaadin.browserless.mocks.MockRequest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServletRequest;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.roundtable.access.Callers;
import org.roundtable.board.LivedExperience;
import org.roundtable.board.LivedPeriod;
import org.roundtable.event.LearningEvent;
import org.roundtable.event.RoomStages;
import org.roundtable.event.RoomView;
import org.roundtable.shared.LanguageChoice;
import org.roundtable.shared.Texts;
import org.roundtable.testing.TestRoom;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.Authentication;
import org.springframework.test.context.ActiveProfiles;

/**
 * The child's lived experience on a tablet and on the console in Welsh: the age bands generated
 * from the date of birth read in Welsh, a period the facilitator named reads as they typed it.
 */
@SpringBootTest
@ActiveProfiles("test")
class LivedExperienceInWelshBrowserlessTest {

    @Autowired
    ApplicationContext spring;
    @Autowired
    TestRoom room;
    @Autowired
    LivedExperience lived;
    @Autowired
    RoomStages stages;
    @Autowired
    Callers callers;

    SecuredBrowserlessApplicationContext<Authentication> app;
    LearningEvent event;

    @BeforeEach
    void ageBandsAndOneNamedPeriod() {
        app = SpringBrowserlessApplicationContext.createSecured(spring, "org.roundtable");
        event = room.newEvent(room.facilitator(), "Plentyn L");
        // the event is on 30 Nov 2026: bands up to 2–3 years
        List<LivedPeriod> bands = lived.generateByAge(room.facilitator(), event.id(), LocalDate.of(2024, 8, 10));
        LivedPeriod toddler = bands.get(2);
        lived.editPeriod(room.facilitator(), event.id(), toddler.id(), "Blwyddyn yn nhŷ Nain", toddler.from(),
                toddler.to());
        lived.addPeriod(room.facilitator(), event.id(), "At Nan's flat", null, null);
    }

    @AfterEach
    void closeTheRoom() {
        app.close();
    }

    @Test
    void a_welsh_tablet_shows_the_generated_age_bands_in_welsh_and_named_periods_as_typed() {
        stages.show(room.facilitator(), event.id(), RoomView.LIVED_EXPERIENCE, null);

        BrowserlessUIContext tablet = welshTablet();

        String shown = tablet.find(LivedExperienceLane.class).single().getElement().getTextRecursively();
        assertThat(shown).contains("Profiad bywyd y plentyn", "0–6 mis oed", "6–12 mis oed", "2–3 oed",
                "Blwyddyn yn nhŷ Nain", "At Nan's flat");
        assertThat(shown).doesNotContain("months", "years", "1–2 oed");
    }

    @Test
    void the_lived_experience_tab_of_a_welsh_console_names_the_bands_in_welsh() {
        BrowserlessUIContext console = app.newUser(TestRoom.FACILITATOR, "FACILITATOR").newWindow();
        console.activate();
        ((MockRequest) ((VaadinServletRequest) VaadinRequest.getCurrent()).getRequest())
                .addCookie(new Cookie(LanguageChoice.COOKIE, "cy"));
        UI.getCurrent().setLocale(Texts.WELSH);
        console.navigate("events/" + event.id(), ConsoleView.class);
        Tabs areas = console.find(Tabs.class).withClassName("rt-console-areas").single();
        Tab livedTab = console.find(Tab.class).all().stream()
                .filter(tab -> tab.getElement().getTextRecursively().equals("Profiad bywyd")).findFirst().orElseThrow();

        areas.setSelectedTab(livedTab);

        String shown = console.find(LivedExperienceLane.class).single().getElement().getTextRecursively();
        assertThat(shown).contains("0–6 mis oed", "6–12 mis oed", "2–3 oed", "Blwyddyn yn nhŷ Nain",
                "At Nan's flat", "10 Awst 2024");
        assertThat(shown).doesNotContain("0–6 months", "years", "Aug");
    }

    @Test
    void an_english_tablet_shows_the_same_bands_in_english() {
        stages.show(room.facilitator(), event.id(), RoomView.LIVED_EXPERIENCE, null);
        BrowserlessUIContext tablet = app.newUser().newWindow();
        callers.rememberParticipant(room.join(event, room.facilitator(), "HV"));

        tablet.navigate("room/" + event.id(), TabletView.class);

        String shown = tablet.find(LivedExperienceLane.class).single().getElement().getTextRecursively();
        assertThat(shown).contains("0–6 months", "6–12 months", "2–3 years", "Blwyddyn yn nhŷ Nain", "At Nan's flat")
                .doesNotContain("mis oed");
    }

    /** A device whose person chose Cymraeg, joined to the event and showing its tablet view. */
    private BrowserlessUIContext welshTablet() {
        var requests = MockVaadin.INSTANCE.getMockRequestFactory();
        MockVaadin.INSTANCE.setMockRequestFactory(session -> {
            MockRequest request = new MockRequest(session);
            request.addCookie(new Cookie(LanguageChoice.COOKIE, "cy"));
            return request;
        });
        try {
            BrowserlessUIContext tablet = app.newUser().newWindow();
            callers.rememberParticipant(room.join(event, room.facilitator(), "POL"));
            tablet.navigate("room/" + event.id(), TabletView.class);
            return tablet;
        } finally {
            MockVaadin.INSTANCE.setMockRequestFactory(requests);
        }
    }
}
