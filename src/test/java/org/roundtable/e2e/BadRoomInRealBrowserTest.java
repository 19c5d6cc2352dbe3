package org.roundtable.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.roundtable.testing.Eventually.assertEventually;

import java.io.IOException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.Cookie;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.roundtable.access.Accounts;
import org.roundtable.access.Caller;
import org.roundtable.board.Notes;
import org.roundtable.event.Contributors;
import org.roundtable.event.LearningEvent;
import org.roundtable.event.LearningEvents;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A tablet in a room with bad Wi-Fi, in a real browser: a loopback proxy between the tablet and
 * the app drops the connection. A 30-second drop resumes without a reload and the note sent while
 * offline arrives once; a lost session reloads the tablet by itself, as the same participant,
 * sends what its outbox kept, once, and gives back the draft being typed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadRoomInRealBrowserTest {

    private static final String FACILITATOR = "e2e-facilitator";
    private static final String PASSWORD = "correct horse battery staple";
    private static final Path STORE_DIR = TestRun.freshStoreDirectory("e2e-bad-room-");
    private static final Path SCREENSHOTS = Paths.get("target", "screenshots");

    @DynamicPropertySource
    static void app(DynamicPropertyRegistry registry) {
        registry.add("roundtable.store.file", () -> STORE_DIR.resolve("roundtable.db").toString());
        registry.add("roundtable.demo.enabled", () -> "true");
        registry.add("roundtable.access.admin-username", () -> FACILITATOR);
        registry.add("roundtable.access.admin-password", () -> PASSWORD);
        registry.add("roundtable.cluster.name", () -> "e2e-" + UUID.randomUUID());
    }

    @LocalServerPort
    private int port;
    @Autowired
    private Accounts accounts;
    @Autowired
    private LearningEvents events;
    @Autowired
    private Notes notes;
    @Autowired
    private Contributors contributors;

    private final Chromium.Faults faults = new Chromium.Faults();
    private Playwright playwright;
    private Browser browser;
    private LoopbackProxy wifi;
    private LearningEvent event;

    @BeforeAll
    void startTheBrowserAndTheWifi() throws IOException {
        PlaywrightAssertions.setDefaultAssertionTimeout(10_000);
        playwright = Chromium.playwright();
        browser = Chromium.launch(playwright);
        wifi = new LoopbackProxy(port);
        event = events.listFor(facilitator()).stream().filter(LearningEvent::demo).findFirst().orElseThrow();
    }

    @AfterEach
    void noPageMisbehaved() {
        wifi.restore();
        faults.assertNone();
    }

    @AfterAll
    void stopTheBrowserAndTheWifi() throws IOException {
        if (wifi != null) {
            wifi.close();
        }
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    @Test
    void a_note_sent_during_a_thirty_second_drop_arrives_once_without_a_reload() {
        Page tablet = joinThroughTheWifi(browser.newContext(), "Health visitor " + TestRun.shortId());
        Locator indicator = tablet.locator(".rt-connection");
        assertThat(indicator).hasText(Pattern.compile("Connected"));
        assertThat(indicator).hasAttribute("role", "status");
        tablet.evaluate("() => { window.__rtNoReload = 1; }");
        String note = "Sent while the Wi-Fi was down [" + TestRun.shortId() + "]";
        Locator field = openTheNoteDialog(tablet, 0);
        field.fill(note);

        wifi.cut();
        long cut = System.nanoTime();
        assertThat(indicator).hasText(Pattern.compile("Reconnecting|Offline"));
        dialogOf(tablet).getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Add note").setExact(true))
                .click();
        assertEquals(Boolean.TRUE, tablet.evaluate("text => (sessionStorage.getItem('rt-outbox|' + '"
                + event.id() + "') || '').includes(text)", note), "the note waits in the tablet's outbox");
        assertThat(field).isVisible();
        tablet.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("tablet-offline.png")));
        // The one long wait: the room's Wi-Fi stays down for 30 seconds.
        tablet.waitForTimeout(Math.max(0, 30_000 - TestRun.millisSince(cut)));
        assertThat(indicator).hasText(Pattern.compile("Reconnecting|Offline"));
        assertEquals(0, copiesOf(note), "nothing reached the server while cut");

        wifi.restore();
        assertThat(indicator).hasText("Connected", new LocatorAssertions.HasTextOptions().setTimeout(20_000));
        assertThat(field).isHidden();
        assertEventually(() -> copiesOf(note) == 1);
        assertEquals(1, tablet.evaluate("() => window.__rtNoReload"), "the page was not reloaded");
        assertEquals(Boolean.FALSE, tablet.evaluate("text => (sessionStorage.getItem('rt-outbox|' + '"
                + event.id() + "') || '').includes(text)", note), "the outbox is emptied once the note is added");
        assertThat(tablet.locator(".rt-note-text").filter(new Locator.FilterOptions().setHasText(note)))
                .hasCount(1);
        tablet.waitForTimeout(1000);
        assertEquals(1, copiesOf(note), "added once");
    }

    @Test
    void a_tablet_whose_session_is_lost_reloads_as_the_same_participant_sends_its_outbox_once_and_keeps_its_draft() {
        BrowserContext context = browser.newContext();
        String role = "Social worker " + TestRun.shortId();
        Page tablet = joinThroughTheWifi(context, role);
        // The device itself loses its network: the browser says so at once.
        context.setOffline(true);
        assertThat(tablet.locator(".rt-connection")).hasText(Pattern.compile("^Offline"));
        context.setOffline(false);
        assertThat(tablet.locator(".rt-connection")).hasText("Connected");

        String draft = "Still thinking about the second visit [" + TestRun.shortId() + "]";
        openTheNoteDialog(tablet, 1).fill(draft);
        tablet.keyboard().press("Escape");
        assertThat(dialogOf(tablet)).hasCount(0);

        String note = "Sent as the node died [" + TestRun.shortId() + "]";
        openTheNoteDialog(tablet, 0).fill(note);
        tablet.evaluate("() => { window.__rtNoReload = 1; }");
        wifi.cut();
        assertThat(tablet.locator(".rt-connection")).hasText(Pattern.compile("Reconnecting|Offline"));
        dialogOf(tablet).getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Add note").setExact(true))
                .click();
        // The session is gone, as when the tablet's node dies: the next node knows nothing of the one it names.
        Cookie session = context.cookies().stream().filter(c -> c.name.equals("JSESSIONID")).findFirst()
                .orElseThrow();
        context.addCookies(List.of(new Cookie(session.name, "0" + UUID.randomUUID().toString().replace("-", ""))
                .setDomain(session.domain).setPath(session.path).setHttpOnly(session.httpOnly)));
        wifi.restore();

        waitForTheReload(tablet);
        assertThat(tablet.locator(".rt-you")).containsText(role);
        assertThat(tablet.getByText("Your note from before the connection dropped was sent")).isVisible();
        assertEventually(() -> copiesOf(note) == 1);
        assertEquals(1, contributors.roomFor(facilitator(), event.id()).stream()
                .filter(member -> member.role().equals(role)).count(), "the same participant, not a second one");
        assertNotEquals(Boolean.TRUE, tablet.evaluate("text => (sessionStorage.getItem('rt-outbox|' + '"
                + event.id() + "') || '').includes(text)", note));

        assertThat(openTheNoteDialog(tablet, 1)).hasValue(draft);
        tablet.waitForTimeout(1000);
        assertEquals(1, copiesOf(note), "added once");
    }

    private Page joinThroughTheWifi(BrowserContext context, String role) {
        Page tablet = context.newPage();
        faults.watch(tablet, "tablet");
        String joinCode = events.secretsFor(facilitator(), event.id()).displayJoinCode();
        tablet.navigate(throughTheWifi() + "/join/" + joinCode);
        tablet.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Your role")).fill(role);
        tablet.getByRole(AriaRole.RADIOGROUP, new Page.GetByRoleOptions().setName("Your agency"))
                .getByRole(AriaRole.RADIO, new Locator.GetByRoleOptions().setName("Health Visiting")).check();
        tablet.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Join").setExact(true)).click();
        tablet.waitForURL(throughTheWifi() + "/room/" + event.id());
        assertThat(tablet.locator(".rt-entry")).hasCount(40);
        return tablet;
    }

    /** Opens the note dialog of the timeline's {@code index}th entry; returns its text field. */
    private static Locator openTheNoteDialog(Page tablet, int index) {
        tablet.locator(".rt-entry").nth(index).locator(".rt-add-note").click();
        Locator field = dialogOf(tablet).getByRole(AriaRole.TEXTBOX,
                new Locator.GetByRoleOptions().setName("Your note"));
        assertThat(field).isVisible();
        return field;
    }

    private static Locator dialogOf(Page tablet) {
        return tablet.getByRole(AriaRole.DIALOG, new Page.GetByRoleOptions().setName("Note on the timeline"));
    }

    /** Waits until the page has reloaded itself (the mark set on the old page is gone). */
    private static void waitForTheReload(Page tablet) {
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (System.nanoTime() < deadline) {
            try {
                if (!Boolean.TRUE.equals(tablet.evaluate("() => window.__rtNoReload === 1"))) {
                    tablet.waitForLoadState();
                    return;
                }
            } catch (PlaywrightException navigating) {
                // The old page went away mid-question: the reload is under way.
            }
            tablet.waitForTimeout(200);
        }
        throw new AssertionError("The tablet did not reload itself after its session was lost");
    }

    private long copiesOf(String text) {
        return notes.notesFor(facilitator(), event.id()).stream().filter(n -> n.text().equals(text)).count();
    }

    private Caller.Account facilitator() {
        return accounts.byUsername(FACILITATOR).orElseThrow();
    }

    private String throughTheWifi() {
        return "http://127.0.0.1:" + wifi.port();
    }
}
