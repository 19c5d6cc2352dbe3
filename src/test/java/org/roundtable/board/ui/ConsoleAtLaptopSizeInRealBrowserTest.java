package org.roundtable.board.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.BoundingBox;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.roundtable.access.Accounts;
import org.roundtable.access.Caller;
import org.roundtable.e2e.Chromium;
import org.roundtable.event.EventPreparation;
import org.roundtable.event.LearningEvent;
import org.roundtable.event.LearningEvents;
import org.roundtable.event.NewLearningEvent;
import org.roundtable.event.RoomStages;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The facilitator's console on a 1366×768 laptop in a real browser: the page does not scroll,
 * the stage, the timer, the moving buttons and the work areas are in view, and the keys work on
 * the console but not while the facilitator types in a field.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class ConsoleAtLaptopSizeInRealBrowserTest {

    private static final Path STORE_DIR = freshStoreDirectory();
    private static final int WIDTH = 1366;
    private static final int HEIGHT = 768;

    @DynamicPropertySource
    static void app(DynamicPropertyRegistry registry) {
        registry.add("roundtable.store.file", () -> STORE_DIR.resolve("roundtable.db").toString());
        registry.add("roundtable.cluster.name", () -> "e2e-console-" + UUID.randomUUID());
    }

    @LocalServerPort
    private int port;
    @Value("${roundtable.access.admin-username}")
    private String facilitatorName;
    @Value("${roundtable.access.admin-password}")
    private String password;
    @Autowired
    private Accounts accounts;
    @Autowired
    private LearningEvents events;
    @Autowired
    private RoomStages stages;
    @Autowired
    private EventPreparation preparation;

    private Playwright playwright;
    private Browser browser;
    private BrowserContext context;

    @BeforeEach
    void startTheBrowser() {
        Chromium.requireInstalled();
        PlaywrightAssertions.setDefaultAssertionTimeout(15_000);
        playwright = Chromium.playwright();
        browser = Chromium.launch(playwright);
        context = browser.newContext(new Browser.NewContextOptions().setViewportSize(WIDTH, HEIGHT)
                .setLocale("en-GB").setTimezoneId("Europe/London"));
        context.setDefaultTimeout(20_000);
    }

    @AfterEach
    void closeTheBrowser() {
        context.close();
        browser.close();
        playwright.close();
    }

    @Test
    void the_day_runs_from_one_screen_at_1366_by_768_and_the_keys_leave_typing_alone() {
        Caller.Account facilitator = accounts.byUsername(facilitatorName).orElseThrow();
        LearningEvent event = events.create(facilitator, new NewLearningEvent("Child L", LocalDate.of(2026, 11, 30),
                "Room 1", List.of(new NewLearningEvent.AgencyName("Police", "POL"),
                        new NewLearningEvent.AgencyName("Health Visiting", "HV"))));
        Page console = context.newPage();
        signIn(console);
        console.navigate(baseUrl() + "/events/" + event.id());
        Locator next = console.locator(".rt-stage-moving vaadin-button[aria-keyshortcuts=N]");
        assertThat(next).hasText("Start the first stage");

        // Nothing has the focus when the console opens: a key moves the day on at once.
        console.keyboard().press("n");
        assertThat(next).hasText("Next stage");
        assertThat(console.locator(".rt-stage-position")).hasText("Stage 1 of " + agendaLength(facilitator, event));
        Assertions.assertThat(stages.stateFor(facilitator, event.id()).stageIndex()).isZero();

        Number pageHeight = (Number) console.evaluate("document.documentElement.scrollHeight");
        Assertions.assertThat(pageHeight.intValue()).as("the page does not scroll").isLessThanOrEqualTo(HEIGHT);
        for (Locator inView : List.of(next, console.locator(".rt-stage-timer"), console.locator(".rt-stage-title"),
                console.locator(".rt-stage-timing vaadin-button").first(),
                console.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Triage")),
                console.locator(".rt-console-work"), console.locator(".rt-join-code"))) {
            BoundingBox box = inView.boundingBox();
            Assertions.assertThat(box).isNotNull();
            Assertions.assertThat(box.y + box.height).as("in view at the bottom").isLessThanOrEqualTo(HEIGHT);
            Assertions.assertThat(box.x + box.width).as("in view at the right").isLessThanOrEqualTo(WIDTH);
        }

        // Typing an "n" into a field types it; the stage stays.
        console.locator(".rt-stage-running vaadin-button", new Page.LocatorOptions().setHasText("Pause and summarise"))
                .click();
        Locator summary = console.locator(".rt-stage-pause-panel textarea");
        summary.click();
        console.keyboard().type("nnp");
        assertThat(summary).hasValue("nnp");
        assertThat(console.locator(".rt-stage-position")).hasText("Stage 1 of " + agendaLength(facilitator, event));
        Assertions.assertThat(stages.stateFor(facilitator, event.id()).stageIndex()).isZero();
    }

    private int agendaLength(Caller.Account facilitator, LearningEvent event) {
        return preparation.agendaFor(facilitator, event.id()).size();
    }

    private void signIn(Page page) {
        page.navigate(baseUrl() + "/login");
        page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("User name")).fill(facilitatorName);
        page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Password")).fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Learning events")))
                .isVisible();
    }

    private String baseUrl() {
        return "http://localhost:" + port;
    }

    private static Path freshStoreDirectory() {
        try {
            Path parent = Files.createDirectories(Path.of("target", "test-data"));
            return Files.createTempDirectory(parent, "e2e-console-").toAbsolutePath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
