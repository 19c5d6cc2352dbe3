package org.roundtable.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.ScreenshotAnimations;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.roundtable.access.Accounts;
import org.roundtable.access.Caller;
import org.roundtable.board.BreakoutGroups;
import org.roundtable.board.LearningPointKind;
import org.roundtable.board.LearningWall;
import org.roundtable.event.LearningEvents;
import org.roundtable.event.RoomStages;
import org.roundtable.event.RoomView;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The room, end to end, in a real browser: the facilitator's console, the projector, a tablet and
 * a phone, each in its own browser context (its own cookies, so its own session), against the
 * whole application on a random port with a fresh store holding the demo event.
 *
 * <p>A note typed on the tablet must reach every other screen by push, without a reload; the
 * agencies' comments must reach the console only, and only when the facilitator asks for them.
 * Screenshots of every screen (as seen, and full page) go to {@code target/screenshots/}.
 *
 * <p>The tests share one room and run in order; {@link #openTheRoom()} brings everybody in.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RoomInRealBrowserTest {

    private static final String FACILITATOR = "e2e-facilitator";
    private static final String PASSWORD = "correct horse battery staple";
    private static final Path SCREENSHOTS = Paths.get("target", "screenshots");
    /** Long enough for a loaded CI machine, short enough that a lost push fails the test. */
    private static final double LIVE_TIMEOUT_MS = 10_000;
    private static final Path STORE_DIR = TestRun.freshStoreDirectory("e2e-");

    /** On top of the test profile: a store of this class's own, the demo event, a known facilitator. */
    @DynamicPropertySource
    static void app(DynamicPropertyRegistry registry) {
        registry.add("roundtable.store.file", () -> STORE_DIR.resolve("roundtable.db").toString());
        registry.add("roundtable.demo.enabled", () -> "true");
        registry.add("roundtable.access.admin-username", () -> FACILITATOR);
        registry.add("roundtable.access.admin-password", () -> PASSWORD);
        // A cluster of its own: this member never meets one started by another test or app.
        registry.add("roundtable.cluster.name", () -> "e2e-" + UUID.randomUUID());
    }

    @LocalServerPort
    private int port;

    // Arranging what a step needs without the screens that other tests already cover.
    @Autowired
    private Accounts accounts;
    @Autowired
    private BreakoutGroups breakouts;
    @Autowired
    private LearningWall wall;
    @Autowired
    private RoomStages stages;
    @Autowired
    private LearningEvents events;

    private Playwright playwright;
    private Browser browser;
    private final List<BrowserContext> contexts = new ArrayList<>();
    private final Map<Page, String> names = new ConcurrentHashMap<>();
    private final Map<Page, List<String>> webSockets = new ConcurrentHashMap<>();
    private final List<String> browserErrors = new CopyOnWriteArrayList<>();
    private final Chromium.Faults faults = new Chromium.Faults();

    private Page console;
    private Page projector;
    private Page tablet;
    private Page phone;
    private String eventId;
    private String joinCode;

    @BeforeAll
    void openTheRoom() throws IOException {
        Chromium.requireInstalled();
        Files.createDirectories(SCREENSHOTS);
        PlaywrightAssertions.setDefaultAssertionTimeout(LIVE_TIMEOUT_MS);
        long start = System.nanoTime();
        playwright = Chromium.playwright();
        browser = Chromium.launch(playwright);
        log("Playwright and Chromium %s up in %d ms", browser.version(), TestRun.millisSince(start));

        start = System.nanoTime();
        console = newPage("console", 1366, 768);
        signInAndOpenTheDemoEvent();
        log("facilitator signed in and opened the console in %d ms", TestRun.millisSince(start));

        start = System.nanoTime();
        projector = newPage("projector", 1920, 1080);
        openTheProjectorFromTheConsole();
        log("projector open in %d ms", TestRun.millisSince(start));

        start = System.nanoTime();
        tablet = newPage("tablet", 800, 1280);
        joinWithTheLink(tablet, "Health visitor", "Health Visiting", "HV");
        phone = newPage("phone", 360, 780);
        joinByTypingTheCode(phone, "Detective constable", "Police", "POL");
        // Before the first stage a tablet shows the merged timeline.
        assertThat(tablet.locator(".rt-entry")).hasCount(40);
        assertThat(phone.locator(".rt-entry")).hasCount(40);
        log("tablet and phone joined in %d ms", TestRun.millisSince(start));
    }

    /** No screen broke the Content Security Policy, threw, or opened a dialog during the step. */
    @AfterEach
    void noPageMisbehaved() {
        faults.assertNone();
    }

    @AfterAll
    void leaveTheRoom() {
        if (!browserErrors.isEmpty()) {
            log("the browsers reported:%n  %s", String.join("\n  ", browserErrors));
        }
        contexts.forEach(BrowserContext::close);
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    @Test
    @Order(1)
    void a_note_typed_on_one_tablet_appears_on_the_projector_the_other_tablet_and_the_console_without_reload() {
        // The console counted both devices as they joined, by push.
        assertThat(console.locator(".rt-joined")).hasText("2 joined");
        List<Page> everyScreen = List.of(console, projector, tablet, phone);
        for (Page page : everyScreen) {
            page.evaluate("() => { window.__e2eNotReloaded = true; }");
        }

        Locator firstEntry = tablet.locator(".rt-entry").first();
        String entryId = firstEntry.getAttribute("data-entry-id");
        String note = "Nobody told Housing that a three-year-old slept in the mouldy room [" + TestRun.shortId() + "]";

        firstEntry.locator(".rt-add-note").click();
        // The <vaadin-dialog> host has no box of its own (its overlay is in the top layer), so
        // visibility is asked of what is inside it.
        Locator dialog = tablet.getByRole(AriaRole.DIALOG, new Page.GetByRoleOptions().setName("Note on the timeline"));
        Locator noteField = dialog.getByRole(AriaRole.TEXTBOX, new Locator.GetByRoleOptions().setName("Your note"));
        assertThat(noteField).isVisible();
        assertThat(dialog.getByRole(AriaRole.RADIO, new Locator.GetByRoleOptions().setName("Comment"))).isChecked();
        noteField.fill(note);
        screenshot(tablet, "tablet-note-dialog", false);

        long sent = System.nanoTime();
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Add note").setExact(true)).click();
        assertThat(noteField).isHidden();
        assertNoteShown(tablet, entryId, note);
        for (Page page : List.of(projector, phone, console)) {
            assertNoteShown(page, entryId, note);
            log("the note reached the %s %d ms after 'Add note'", name(page), TestRun.millisSince(sent));
        }

        for (Page page : everyScreen) {
            assertEquals(Boolean.TRUE, page.evaluate("() => window.__e2eNotReloaded === true"),
                    "the " + name(page) + " reloaded instead of being updated by push");
            assertTrue(webSockets.get(page).stream().anyMatch(url -> url.contains("/VAADIN/push")),
                    "the " + name(page) + " opened no push WebSocket: " + webSockets.get(page));
        }
    }

    @Test
    @Order(2)
    void agency_comments_reach_the_console_only_and_only_on_request() {
        String comment = DemoChronology.firstAgencyComment();
        assertThat(console.locator(".rt-timeline")).not().containsText(comment);

        console.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions()
                .setName("Show agency comments (facilitators only)")).check();
        Locator shown = console.locator(".rt-comments").filter(new Locator.FilterOptions().setHasText(comment));
        assertThat(shown).isVisible();
        assertThat(shown.locator(".rt-comments-label")).hasText("Agency comments (facilitators only)");

        for (Page page : List.of(projector, tablet, phone)) {
            assertThat(page.locator("body")).not().containsText(comment);
            assertFalse(page.content().contains(comment), "the " + name(page) + "'s page holds an agency comment");
            assertThat(page.locator(".rt-comments-label")).hasCount(0);
            assertThat(page.locator(".rt-comments:visible")).hasCount(0);
        }
    }

    @Test
    @Order(3)
    void every_screen_is_captured_at_its_own_size_and_none_scrolls_sideways() throws IOException {
        for (Page page : List.of(console, projector, tablet, phone)) {
            page.evaluate("() => window.scrollTo(0, 0)");
            screenshot(page, name(page) + "-full", true);
            Path file = screenshot(page, name(page), false);
            assertTrue(Files.size(file) > 0, file.toString());
            log("%s: %s", name(page), file.toAbsolutePath());
            Object sideways = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth");
            assertEquals(0, ((Number) sideways).intValue(), "the " + name(page) + " scrolls sideways");
        }
    }

    @Test
    @Order(4)
    void the_facilitator_moves_the_room_through_three_stages_and_the_projector_and_both_tablets_follow() {
        List<Page> room = List.of(projector, tablet, phone);

        // 1. Introductions: every screen shows who is here, by role and agency, never a name.
        long moved = System.nanoTime();
        console.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start the first stage")).click();
        for (Page page : room) {
            assertThat(page.locator(".rt-stage-title")).hasText("Welcome and introductions");
            assertThat(page.locator(".rt-room-list .rt-room-person")).hasCount(2);
            log("the %s showed the introductions %d ms after the click", name(page), TestRun.millisSince(moved));
        }
        Locator clock = projector.locator(".rt-stage-clock");
        assertThat(clock).hasText(Pattern.compile("^(19|20):\\d\\d$"));
        // The countdown ticks in the browser: no push is needed for it to move on.
        String shown = clock.textContent();
        assertThat(clock).not().hasText(shown);
        screenshot(projector, "stage-1-projector", false);
        screenshot(tablet, "stage-1-tablet", false);

        // 2. Working principles: the phone proposes one, the facilitator accepts it, the projector shows it.
        console.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Next stage")).click();
        for (Page page : room) {
            assertThat(page.locator(".rt-stage-title")).hasText("Purpose of the day and working principles");
            assertThat(page.locator(".rt-principles-list li").first()).isVisible();
        }
        String principle = "Phones face down unless we are writing on them [" + TestRun.shortId() + "]";
        phone.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Propose an addition")).fill(principle);
        phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Propose").setExact(true)).click();
        Locator proposal = console.locator(".rt-proposal").filter(new Locator.FilterOptions().setHasText(principle));
        proposal.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Accept")).click();
        for (Page page : room) {
            assertThat(page.locator(".rt-principles-list li").filter(new Locator.FilterOptions().setHasText(principle)))
                    .hasCount(1);
        }
        screenshot(projector, "stage-2-projector", false);
        screenshot(phone, "stage-2-phone", false);

        // 3. The timeline, straight from the agenda: tablets switch to it; one wanders off and is brought back.
        console.locator(".rt-stage-item").nth(3).getByRole(AriaRole.BUTTON,
                new Locator.GetByRoleOptions().setName("Go to")).click();
        for (Page page : room) {
            assertThat(page.locator(".rt-stage-title")).hasText("Factual information: walking the merged timeline");
            assertThat(page.locator(".rt-entry")).hasCount(40);
        }
        tablet.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Learning wall")).click();
        assertThat(tablet.locator(".rt-entry")).hasCount(0);
        console.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Bring everyone here")).click();
        assertThat(tablet.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Now"))).hasAttribute("selected", "");
        assertThat(tablet.locator(".rt-entry")).hasCount(40);
        screenshot(projector, "stage-3-projector", false);
        screenshot(tablet, "stage-3-tablet", false);
        screenshot(console, "stage-3-console", false);
    }

    @Test
    @Order(5)
    void the_rest_of_the_day_reaches_every_screen_lived_experience_groups_feedback_and_the_learning_wall() {
        Caller.Account facilitator = accounts.byUsername(FACILITATOR).orElseThrow();

        // The child's lived experience sits beside the timeline on the projector.
        goToStage(5, "The lived experience of the child");
        assertThat(projector.locator(".rt-lived-beside-timeline .rt-entry")).hasCount(40);
        assertThat(projector.locator(".rt-lived-beside-timeline .rt-lived")).isVisible();
        assertThat(tablet.locator(".rt-lived")).isVisible();
        screenshot(projector, "stage-lived-experience-projector", false);

        // Groups: formed and balanced at the console; each tablet shows its own group's board.
        goToStage(7, "Analysis in multi-agency groups on the key themes");
        List<String> themes = breakouts.offeredThemes(facilitator, eventId).stream().limit(2)
                .map(theme -> theme.title()).toList();
        breakouts.createGroups(facilitator, eventId, themes);
        breakouts.balanceAcrossAgencies(facilitator, eventId);
        assertThat(projector.locator(".rt-groups-overview-card")).hasCount(2);
        assertThat(tablet.locator(".rt-group-board-theme")).isVisible();
        assertThat(phone.locator(".rt-group-board-theme")).isVisible();
        String point = "The heating was reported three times before anyone linked it to J's health ["
                + TestRun.shortId() + "]";
        tablet.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Add a point")).first().fill(point);
        tablet.locator(".rt-group-add").first().click();
        assertThat(tablet.locator(".rt-group-point-text").filter(new Locator.FilterOptions().setHasText(point)))
                .hasCount(1);
        screenshot(projector, "stage-groups-projector", false);
        screenshot(tablet, "stage-groups-tablet", false);

        // Feedback: the projector shows the health visitor's group's board to the room.
        goToStage(8, "Feedback from the groups");
        String healthVisitorsGroup = breakouts.groupsFor(facilitator, eventId).stream()
                .filter(group -> group.members().stream().anyMatch(m -> m.role().equals("Health visitor")))
                .findFirst().orElseThrow().id();
        stages.show(facilitator, eventId, RoomView.GROUP_FEEDBACK, healthVisitorsGroup);
        assertThat(projector.locator(".rt-group-point-text").filter(new Locator.FilterOptions().setHasText(point)))
                .hasCount(1);
        assertThat(phone.locator(".rt-group-point-text").filter(new Locator.FilterOptions().setHasText(point)))
                .hasCount(1);
        screenshot(projector, "stage-feedback-projector", false);

        // The learning wall: a point added is on the projector and on the tablets.
        goToStage(10, "Learning themes: identifying and agreeing them");
        String learning = "Repairs that affect a young child's health are shared with the health visitor ["
                + TestRun.shortId() + "]";
        wall.add(facilitator, eventId, LearningPointKind.INTER_AGENCY, learning, List.of());
        for (Page page : List.of(projector, tablet, phone)) {
            assertThat(page.getByText(learning)).isVisible();
        }
        screenshot(projector, "stage-learning-wall-projector", false);
        screenshot(tablet, "stage-learning-wall-tablet", false);
        console.evaluate("() => window.scrollTo(0, 0)");
        screenshot(console, "stage-learning-wall-console", false);
    }

    @Test
    @Order(6)
    void at_the_close_three_tablets_send_the_evaluation_and_the_facilitator_sees_the_results_arrive() {
        Page laptop = newPage("laptop", 1280, 800);
        joinWithTheLink(laptop, "Housing officer", "Housing", "HOU");

        goToStage(11, "Personal learning, evaluation and close");
        assertThat(projector.locator(".rt-closing img.rt-qr")).isVisible();
        assertThat(tablet.locator(".rt-eval-state")).hasText(Pattern.compile("opens at the close"));
        console.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Open the form").setExact(true))
                .click();
        assertThat(console.locator(".rt-eval-count")).hasText("0 of 3 responses");

        int sent = 0;
        for (Page page : List.of(tablet, phone, laptop)) {
            page.locator(".rt-eval-choice vaadin-radio-button").filter(new Locator.FilterOptions().setHasText("Yes"))
                    .first().click();
            page.locator(".rt-eval-scale vaadin-radio-button").nth(3).click();
            page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions()
                    .setName(Pattern.compile("What learning will you take back"))).fill("Ask about the home, every visit.");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send").setExact(true)).click();
            assertThat(page.locator(".rt-eval-state")).containsText("Sent");
            sent++;
            assertThat(console.locator(".rt-eval-count")).hasText(sent + " of 3 responses");
        }
        assertThat(console.locator(".rt-eval-results")).containsText("Ask about the home, every visit.");
        theResultsDownloadServesOnlyTheSessionThatShowsIt(laptop);
        screenshot(laptop, "stage-evaluation-tablet", false);
        console.evaluate("() => window.scrollTo(0, 0)");
        screenshot(console, "stage-evaluation-console", false);
    }

    @Test
    @Order(7)
    void the_note_taker_types_adds_with_ctrl_enter_and_tags_with_alt_and_a_digit_without_the_mouse() {
        Caller.Account facilitator = accounts.byUsername(FACILITATOR).orElseThrow();
        accounts.createNoteTaker(facilitator, "e2e-note-taker", PASSWORD);
        events.assignNoteTaker(facilitator, eventId, "e2e-note-taker");

        Page notes = newPage("note-taker", 1366, 768);
        notes.navigate(baseUrl() + "/events/" + eventId + "/record");
        notes.waitForURL(Pattern.compile(".*/login$"));
        notes.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("User name")).fill("e2e-note-taker");
        notes.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Password")).fill(PASSWORD);
        notes.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        notes.waitForURL(Pattern.compile(".*/events/" + eventId + "/record.*"));
        assertThat(notes.locator(".rt-record-stage")).containsText("Personal learning, evaluation and close");

        String entry = "Agreed: Housing flags repair orders where a young child lives [" + TestRun.shortId() + "]";
        Locator field = notes.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Record entry"));
        field.fill(entry);
        field.press("Alt+1");
        field.press("Control+Enter");
        Locator written = notes.locator(".rt-record-entry").filter(new Locator.FilterOptions().setHasText(entry));
        assertThat(written).hasCount(1);
        assertThat(written.locator(".rt-record-chip")).containsText("Learning point");
        assertThat(written.locator(".rt-record-entry-stage")).containsText("Personal learning, evaluation and close");
        assertThat(field).hasValue("");
        screenshot(notes, "note-taker-console", false);
    }

    @Test
    @Order(8)
    void the_administrator_reads_the_days_joins_exports_and_sign_ins_in_the_audit_trail() {
        console.navigate(baseUrl() + "/admin");
        console.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Audit trail")).click();
        Locator trail = console.locator("vaadin-grid").last();
        assertThat(trail).containsText("Joined an event");
        assertThat(trail).containsText("Signed in");
        assertThat(trail).containsText("Exported");
        screenshot(console, "admin-audit-trail", false);
    }

    /** The facilitator goes to an agenda stage from the console; the projector's stage bar follows. */
    private void goToStage(int index, String title) {
        console.locator(".rt-stage-item").nth(index).getByRole(AriaRole.BUTTON,
                new Locator.GetByRoleOptions().setName("Go to")).click();
        assertThat(projector.locator(".rt-stage-title")).hasText(title);
        assertThat(tablet.locator(".rt-stage-title")).hasText(title);
    }

    // ---- steps -------------------------------------------------------------------------------

    private void signInAndOpenTheDemoEvent() {
        console.navigate(baseUrl() + "/");
        console.waitForURL(Pattern.compile(".*/login$"));
        console.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("User name")).fill(FACILITATOR);
        console.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Password")).fill(PASSWORD);
        screenshot(console, "login", false);
        console.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        // Spring Security sends the browser back to the page it asked for, as "/?continue".
        console.waitForURL(Pattern.compile(Pattern.quote(baseUrl()) + "/(\\?continue)?$"));
        assertThat(console.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Learning events")))
                .isVisible();

        console.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(DemoChronology.PSEUDONYM).setExact(true)).click();
        console.waitForURL(Pattern.compile(".*/events/[0-9a-f-]{36}$"));
        eventId = console.url().replaceAll(".*/events/", "");
        assertThat(console.locator(".rt-console-header h1")).hasText(DemoChronology.PSEUDONYM);
        assertThat(console.locator(".rt-entry")).hasCount(40);
        assertThat(console.locator("img.rt-qr")).isVisible();
        Locator code = console.locator(".rt-join-code");
        assertThat(code).hasText(Pattern.compile("^[0-9A-Z]{4}-[0-9A-Z]{4}$"));
        joinCode = code.textContent().strip();
        assertThat(console.locator(".rt-join-panel a[href$='/join/" + joinCode + "']")).isVisible();
    }

    private void openTheProjectorFromTheConsole() {
        String projectorUrl = console.locator("a.rt-projector-link").getAttribute("href");
        assertTrue(projectorUrl.startsWith(baseUrl() + "/projector/"), "projector link: " + projectorUrl);
        projector.navigate(projectorUrl);
        assertThat(projector.locator(".rt-projector-header h1")).hasText(DemoChronology.PSEUDONYM);
        assertThat(projector.locator(".rt-join-code")).hasText(joinCode);
        assertThat(projector.locator("img.rt-qr")).isVisible();
        assertThat(projector.locator(".rt-entry")).hasCount(40);
        assertThat(projector.locator(".rt-add-note")).hasCount(0);
    }

    /** The join link (or QR code) carries the code; the person gives role and agency. */
    private void joinWithTheLink(Page page, String role, String agencyName, String agencyCode) {
        page.navigate(baseUrl() + "/join/" + joinCode);
        sayWhoYouAreAndJoin(page, role, agencyName, agencyCode);
    }

    /** Typed as people type it: lower case, a space instead of the dash. */
    private void joinByTypingTheCode(Page page, String role, String agencyName, String agencyCode) {
        page.navigate(baseUrl() + "/join");
        page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Join code"))
                .fill(joinCode.toLowerCase(Locale.ROOT).replace('-', ' '));
        screenshot(page, name(page) + "-join-code", false);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Next").setExact(true)).click();
        sayWhoYouAreAndJoin(page, role, agencyName, agencyCode);
    }

    private void sayWhoYouAreAndJoin(Page page, String role, String agencyName, String agencyCode) {
        assertThat(page.getByText(DemoChronology.PSEUDONYM)).isVisible();
        page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Your role")).fill(role);
        Locator agencies = page.getByRole(AriaRole.RADIOGROUP, new Page.GetByRoleOptions().setName("Your agency"));
        assertThat(agencies.locator(".rt-agency-chip")).hasCount(6);
        assertThat(agencies.locator(".rt-agency-chip").filter(new Locator.FilterOptions().setHasText(agencyCode)))
                .isVisible();
        agencies.getByRole(AriaRole.RADIO, new Locator.GetByRoleOptions().setName(agencyName)).check();
        screenshot(page, name(page) + "-join", true);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Join").setExact(true)).click();
        page.waitForURL(baseUrl() + "/room/" + eventId);
        assertThat(page.locator(".rt-you")).hasText(role + " · " + agencyName);
    }

    /** The note is on the entry it was written on, once, with its agency's chip. */
    private void assertNoteShown(Page page, String entryId, String note) {
        Locator item = page.locator(".rt-entry[data-entry-id='" + entryId + "'] .rt-notes li.rt-note")
                .filter(new Locator.FilterOptions().setHasText(note));
        assertThat(item).hasCount(1);
        assertThat(item).isVisible();
        assertThat(item.locator(".rt-note-text")).hasText(note);
        assertThat(item.locator(".rt-agency-chip")).hasText("HV");
    }

    /**
     * A download link is registered with the facilitator's screen: the facilitator gets the CSV,
     * but the same address fetched with a tablet's session (of this very event) gets nothing of it.
     */
    private void theResultsDownloadServesOnlyTheSessionThatShowsIt(Page participant) {
        String href = console.locator("a.rt-eval-download").first().getAttribute("href");
        // relative to the page's base, the application's root
        String url = URI.create(baseUrl() + "/").resolve(href).toString();
        String own = console.request().get(url).text();
        assertTrue(own.contains("Question,Kind") && own.contains("Ask about the home, every visit."), own);
        String other = participant.request().get(url).text();
        assertFalse(other.contains("Question,Kind") || other.contains("Ask about the home"), other);
    }

    // ---- plumbing ----------------------------------------------------------------------------

    private Page newPage(String name, int width, int height) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                .setViewportSize(width, height)
                .setLocale("en-GB")
                .setTimezoneId("Europe/London"));
        context.setDefaultTimeout(20_000);
        context.setDefaultNavigationTimeout(30_000);
        contexts.add(context);
        Page page = context.newPage();
        names.put(page, name);
        faults.watch(page, name);
        List<String> sockets = new CopyOnWriteArrayList<>();
        webSockets.put(page, sockets);
        page.onWebSocket(socket -> sockets.add(socket.url()));
        page.onConsoleMessage(message -> {
            if ("error".equals(message.type())) {
                browserErrors.add(name + ": " + message.text() + " (" + message.location() + ")");
            }
        });
        page.onPageError(error -> browserErrors.add(name + ", uncaught: " + error));
        page.onResponse(response -> {
            if (response.status() >= 400) {
                browserErrors.add(name + ": HTTP " + response.status() + " " + response.url());
            }
        });
        return page;
    }

    private static Path screenshot(Page page, String file, boolean fullPage) {
        Path path = SCREENSHOTS.resolve(file + ".png");
        page.screenshot(new Page.ScreenshotOptions().setPath(path).setFullPage(fullPage)
                .setAnimations(ScreenshotAnimations.DISABLED));
        return path;
    }

    private String name(Page page) {
        return names.getOrDefault(page, "page");
    }

    private String baseUrl() {
        return "http://localhost:" + port;
    }

    private static void log(String format, Object... args) {
        System.out.println("[e2e] " + String.format(format, args));
    }
}
