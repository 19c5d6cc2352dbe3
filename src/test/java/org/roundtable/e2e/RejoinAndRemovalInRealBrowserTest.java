package org.roundtable.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
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
import com.microsoft.playwright.options.SameSiteAttribute;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.roundtable.event.LearningEvents;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A tablet's capability cookie in a real browser: it is set when joining (http-only, SameSite
 * Lax), it brings the tablet back into the room after its session is gone, as after a node
 * restart; when the facilitator removes that person the tablet says so at once, by push, and a
 * reload lands on the join page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RejoinAndRemovalInRealBrowserTest {

    private static final String FACILITATOR = "e2e-facilitator";
    private static final String PASSWORD = "correct horse battery staple";
    private static final Path STORE_DIR = TestRun.freshStoreDirectory("e2e-rejoin-");

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

    private Playwright playwright;
    private Browser browser;

    @BeforeAll
    void startTheBrowser() {
        PlaywrightAssertions.setDefaultAssertionTimeout(10_000);
        playwright = Chromium.playwright();
        browser = Chromium.launch(playwright);
    }

    @AfterAll
    void stopTheBrowser() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    @Test
    void a_tablet_rejoins_without_the_code_after_losing_its_session_and_loses_the_room_when_removed() {
        Page console = browser.newContext().newPage();
        String eventId = signInAndOpenTheDemoEvent(console);
        String joinCode = console.locator(".rt-join-code").textContent().strip();

        BrowserContext tabletContext = browser.newContext();
        Page tablet = tabletContext.newPage();
        tablet.navigate(baseUrl() + "/join/" + joinCode);
        tablet.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Your role")).fill("School nurse");
        tablet.getByRole(AriaRole.RADIOGROUP, new Page.GetByRoleOptions().setName("Your agency"))
                .getByRole(AriaRole.RADIO, new Locator.GetByRoleOptions().setName("Health Visiting")).check();
        tablet.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Join").setExact(true)).click();
        tablet.waitForURL(baseUrl() + "/room/" + eventId);
        assertThat(tablet.locator(".rt-you")).hasText("School nurse · Health Visiting");

        Cookie capability = tabletContext.cookies().stream().filter(c -> c.name.equals("rt-room-" + eventId))
                .findFirst().orElseThrow(() -> new AssertionError("no capability cookie: " + tabletContext.cookies()));
        assertTrue(capability.httpOnly, "the capability cookie is http-only");
        assertEquals(SameSiteAttribute.LAX, capability.sameSite);
        assertEquals("/", capability.path);
        assertTrue(capability.value.startsWith("v1." + eventId + "."), capability.value);
        assertEquals(Boolean.FALSE, tablet.evaluate("() => document.cookie.includes('rt-room-')"),
                "the page's scripts cannot read the capability");

        // A new session, as after a node restart: only JSESSIONID goes, the capability stays.
        tabletContext.clearCookies(new BrowserContext.ClearCookiesOptions().setName("JSESSIONID"));
        tablet.reload();
        assertThat(tablet.locator(".rt-you")).hasText("School nurse · Health Visiting");
        assertEquals(baseUrl() + "/room/" + eventId, tablet.url());

        tablet.evaluate("() => { window.__notReloaded = true; }");
        console.locator(".rt-console-areas").getByRole(AriaRole.TAB, new Locator.GetByRoleOptions().setName("Room"))
                .click();
        console.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
                .setName("Remove School nurse (Health Visiting)")).click();
        console.getByRole(AriaRole.ALERTDIALOG).getByRole(AriaRole.BUTTON,
                new Locator.GetByRoleOptions().setName("Remove").setExact(true)).click();

        assertThat(tablet.getByText(LearningEvents.REMOVED)).isVisible();
        assertEquals(Boolean.TRUE, tablet.evaluate("() => window.__notReloaded === true"), "shown by push");

        tablet.reload();
        assertThat(tablet.locator("body")).not().containsText("School nurse · Health Visiting");
        assertThat(tablet.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Join code"))).isVisible();
        assertThat(tablet).hasURL(Pattern.compile(".*/join$"));
        assertTrue(tabletContext.cookies().stream().noneMatch(c -> c.name.equals("rt-room-" + eventId)),
                "the removed device's cookie is deleted");
        tablet.navigate(baseUrl() + "/room/" + eventId);
        assertThat(tablet.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Join first")))
                .isVisible();
    }

    private String signInAndOpenTheDemoEvent(Page console) {
        console.navigate(baseUrl() + "/");
        console.waitForURL(Pattern.compile(".*/login$"));
        console.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("User name")).fill(FACILITATOR);
        console.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Password")).fill(PASSWORD);
        console.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        console.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(DemoChronology.PSEUDONYM).setExact(true))
                .click();
        console.waitForURL(Pattern.compile(".*/events/[0-9a-f-]{36}$"));
        assertThat(console.locator(".rt-join-code")).hasText(Pattern.compile("^[0-9A-Z]{4}-[0-9A-Z]{4}$"));
        return console.url().replaceAll(".*/events/", "");
    }

    private String baseUrl() {
        return "http://localhost:" + port;
    }
}
