package org.roundtable.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.roundtable.access.Accounts;
import org.roundtable.access.Caller;
import org.roundtable.board.BreakoutGroups;
import org.roundtable.board.LearningPointKind;
import org.roundtable.board.LearningWall;
import org.roundtable.event.LearningEvent;
import org.roundtable.event.LearningEvents;
import org.roundtable.event.NewLearningEvent;
import org.roundtable.event.RoomStages;
import org.roundtable.event.RoomView;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Text that is script if a screen renders it as HTML, sent from a tablet in a real browser under
 * the real Content Security Policy (which, for Vaadin, allows inline script: so nothing but
 * rendering text as text stops it). The projector and the console show it literally; no image of
 * {@code x}, no SVG or script comes of it, and no dialog opens ({@link Chromium.Faults} fails on one).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class HostileTextInRealBrowserTest {

    private static final Path STORE_DIR = TestRun.freshStoreDirectory("e2e-hostile-");
    private static final double TIMEOUT_MS = 15_000;

    private static final String IMG = "<img src=x onerror=alert(1)>";
    private static final String SCRIPT = "<script>alert(document.cookie)</script>";
    private static final String SVG = "\"><svg onload=alert(1)>";
    private static final String SCRIPT_URL = "javascript:alert(1)";
    private static final String PSEUDONYM = "Child <svg onload=alert(2)>";

    @DynamicPropertySource
    static void app(DynamicPropertyRegistry registry) {
        registry.add("roundtable.store.file", () -> STORE_DIR.resolve("roundtable.db").toString());
        registry.add("roundtable.cluster.name", () -> "e2e-hostile-" + UUID.randomUUID());
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
    private BreakoutGroups groups;
    @Autowired
    private LearningWall wall;

    private Playwright playwright;
    private Browser browser;
    private final List<BrowserContext> contexts = new ArrayList<>();
    private final Chromium.Faults faults = new Chromium.Faults();

    @BeforeEach
    void startTheBrowser() {
        Chromium.requireInstalled();
        PlaywrightAssertions.setDefaultAssertionTimeout(TIMEOUT_MS);
        playwright = Chromium.playwright();
        browser = Chromium.launch(playwright);
    }

    @AfterEach
    void closeTheBrowser() {
        contexts.forEach(BrowserContext::close);
        browser.close();
        playwright.close();
        faults.assertNone();
    }

    @Test
    void hostile_notes_role_agency_group_and_learning_point_are_shown_literally_and_nothing_runs() {
        Caller.Account facilitator = accounts.byUsername(facilitatorName).orElseThrow();
        LearningEvent event = events.create(facilitator, new NewLearningEvent(PSEUDONYM, LocalDate.of(2026, 11, 30),
                "Room 1", List.of(new NewLearningEvent.AgencyName(IMG, "IMG"),
                        new NewLearningEvent.AgencyName("Police", "POL"))));
        var secrets = events.secretsFor(facilitator, event.id());

        Page console = newPage("console");
        signIn(console);
        console.navigate(baseUrl() + "/events/" + event.id());
        assertThat(console.locator(".rt-console-header h1")).hasText(PSEUDONYM);
        Page projector = newPage("projector");
        projector.navigate(baseUrl() + "/projector/" + secrets.projectorToken());
        assertThat(projector.locator(".rt-projector-header h1")).hasText(PSEUDONYM);

        Page tablet = newPage("tablet");
        tablet.navigate(baseUrl() + "/join/" + secrets.displayJoinCode());
        tablet.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Your role")).fill(SVG);
        // The radio's name is the agency's chip and name, read as text.
        tablet.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName(IMG)).check();
        tablet.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Join").setExact(true)).click();
        tablet.waitForURL(baseUrl() + "/room/" + event.id());
        assertThat(tablet.locator(".rt-you")).hasText(SVG + " · " + IMG);

        List<String> notes = List.of(IMG, SCRIPT, SVG, SCRIPT_URL);
        for (String note : notes) {
            tablet.locator(".rt-add-gap-note").first().click();
            Locator dialog = tablet.getByRole(AriaRole.DIALOG);
            Locator field = dialog.getByRole(AriaRole.TEXTBOX, new Locator.GetByRoleOptions().setName("Your note"));
            field.fill(note);
            dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Add note").setExact(true))
                    .click();
            assertThat(field).isHidden();
        }
        for (Page page : List.of(projector, console, tablet)) {
            for (String note : notes) {
                assertLiteral(page.locator(".rt-note-text"), note);
            }
            assertNothingMadeOfIt(page);
        }

        stages.show(facilitator, event.id(), RoomView.ROOM_LIST, null);
        assertLiteral(projector.locator(".rt-room-role"), SVG);
        assertThat(projector.locator(".rt-room-list")).containsText("IMG");

        groups.createGroups(facilitator, event.id(), List.of(SCRIPT));
        stages.show(facilitator, event.id(), RoomView.GROUPS, null);
        assertThat(projector.locator(".rt-projector-content")).containsText(SCRIPT);

        wall.add(facilitator, event.id(), LearningPointKind.INTER_AGENCY, IMG, List.of());
        stages.show(facilitator, event.id(), RoomView.LEARNING_WALL, null);
        assertLiteral(projector.locator(".rt-wall-point-text"), IMG);
        for (Page page : List.of(projector, console, tablet)) {
            assertNothingMadeOfIt(page);
        }
    }

    /** Some element among {@code candidates} holds exactly {@code text}, as text. */
    private static void assertLiteral(Locator candidates, String text) {
        Locator exact = candidates.filter(new Locator.FilterOptions()
                .setHasText(Pattern.compile("^\\s*" + literal(text) + "\\s*$")));
        assertThat(exact.first()).isVisible();
        assertEquals(text, exact.first().textContent().strip());
    }

    /** {@code text} as a regular expression matching itself; Playwright hands it to JavaScript, which has no \Q. */
    private static String literal(String text) {
        return text.replaceAll("[\\\\^$.|?*+()\\[\\]{}/]", "\\\\$0");
    }

    /** The markup was never parsed: none of the elements it would make exists, and nothing ran. */
    private static void assertNothingMadeOfIt(Page page) {
        assertThat(page.locator("img[src='x']")).hasCount(0);
        assertThat(page.locator("svg[onload], [onerror], [onload]")).hasCount(0);
        assertThat(page.locator("a[href^='javascript:']")).hasCount(0);
        // Vaadin's own page has scripts; none of them may be ours.
        assertEquals(0, ((Number) page.evaluate("() => Array.from(document.querySelectorAll('script'))"
                + ".filter(script => script.textContent.includes('alert(')).length")).intValue());
    }

    private void signIn(Page page) {
        page.navigate(baseUrl() + "/login");
        page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("User name")).fill(facilitatorName);
        page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Password")).fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Learning events")))
                .isVisible();
    }

    private Page newPage(String name) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900)
                .setLocale("en-GB").setTimezoneId("Europe/London"));
        context.setDefaultTimeout(20_000);
        contexts.add(context);
        Page page = context.newPage();
        faults.watch(page, name);
        return page;
    }

    private String baseUrl() {
        return "http://localhost:" + port;
    }
}
