package org.roundtable.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
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
import com.microsoft.playwright.options.Cookie;
import com.microsoft.playwright.options.ScreenshotAnimations;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.roundtable.access.Accounts;
import org.roundtable.access.Caller;
import org.roundtable.event.AgendaStage;
import org.roundtable.event.EventPreparation;
import org.roundtable.event.RoomStages;
import org.roundtable.event.StageKind;
import org.roundtable.shared.LanguageChoice;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The screenshots in {@code docs/screenshots/}: each main view of the demo event at the sizes it
 * is used at (phone 360×800, tablet 800×1280, console 1366×768, projector 1920×1080), in English,
 * and the participants' views and the projector in Welsh too.
 *
 * <p>{@code docs/screenshots/regenerate} runs this test with {@code -Droundtable.screenshots.dir=docs/screenshots
 * -Droundtable.screenshots.all=true}. In the ordinary build it is a smoke test: each view once, at
 * its own size, in English, to {@code target/screenshots-smoke/}, so the script keeps working.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScreenshotsInRealBrowserTest {

    private static final String FACILITATOR = "screenshots-facilitator";
    private static final String PASSWORD = "correct horse battery staple";
    private static final Path STORE_DIR = TestRun.freshStoreDirectory("screenshots-");
    private static final Path OUT = Paths.get(System.getProperty("roundtable.screenshots.dir", "target/screenshots-smoke"));
    /** Every view at every size it is used at, and Welsh; otherwise each view once (the build's smoke). */
    private static final boolean ALL = Boolean.getBoolean("roundtable.screenshots.all");

    record Size(int width, int height) {
    }

    static final Size PHONE = new Size(360, 800);
    static final Size TABLET = new Size(800, 1280);
    static final Size CONSOLE = new Size(1366, 768);
    static final Size PROJECTOR = new Size(1920, 1080);

    @DynamicPropertySource
    static void app(DynamicPropertyRegistry registry) {
        registry.add("roundtable.store.file", () -> STORE_DIR.resolve("roundtable.db").toString());
        registry.add("roundtable.demo.enabled", () -> "true");
        registry.add("roundtable.access.admin-username", () -> FACILITATOR);
        registry.add("roundtable.access.admin-password", () -> PASSWORD);
        registry.add("roundtable.cluster.name", () -> "screenshots-" + UUID.randomUUID());
    }

    @LocalServerPort
    private int port;

    @Autowired
    private Accounts accounts;
    @Autowired
    private RoomStages stages;
    @Autowired
    private EventPreparation preparation;

    private Playwright playwright;
    private Browser browser;
    private final List<BrowserContext> contexts = new ArrayList<>();
    private final List<Path> written = new ArrayList<>();

    @BeforeAll
    void startTheBrowser() throws IOException {
        Chromium.requireInstalled();
        Files.createDirectories(OUT);
        PlaywrightAssertions.setDefaultAssertionTimeout(15_000);
        playwright = Chromium.playwright();
        browser = Chromium.launch(playwright);
    }

    @AfterAll
    void stop() {
        System.out.println("[screenshots] " + written.size() + " written to " + OUT.toAbsolutePath());
        contexts.forEach(BrowserContext::close);
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    @Test
    void every_main_view_is_captured_at_the_sizes_it_is_used_at() throws IOException {
        Page console = newPage(CONSOLE, null);
        signIn(console);
        console.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(DemoChronology.PSEUDONYM).setExact(true))
                .click();
        console.waitForURL(Pattern.compile(".*/events/[0-9a-f-]{36}$"));
        String eventId = console.url().replaceAll(".*/events/", "");
        String joinCode = console.locator(".rt-join-code").textContent().strip();
        String projectorUrl = console.locator("a.rt-projector-link").getAttribute("href");

        // The room at the timeline, with a few notes on it, as it looks mid-morning.
        Caller.Account facilitator = accounts.byUsername(FACILITATOR).orElseThrow();
        List<AgendaStage> agenda = preparation.agendaFor(facilitator, eventId);
        for (int index = 0; index < agenda.size(); index++) {
            if (agenda.get(index).kind() == StageKind.TIMELINE) {
                stages.moveTo(facilitator, eventId, index);
                break;
            }
        }
        Page tablet = newPage(TABLET, null);
        join(tablet, joinCode, "Health visitor", "Health Visiting");
        addNote(tablet, 1, "COMMENT", "AT_THE_TIME", "Mum said the damp was getting worse; we advised ventilation.");
        addNote(tablet, 2, "QUERY", "AT_THE_TIME", "Was the school told about the hospital visit?");
        addNote(tablet, 2, "COMMENT", "HINDSIGHT", "Three missed appointments in a month was a pattern.");

        // The participants: join, the timeline, the note dialog.
        for (Size size : ALL ? List.of(PHONE, TABLET) : List.of(TABLET)) {
            for (String language : ALL ? List.of("en", "cy") : List.of("en")) {
                Page page = newPage(size, language);
                page.navigate(baseUrl() + "/join/" + joinCode);
                assertThat(page.getByText(DemoChronology.PSEUDONYM)).isVisible();
                shoot(page, "join", size, language);
                joinInAnyLanguage(page, eventId, "Social worker");
                assertThat(page.locator(".rt-note-text").first()).isVisible();
                page.locator(".rt-entry").nth(2).scrollIntoViewIfNeeded();
                page.evaluate("() => window.scrollBy(0, -160)");
                shoot(page, "timeline", size, language);
                page.locator(".rt-add-note").nth(3).click();
                assertThat(page.getByRole(AriaRole.DIALOG).locator("vaadin-text-area")).isVisible();
                page.getByRole(AriaRole.DIALOG).locator("textarea").fill(
                        "cy".equals(language) ? "Dylai'r ysgol fod wedi cael gwybod." : "The school should have been told.");
                shoot(page, "note-dialog", size, language);
            }
        }

        // The projector, read across the room.
        for (String language : ALL ? List.of("en", "cy") : List.of("en")) {
            Page projector = newPage(PROJECTOR, language);
            projector.navigate(projectorUrl);
            assertThat(projector.locator(".rt-note-text").first()).isVisible();
            shoot(projector, "projector", PROJECTOR, language);
        }

        // The facilitator's screens.
        for (Size size : ALL ? List.of(CONSOLE, PROJECTOR, TABLET) : List.of(CONSOLE)) {
            console.setViewportSize(size.width(), size.height());
            console.navigate(baseUrl() + "/events/" + eventId);
            assertThat(console.locator(".rt-note-text").first()).isVisible();
            shoot(console, "console", size, "en");
            console.navigate(baseUrl() + "/events/" + eventId + "/record");
            assertThat(console.locator("h1").first()).isVisible();
            shoot(console, "note-taker", size, "en");
            console.navigate(baseUrl() + "/events/" + eventId + "/prepare");
            assertThat(console.locator("vaadin-tabsheet").first()).isVisible();
            shoot(console, "prepare", size, "en");
        }
        for (Path file : written) {
            assertTrue(Files.size(file) > 10_000, file + " is nearly empty");
        }
    }

    // ---- steps -------------------------------------------------------------------------------

    private void signIn(Page page) {
        page.navigate(baseUrl() + "/login");
        page.getByLabel("User name").fill(FACILITATOR);
        page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(PASSWORD);
        page.locator("vaadin-login-form vaadin-button[theme~='submit']").click();
        page.waitForURL(Pattern.compile(Pattern.quote(baseUrl()) + "/(\\?continue)?$"));
    }

    private void join(Page page, String joinCode, String role, String agency) {
        page.navigate(baseUrl() + "/join/" + joinCode);
        page.getByLabel("Your role").fill(role);
        page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName(agency)).check();
        page.locator(".rt-join-step vaadin-button[theme~='primary'], vaadin-button[theme~='primary']").last().click();
        page.waitForURL(Pattern.compile(".*/room/.*"));
    }

    /** By position and class, not by words, so it works whichever language the page speaks. */
    private void joinInAnyLanguage(Page page, String eventId, String role) {
        page.locator("vaadin-text-field").first().locator("input").fill(role);
        page.locator("vaadin-radio-group vaadin-radio-button").nth(1).click();
        page.locator("vaadin-button[theme~='primary']").last().click();
        page.waitForURL(baseUrl() + "/room/" + eventId);
    }

    private void addNote(Page page, int entry, String kind, String perspective, String text) {
        page.locator(".rt-entry").nth(entry).locator(".rt-add-note").click();
        Locator dialog = page.getByRole(AriaRole.DIALOG);
        dialog.locator("vaadin-radio-button[data-rt-value='" + kind + "']").click();
        dialog.locator("vaadin-radio-button[data-rt-value='" + perspective + "']").click();
        dialog.locator("textarea").fill(text);
        dialog.locator("vaadin-button[theme~='primary']").click();
        assertThat(dialog).hasCount(0);
        assertThat(page.locator(".rt-note-text").filter(new Locator.FilterOptions().setHasText(text))).hasCount(1);
    }

    // ---- plumbing ----------------------------------------------------------------------------

    private void shoot(Page page, String view, Size size, String language) {
        // Let arrival animations and the push of the last change settle.
        page.waitForTimeout(500);
        Path file = OUT.resolve(view + "-" + size.width() + "x" + size.height()
                + ("en".equals(language) ? "" : "-" + language) + ".png");
        page.screenshot(new Page.ScreenshotOptions().setPath(file).setAnimations(ScreenshotAnimations.DISABLED)
                .setCaret(com.microsoft.playwright.options.ScreenshotCaret.HIDE));
        written.add(file);
    }

    /** A device of its own (cookies, session); with {@code language}, the choice kept in its cookie. */
    private Page newPage(Size size, String language) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                .setViewportSize(size.width(), size.height())
                .setLocale("en-GB")
                .setTimezoneId("Europe/London")
                .setReducedMotion(com.microsoft.playwright.options.ReducedMotion.REDUCE));
        context.setDefaultTimeout(20_000);
        if (language != null) {
            context.addCookies(List.of(new Cookie(LanguageChoice.COOKIE, language).setUrl(baseUrl())));
        }
        contexts.add(context);
        return context.newPage();
    }

    private String baseUrl() {
        return "http://localhost:" + port;
    }
}
