package org.roundtable.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.TimeoutError;
import com.microsoft.playwright.options.Cookie;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
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
import org.roundtable.access.FirstAdministratorSetup;
import org.roundtable.board.BreakoutGroups;
import org.roundtable.event.AgendaStage;
import org.roundtable.event.EventPreparation;
import org.roundtable.event.RoomStages;
import org.roundtable.event.RoomState;
import org.roundtable.event.RoomView;
import org.roundtable.event.StageKind;
import org.roundtable.shared.LanguageChoice;
import org.roundtable.shared.Texts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.util.ReflectionTestUtils;

/**
 * Every view, checked by axe-core against WCAG 2.2 AA in a real browser at the size it is used
 * at, in one run of the application: from the first administrator's setup link through the
 * facilitator's screens, the projector at every stage of the demo agenda, a tablet and a phone
 * at every stage (each tab, the note dialog open), to the note-taker's console and the export.
 * Each view is checked in Welsh too, beside the English one, on a device that chose Welsh as people
 * choose it (the language choice on the join page, its cookie, the browser's languages): first
 * shown to really be Welsh ({@code <html lang>} is {@code cy}, a Welsh text is on screen), then
 * held to the same rules, the projector's and the tablet's sizes included, since Welsh words are
 * longer. Screens that show the same moment are checked at once (axe runs in each page's own
 * browser process), which keeps the second language from doubling the time. Then the paths
 * people depend on, with the keyboard only.
 *
 * <p>Everything axe finds is written to {@code target/accessibility/axe-report.md}, view by
 * view. The test fails on any violation of a WCAG 2.2 AA rule, of the projector's 7:1 contrast
 * and 28 px text, or of the tablet's 44 px targets. (Vaadin's own {@code <vaadin-tabs>} puts a
 * focusable scroller inside its tab list, which axe reports as {@code aria-required-children};
 * {@code TabStrips} takes that focusability away on every tab strip we use.)
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AccessibilityInRealBrowserTest {

    private static final String ADMINISTRATOR = "a11y-administrator";
    private static final String PASSWORD = "correct horse battery staple";
    private static final Path REPORT = Paths.get("target", "accessibility", "axe-report.md");
    private static final Path STORE_DIR = TestRun.freshStoreDirectory("a11y-");

    /** Rules reported but not failed on: none; a rule goes here only with the reason it cannot be held yet. */
    static final Set<String> NOT_YET_HELD = Set.of();

    /** No account, so the log offers the one-time setup link; the demo event to work with. */
    @DynamicPropertySource
    static void app(DynamicPropertyRegistry registry) {
        registry.add("roundtable.store.file", () -> STORE_DIR.resolve("roundtable.db").toString());
        registry.add("roundtable.demo.enabled", () -> "true");
        registry.add("roundtable.access.admin-username", () -> "");
        registry.add("roundtable.access.admin-password", () -> "");
        registry.add("roundtable.cluster.name", () -> "a11y-" + UUID.randomUUID());
    }

    @LocalServerPort
    private int port;

    @Autowired
    private FirstAdministratorSetup setup;
    @Autowired
    private Accounts accounts;
    @Autowired
    private RoomStages stages;
    @Autowired
    private EventPreparation preparation;
    @Autowired
    private BreakoutGroups breakouts;

    private Playwright playwright;
    private Browser browser;
    private final List<BrowserContext> contexts = new ArrayList<>();
    private final Chromium.Faults faults = new Chromium.Faults();
    private final Axe axe = new Axe();

    private Page console;
    private Page welshConsole;
    private String eventId;
    private String joinCode;

    @BeforeAll
    void startTheBrowser() {
        Chromium.requireInstalled();
        PlaywrightAssertions.setDefaultAssertionTimeout(10_000);
        playwright = Chromium.playwright();
        browser = Chromium.launch(playwright);
    }

    @AfterEach
    void noPageMisbehaved() {
        faults.assertNone();
    }

    @AfterAll
    void writeTheReportAndStop() {
        axe.writeReport(REPORT);
        System.out.println("[a11y] " + axe.violations().size() + " violations of " + axe.rulesBroken()
                + ", report: " + REPORT.toAbsolutePath());
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
    void the_facilitators_screens_pass_the_wcag_checks_in_english_and_in_welsh() {
        String token = (String) ReflectionTestUtils.getField(setup, "token");
        assertTrue(token != null && setup.isValidToken(token), "a setup link is offered when there is no account");

        console = newPage("console", 1366, 768);
        console.navigate(baseUrl() + "/setup/" + token);
        check(console, "first-administrator setup");
        console.getByLabel("User name").fill(ADMINISTRATOR);
        console.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(PASSWORD);
        console.getByLabel("Password again").fill(PASSWORD);
        console.locator("vaadin-button[theme~='primary']").click();
        console.waitForURL(Pattern.compile(".*/login$"));

        // Beside it, a facilitator who chose Cymraeg on their computer: the choice's cookie, from the first screen.
        Page welsh = newPage("console", 1366, 768, Speaks.WELSH_BY_COOKIE);
        welshConsole = welsh;
        welsh.navigate(baseUrl() + "/login");
        String firstHtml = welsh.request().get(baseUrl() + "/login").text();
        assertTrue(firstHtml.contains("<html lang=\"cy-GB\""), "the page says it is Welsh before any script runs");
        checkInBoth(console, welsh, "sign-in", cy("access.login.submit"));
        console.getByLabel("User name").fill(ADMINISTRATOR);
        console.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(PASSWORD);
        console.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        welsh.getByLabel(cy("access.account.username")).fill(ADMINISTRATOR);
        welsh.getByLabel(cy("access.account.password"), new Page.GetByLabelOptions().setExact(true)).fill(PASSWORD);
        welsh.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(cy("access.login.submit"))).click();
        for (Page page : List.of(console, welsh)) {
            page.waitForURL(Pattern.compile(Pattern.quote(baseUrl()) + "/(\\?continue)?$"));
            assertThat(page.locator(".rt-event-item").first()).isVisible();
        }
        checkInBoth(console, welsh, "events list", cy("event.events.heading"));

        navigateBoth(welsh, "/events/new");
        assertThat(console.locator("vaadin-text-field").first()).isVisible();
        checkInBoth(console, welsh, "new event", cy("event.new.create"));

        console.navigate(baseUrl() + "/");
        console.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(DemoChronology.PSEUDONYM).setExact(true))
                .click();
        console.waitForURL(Pattern.compile(".*/events/[0-9a-f-]{36}$"));
        eventId = console.url().replaceAll(".*/events/", "");
        welsh.navigate(baseUrl() + "/events/" + eventId);
        assertThat(console.locator(".rt-entry")).hasCount(40);
        assertThat(welsh.locator(".rt-entry")).hasCount(40);
        joinCode = console.locator(".rt-join-code").textContent().strip();
        checkInBoth(console, welsh, "facilitator console", cy("board.console.export"));

        navigateBoth(welsh, "/events/" + eventId + "/prepare");
        Locator sections = console.locator("vaadin-tabsheet.rt-prepare-tabs vaadin-tab");
        Locator welshSections = welsh.locator("vaadin-tabsheet.rt-prepare-tabs vaadin-tab");
        assertThat(sections.first()).isVisible();
        assertThat(welshSections).hasCount(sections.count());
        for (int i = 0; i < sections.count(); i++) {
            for (Locator section : List.of(sections.nth(i), welshSections.nth(i))) {
                section.click();
                assertThat(section).hasAttribute("selected", "");
            }
            console.waitForTimeout(150);
            checkInBoth(console, welsh, "prepare: " + sections.nth(i).textContent().strip(),
                    cy("event.prepare.heading", DemoChronology.PSEUDONYM));
        }

        navigateBoth(welsh, "/events/" + eventId + "/timeline");
        assertThat(console.locator(".rt-entry, vaadin-grid").first()).isVisible();
        assertThat(welsh.locator(".rt-entry, vaadin-grid").first()).isVisible();
        checkInBoth(console, welsh, "timeline preparation", cy("timeline.prepare.add"));

        navigateBoth(welsh, "/events/" + eventId + "/export");
        assertThat(console.locator("h1")).isVisible();
        checkInBoth(console, welsh, "export", cy("record.export.heading"));

        navigateBoth(welsh, "/events/" + eventId + "/record");
        assertThat(console.locator("h1, .rt-record-stage").first()).isVisible();
        checkInBoth(console, welsh, "note-taker console", cy("record.console.title", DemoChronology.PSEUDONYM));

        navigateBoth(welsh, "/admin");
        Locator adminTabs = console.locator("vaadin-tabsheet vaadin-tab");
        Locator welshAdminTabs = welsh.locator("vaadin-tabsheet vaadin-tab");
        assertThat(adminTabs.first()).isVisible();
        assertThat(welshAdminTabs).hasCount(adminTabs.count());
        for (int i = 0; i < adminTabs.count(); i++) {
            for (Locator tab : List.of(adminTabs.nth(i), welshAdminTabs.nth(i))) {
                tab.click();
                assertThat(tab).hasAttribute("selected", "");
            }
            console.waitForTimeout(300);
            checkInBoth(console, welsh, "admin: " + adminTabs.nth(i).textContent().strip(), cy("access.admin.heading"));
        }
        navigateBoth(welsh, "/events/" + eventId);
        assertThat(console.locator(".rt-entry")).hasCount(40);
        assertThat(welsh.locator(".rt-entry")).hasCount(40);
    }

    @Test
    @Order(2)
    void the_room_passes_the_wcag_checks_at_every_stage_on_the_projector_a_tablet_and_a_phone_in_both_languages() {
        // Welsh as people come to it: a browser that asks for Welsh, before any event is known; a tablet
        // that chose Cymraeg earlier in the day; a phone whose owner picks Cymraeg on the join page.
        Page joinPage = newPage("join", 360, 800);
        joinPage.navigate(baseUrl() + "/join");
        Page welshJoinPage = newPage("join", 360, 800, Speaks.WELSH_BY_BROWSER);
        welshJoinPage.navigate(baseUrl() + "/join");
        checkInBoth(joinPage, welshJoinPage, "join: code", cy("event.join.next"));
        Page tablet = join("tablet", 800, 1280, "Health visitor", "Health Visiting");
        Page phone = join("phone", 360, 800, "Social worker", "Children's Social Care");
        Page welshTablet = joinInWelsh("tablet", 800, 1280, Speaks.WELSH_BY_COOKIE, "Ymwelydd iechyd",
                "Health Visiting");
        Page welshPhone = joinInWelsh("phone", 360, 800, Speaks.WELSH_PICKED_ON_THE_JOIN_PAGE,
                "Gweithiwr cymdeithasol", "Children's Social Care");

        String projectorLink = console.locator("a.rt-projector-link").getAttribute("href");
        Page projector = newPage("projector", 1920, 1080);
        Page welshProjector = newPage("projector", 1920, 1080, Speaks.WELSH_BY_COOKIE);
        projector.navigate(projectorLink);
        welshProjector.navigate(projectorLink);
        assertThat(projector.locator(".rt-entry")).hasCount(40);
        assertThat(welshProjector.locator(".rt-entry")).hasCount(40);
        String startsSoon = cy("board.stage.starts-soon");
        checkRoom("before the first stage", startsSoon, startsSoon, projector, welshProjector,
                List.of(tablet), List.of(welshTablet, welshPhone), "timeline before the first stage", "now, ");

        List<Page> writers = List.of(tablet, welshTablet, welshPhone);
        for (Page page : writers) {
            page.locator(".rt-add-note").first().click();
            assertThat(page.getByRole(AriaRole.DIALOG).locator("vaadin-text-area, textarea").first()).isVisible();
        }
        assertWelsh(welshTablet, "tablet: note dialog open", cy("board.note-dialog.send"));
        assertWelsh(welshPhone, "phone: note dialog open", cy("board.note-dialog.send"));
        checkTogether(List.of(new Axe.View(tablet, "tablet: note dialog open", false),
                new Axe.View(welshTablet, "cy: tablet: note dialog open", false),
                new Axe.View(welshPhone, "cy: phone: note dialog open", false)));
        measureTouchTargets(tablet, "tablet: note dialog open");
        measureTouchTargets(welshTablet, "cy: tablet: note dialog open");
        measureTouchTargets(welshPhone, "cy: phone: note dialog open");
        for (Page page : writers) {
            page.keyboard().press("Escape");
            assertThat(page.getByRole(AriaRole.DIALOG)).hasCount(0);
        }

        Caller.Account facilitator = accounts.byUsername(ADMINISTRATOR).orElseThrow();
        List<AgendaStage> agenda = preparation.agendaFor(facilitator, eventId);
        Set<RoomView> seen = EnumSet.noneOf(RoomView.class);
        for (int index = 0; index < agenda.size(); index++) {
            if (agenda.get(index).kind() == StageKind.GROUP_ANALYSIS && breakouts.groupsFor(facilitator, eventId).isEmpty()) {
                breakouts.createGroups(facilitator, eventId, breakouts.offeredThemes(facilitator, eventId).stream()
                        .limit(2).map(theme -> theme.title()).toList());
                breakouts.balanceAcrossAgencies(facilitator, eventId);
            }
            RoomState state = stages.moveTo(facilitator, eventId, index);
            String title = state.stage().title();
            for (Page page : List.of(projector, tablet, phone, welshProjector, welshTablet, welshPhone)) {
                assertThat(page.locator(".rt-stage-title")).hasText(title);
            }
            if (!seen.add(state.view())) {
                continue; // a view already checked (the breaks)
            }
            projector.waitForTimeout(400);
            String stage = "stage " + (index + 1) + " (" + state.view().name().toLowerCase(Locale.ROOT) + ")";
            // The phone shows what the tablet shows, narrower: in English checked where its layout differs
            // most; in Welsh, whose longer words are what breaks a narrow layout, at every stage.
            boolean phoneToo = state.view() == RoomView.TIMELINE || state.view() == RoomView.GROUPS
                    || state.view() == RoomView.EVALUATION;
            // The tablets show the stage in a slimmer bar than the projector's; their tabs are always there.
            checkRoom(stage, cy("board.stage.position", index + 1, agenda.size()), cy("board.tablet.now"),
                    projector, welshProjector, phoneToo ? List.of(tablet, phone) : List.of(tablet),
                    List.of(welshTablet, welshPhone), stage, "now, ");
        }
        checkInBoth(console, welshConsole, "facilitator console, at the close", cy("board.console.export"));

        for (String place : List.of("timeline", "learning-wall")) {
            String english = Texts.get(Texts.ENGLISH, "board.tablet." + place);
            String welsh = cy("board.tablet." + place);
            tablet.locator(".rt-tablet-places vaadin-tab").filter(new Locator.FilterOptions().setHasText(english)).click();
            for (Page page : List.of(welshTablet, welshPhone)) {
                page.locator(".rt-tablet-places vaadin-tab").filter(new Locator.FilterOptions().setHasText(welsh)).click();
            }
            tablet.waitForTimeout(400);
            String view = english.toLowerCase(Locale.ROOT);
            assertWelsh(welshTablet, "tablet: " + view, cy("board.tablet.now"));
            assertWelsh(welshPhone, "phone: " + view, cy("board.tablet.now"));
            checkTogether(List.of(new Axe.View(tablet, "tablet: " + view, false),
                    new Axe.View(welshTablet, "cy: tablet: " + view, false),
                    new Axe.View(welshPhone, "cy: phone: " + view, false)));
            measureTouchTargets(tablet, "tablet: " + view);
            measureTouchTargets(welshTablet, "cy: tablet: " + view);
            measureTouchTargets(welshPhone, "cy: phone: " + view);
        }
    }

    /**
     * One moment of the room on every screen at once, in both languages: the projectors (with
     * their 7:1 contrast and 28 px text), the tablets and phones (with their 44 px targets).
     */
    private void checkRoom(String moment, String welshOnProjector, String welshOnTablet, Page projector,
            Page welshProjector, List<Page> tablets, List<Page> welshTablets, String projectorView, String tabletView) {
        assertWelsh(welshProjector, "projector: " + moment, welshOnProjector);
        welshTablets.forEach(page -> assertWelsh(page, device(page) + ": " + moment, welshOnTablet));
        List<Axe.View> views = new ArrayList<>();
        views.add(new Axe.View(projector, "projector: " + projectorView, true));
        views.add(new Axe.View(welshProjector, "cy: projector: " + projectorView, true));
        tablets.forEach(page -> views.add(new Axe.View(page, device(page) + ": " + tabletView + moment, false)));
        welshTablets.forEach(page -> views.add(new Axe.View(page, "cy: " + device(page) + ": " + tabletView + moment,
                false)));
        checkTogether(views);
        measureProjectorText(projector, "projector: " + projectorView);
        measureProjectorText(welshProjector, "cy: projector: " + projectorView);
        tablets.forEach(page -> measureTouchTargets(page, device(page) + ": " + tabletView + moment));
        welshTablets.forEach(page -> measureTouchTargets(page, "cy: " + device(page) + ": " + tabletView + moment));
    }

    /** "tablet" or "phone", by the width of the page's screen. */
    private static String device(Page page) {
        return page.viewportSize().width < 600 ? "phone" : "tablet";
    }

    private void navigateBoth(Page welsh, String path) {
        console.navigate(baseUrl() + path);
        welsh.navigate(baseUrl() + path);
    }

    @Test
    @Order(3)
    void every_view_passes_every_rule_but_the_one_vaadin_breaks_and_the_report_lists_all() {
        axe.writeReport(REPORT);
        List<Axe.Violation> broken = axe.violations().stream()
                .filter(violation -> !NOT_YET_HELD.contains(violation.rule())).toList();
        if (!broken.isEmpty()) {
            fail(broken.size() + " violations (see " + REPORT + "):\n  "
                    + String.join("\n  ", broken.stream().map(Axe.Violation::line).toList()));
        }
    }

    // ---- keyboard only ---------------------------------------------------------------------

    @Test
    @Order(4)
    void a_person_joins_and_adds_a_note_from_the_tablet_with_tab_enter_and_space_only() {
        // The timeline stage: the tablet's "Now" is the merged timeline, one Tab away from the header.
        Caller.Account facilitator = accounts.byUsername(ADMINISTRATOR).orElseThrow();
        List<AgendaStage> agenda = preparation.agendaFor(facilitator, eventId);
        for (int index = 0; index < agenda.size(); index++) {
            if (agenda.get(index).kind() == StageKind.TIMELINE) {
                stages.moveTo(facilitator, eventId, index);
                break;
            }
        }
        Page page = newPage("keyboard tablet", 800, 1280);
        page.navigate(baseUrl() + "/join/" + joinCode);
        tabTo(page, "the role field", "el => el.closest('vaadin-text-field') !== null");
        page.keyboard().type("School nurse");
        tabTo(page, "an agency", "el => el.closest('vaadin-radio-button') !== null");
        // In a radio group the arrow keys move; Space picks the one that has the focus.
        page.keyboard().press("Space");
        tabTo(page, "the Join button", "el => el.matches('vaadin-button') && el.textContent.trim() === 'Join'");
        page.keyboard().press("Enter");
        page.waitForURL(Pattern.compile(".*/room/" + eventId));
        assertThat(page.locator(".rt-you")).containsText("School nurse");

        assertThat(page.locator(".rt-entry").first()).isVisible();
        tabTo(page, "an entry's add-a-note button", "el => el.matches('.rt-add-note')");
        page.keyboard().press("Enter");
        // The <vaadin-dialog> host has no box of its own: visibility is asked of what is inside it.
        Locator dialog = page.getByRole(AriaRole.DIALOG);
        assertThat(dialog.locator("textarea")).isVisible();
        String note = "Typed without a mouse [" + TestRun.shortId() + "]";
        tabTo(page, "the note field", "el => el.closest('vaadin-text-area') !== null");
        page.keyboard().type(note);
        tabTo(page, "the dialog's add button",
                "el => el.matches('vaadin-button') && el.closest('vaadin-dialog-overlay, [role=dialog]') !== null "
                        + "&& /add/i.test(el.textContent)");
        page.keyboard().press("Enter");
        assertThat(dialog.locator("textarea")).isHidden();
        assertThat(page.locator(".rt-note-text").filter(new Locator.FilterOptions().setHasText(note))).hasCount(1);
        assertThat(console.locator(".rt-note-text").filter(new Locator.FilterOptions().setHasText(note)))
                .hasCount(1);
    }

    @Test
    @Order(5)
    void the_facilitator_moves_to_another_stage_with_tab_and_enter_only() {
        Caller.Account facilitator = accounts.byUsername(ADMINISTRATOR).orElseThrow();
        stages.moveTo(facilitator, eventId, 0);
        String second = preparation.agendaFor(facilitator, eventId).get(1).title();
        console.reload();
        assertThat(console.locator(".rt-entry").first()).isVisible();
        console.evaluate("() => document.activeElement && document.activeElement.blur()");
        tabTo(console, "the Next stage button",
                "el => el.matches('vaadin-button') && el.closest('.rt-stage-controls') !== null "
                        + "&& el.textContent.trim() === 'Next stage'");
        console.keyboard().press("Enter");
        assertEquals(1, awaitStage(facilitator, 1));
        assertThat(console.locator(".rt-stage-title, .rt-stage-item[aria-current], .rt-stage-moving").first())
                .isVisible();
        assertTrue(stages.stateFor(facilitator, eventId).stage().title().equals(second));
    }

    /**
     * Presses Tab until the focused element (looked for through shadow roots) satisfies
     * {@code test}, a JavaScript function of the element; fails after 200 presses.
     */
    private static void tabTo(Page page, String what, String test) {
        String focused = """
                () => { let el = document.activeElement;
                        while (el && el.shadowRoot && el.shadowRoot.activeElement) el = el.shadowRoot.activeElement;
                        if (!el) return false;
                        const host = el.getRootNode().host;
                        return [el, host].filter(e => e).some(TEST); }""".replace("TEST", test);
        for (int presses = 0; presses < 200; presses++) {
            if (Boolean.TRUE.equals(page.evaluate(focused))) {
                return;
            }
            page.keyboard().press("Tab");
        }
        fail("200 presses of Tab never reached " + what + " on " + page.url());
    }

    private int awaitStage(Caller.Account facilitator, int index) {
        long until = System.nanoTime() + 10_000_000_000L;
        while (System.nanoTime() < until && stages.stateFor(facilitator, eventId).stageIndex() != index) {
            console.waitForTimeout(100);
        }
        return stages.stateFor(facilitator, eventId).stageIndex();
    }

    // ---- plumbing ----------------------------------------------------------------------------

    private Page join(String name, int width, int height, String role, String agency) {
        Page page = newPage(name, width, height);
        page.navigate(baseUrl() + "/join/" + joinCode);
        assertThat(page.getByText(DemoChronology.PSEUDONYM)).isVisible();
        check(page, "join: who you are (" + name + ")");
        page.getByLabel("Your role").fill(role);
        page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName(agency)).check();
        page.locator("vaadin-button[theme~='primary']").last().click();
        page.waitForURL(baseUrl() + "/room/" + eventId);
        assertThat(page.locator(".rt-entry").first()).isVisible();
        return page;
    }

    private Page joinInWelsh(String device, int width, int height, Speaks how, String role, String agency) {
        Page page = newPage(device, width, height, how);
        page.navigate(baseUrl() + "/join/" + joinCode);
        assertThat(page.getByText(DemoChronology.PSEUDONYM)).isVisible();
        if (how == Speaks.WELSH_PICKED_ON_THE_JOIN_PAGE) {
            page.locator("vaadin-select.rt-language-choice").click();
            page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(LanguageChoice.nameOf(Texts.WELSH)))
                    .click();
            // The choice is kept in a cookie and the page shown again in Welsh.
            assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(cy("event.join.join"))))
                    .isVisible();
        }
        assertWelsh(page, "join: who you are (" + device + ")", cy("event.join.join"));
        check(page, "cy: join: who you are (" + device + ")");
        page.getByLabel(cy("event.join.role")).fill(role);
        page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName(agency)).check();
        page.locator("vaadin-button[theme~='primary']").last().click();
        page.waitForURL(baseUrl() + "/room/" + eventId);
        assertThat(page.locator(".rt-entry").first()).isVisible();
        return page;
    }

    /** A text in Welsh, as the screens say it. */
    private static String cy(String key, Object... args) {
        return Texts.get(Texts.WELSH, key, args);
    }

    /**
     * The same view in English and in Welsh, checked side by side once the Welsh one is shown to
     * really be Welsh ({@link #assertWelsh}).
     */
    private void checkInBoth(Page english, Page welsh, String view, String welshText) {
        assertWelsh(welsh, view, welshText);
        checkTogether(List.of(new Axe.View(english, view, false), new Axe.View(welsh, "cy: " + view, false)));
    }

    /**
     * A screen that must be Welsh is: the page says so ({@code <html lang="cy…">}, WCAG 3.1.1) and
     * {@code welshText} is on screen. An English screen fails here, before any rule is checked.
     */
    private static void assertWelsh(Page page, String view, String welshText) {
        try {
            page.waitForFunction("() => document.documentElement.lang.startsWith('cy')", null,
                    new Page.WaitForFunctionOptions().setTimeout(5_000));
        } catch (TimeoutError notWelsh) {
            fail(view + " in Welsh: <html lang> is \"" + page.evaluate("() => document.documentElement.lang")
                    + "\", not cy (WCAG 3.1.1)");
        }
        assertThat(page.getByText(welshText).filter(new Locator.FilterOptions().setVisible(true)).first())
                .isVisible();
    }

    private void check(Page page, String view) {
        checkTogether(List.of(new Axe.View(page, view, false)));
    }

    private void checkTogether(List<Axe.View> views) {
        // Vaadin sets the title once the view is drawn: check the view, not the page still loading.
        views.forEach(view -> view.page().waitForFunction("() => document.title.trim().length > 0"));
        long start = System.nanoTime();
        List<List<Axe.Violation>> found = axe.checkTogether(views);
        long millis = TestRun.millisSince(start);
        for (int i = 0; i < views.size(); i++) {
            List<Axe.Violation> here = found.get(i);
            System.out.println("[a11y] " + views.get(i).name() + ": " + here.size() + " violations"
                    + (here.isEmpty() ? "" : " " + here.stream().map(Axe.Violation::rule).distinct().toList())
                    + (views.size() == 1 ? " in " + millis + " ms" : " (" + views.size() + " at once, in " + millis + " ms)"));
        }
    }

    /** For the back row: no text under 28 px (its 7:1 contrast is axe's, in the same check as the rest). */
    private void measureProjectorText(Page page, String view) {
        @SuppressWarnings("unchecked")
        List<String> small = (List<String>) page.evaluate(SMALL_TEXT, PROJECTOR_MIN_TEXT_PX);
        small.forEach(text -> axe.add(view, "projector-text-size",
                "Text on the projector is at least " + PROJECTOR_MIN_TEXT_PX + " px", text, "too small to read at 6 m"));
    }

    /** Every control on a tablet or phone is at least 44 by 44 px (WCAG 2.5.5, Apple's and Android's guides). */
    private void measureTouchTargets(Page page, String view) {
        @SuppressWarnings("unchecked")
        List<String> small = (List<String>) page.evaluate(SMALL_TARGETS, TOUCH_TARGET_PX);
        small.forEach(target -> axe.add(view, "touch-target-44", "Touch targets are at least " + TOUCH_TARGET_PX
                + " by " + TOUCH_TARGET_PX + " px", target, "too small for a finger"));
    }

    static final int PROJECTOR_MIN_TEXT_PX = 28;
    static final int TOUCH_TARGET_PX = 44;

    /** Visible elements holding text of their own, smaller than the argument in px. */
    private static final String SMALL_TEXT = """
            min => {
              const small = [];
              for (const el of document.body.querySelectorAll('*')) {
                const own = [...el.childNodes].some(n => n.nodeType === 3 && n.textContent.trim());
                if (!own || !el.checkVisibility({opacityProperty: true, visibilityProperty: true})) continue;
                const box = el.getBoundingClientRect();
                const style = getComputedStyle(el);
                if (box.width <= 1 || box.height <= 1 || box.bottom < 0 || box.top > innerHeight) continue;
                const size = parseFloat(style.fontSize);
                if (size < min) small.push(el.tagName.toLowerCase() + (el.className ? '.' + String(el.className).trim().split(/\\s+/).join('.') : '')
                    + ' ' + size + 'px "' + el.textContent.trim().slice(0, 40) + '"');
              }
              return [...new Set(small)];
            }""";

    /** Visible controls smaller than the argument in px either way; a link inside a sentence is exempt. */
    private static final String SMALL_TARGETS = """
            min => {
              const small = [];
              const controls = 'vaadin-button, button, a[href], vaadin-tab, vaadin-select, vaadin-radio-button, '
                  + 'vaadin-checkbox, vaadin-text-field, vaadin-text-area, vaadin-combo-box, vaadin-date-picker, '
                  + 'vaadin-upload, input, select, textarea, [role=button], [role=tab]';
              for (const el of document.body.querySelectorAll(controls)) {
                if (el.closest('[hidden]') || el.matches('input[type=hidden]')) continue;
                if (el.parentElement && el.parentElement.closest(controls)) continue;
                const style = getComputedStyle(el);
                if (el.matches('a') && style.display === 'inline') continue;
                const box = el.getBoundingClientRect();
                if (box.width <= 1 || box.height <= 1
                    || !el.checkVisibility({opacityProperty: true, visibilityProperty: true})) continue;
                if (box.width < min || box.height < min) small.push(el.tagName.toLowerCase()
                    + (el.className ? '.' + String(el.className).trim().split(/\\s+/).join('.') : '')
                    + ' ' + Math.round(box.width) + 'x' + Math.round(box.height) + ' "' + (el.getAttribute('aria-label') || el.textContent).trim().slice(0, 30) + '"');
              }
              return [...new Set(small)];
            }""";

    /** How a device comes to speak the language its screens speak. */
    private enum Speaks { ENGLISH, WELSH_BY_BROWSER, WELSH_BY_COOKIE, WELSH_PICKED_ON_THE_JOIN_PAGE }

    private Page newPage(String name, int width, int height) {
        return newPage(name, width, height, Speaks.ENGLISH);
    }

    private Page newPage(String name, int width, int height, Speaks how) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                .setViewportSize(width, height)
                .setLocale(how == Speaks.WELSH_BY_BROWSER ? "cy-GB" : "en-GB")
                .setTimezoneId("Europe/London"));
        if (how == Speaks.WELSH_BY_COOKIE) {
            // What LanguageChoice leaves on a device where someone chose Cymraeg.
            context.addCookies(List.of(new Cookie(LanguageChoice.COOKIE, "cy").setUrl(baseUrl())));
        }
        context.setDefaultTimeout(20_000);
        contexts.add(context);
        Page page = context.newPage();
        faults.watch(page, how == Speaks.ENGLISH ? name : name + " (cy)");
        return page;
    }

    private String baseUrl() {
        return "http://localhost:" + port;
    }
}
