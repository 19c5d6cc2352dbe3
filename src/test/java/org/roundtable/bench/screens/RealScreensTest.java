package org.roundtable.bench.screens;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.roundtable.access.Caller;
import org.roundtable.board.NoteKind;
import org.roundtable.board.NotePlace;
import org.roundtable.board.Notes;
import org.roundtable.e2e.Chromium;
import org.roundtable.event.LearningEvent;
import org.roundtable.event.LearningEvents;
import org.roundtable.testing.TestRoom;
import org.roundtable.timeline.Timelines;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The benchmark's real screens against the whole application (real Vaadin, push, MapDB and
 * Chromium): a projector and two tablets that joined through the join screen record a note's token
 * once, when it shows, and nothing that was never sent or never visible.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RealScreensTest {

    private static final Duration VISIBLE_WITHIN = Duration.ofSeconds(10);
    private static final Path STORE_DIR = freshStoreDirectory();

    /** On top of the test profile: a store and a cluster of this class's own, the demo event, a known facilitator. */
    @DynamicPropertySource
    static void app(DynamicPropertyRegistry registry) {
        registry.add("roundtable.store.file", () -> STORE_DIR.resolve("roundtable.db").toString());
        registry.add("roundtable.cluster.name", () -> "bench-screens-" + UUID.randomUUID());
        registry.add("roundtable.demo.enabled", () -> "true");
        registry.add("roundtable.access.admin-username", () -> TestRoom.FACILITATOR);
        registry.add("roundtable.access.admin-password", () -> TestRoom.PASSWORD);
    }

    @LocalServerPort
    private int port;
    @Autowired
    private TestRoom room;
    @Autowired
    private LearningEvents events;
    @Autowired
    private Timelines timelines;
    @Autowired
    private Notes notes;

    private Playwright playwright;
    private Browser browser;
    private RealScreens screens;
    private LearningEvent event;
    private Caller.Participant author;
    private String entryId;

    @BeforeAll
    void openTheScreens() {
        Chromium.requireInstalled();
        playwright = Chromium.playwright();
        browser = Chromium.launch(playwright);
        event = room.demoEvent();
        Caller.Account facilitator = room.facilitator();
        author = room.joinDemo("POL");
        entryId = timelines.timelineFor(facilitator, event.id()).entries().getFirst().id();

        long start = System.nanoTime();
        screens = RealScreens.open(browser, URI.create("http://127.0.0.1:" + port),
                events.secretsFor(facilitator, event.id()).projectorToken(), room.joinCode(event), 2, "Health Visiting");
        log("projector and 2 tablets open in %d ms", (System.nanoTime() - start) / 1_000_000);
    }

    @AfterAll
    void closeTheScreens() {
        if (screens != null) {
            screens.close();
        }
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    @Test
    void a_note_is_recorded_on_every_screen_once_at_the_moment_it_shows_after_it_was_sent() {
        assertEquals(List.of("projector", "tablet-1", "tablet-2"), screens.pageNames());
        Map<String, RealScreens.PushCount> before = screens.pushCounts();
        String token = newToken();

        double sent = RealScreens.epochMillisNow();
        addNote(token);
        Map<String, Double> seen = screens.awaitSeen(token, VISIBLE_WITHIN);
        double after = RealScreens.epochMillisNow();

        assertEquals(screens.pageNames(), List.copyOf(seen.keySet()));
        Map<String, Double> pushedAt = screens.pushedAt(token);
        seen.forEach((page, at) -> {
            assertTrue(at >= sent && at <= after && at - sent <= VISIBLE_WITHIN.toMillis(),
                    () -> String.format(Locale.ROOT, "the %s saw the note at %.1f, %.1f ms after it was sent (answer at %.1f)",
                            page, at, at - sent, after));
            double arrived = pushedAt.get(page);
            assertTrue(arrived >= sent && arrived <= at,
                    () -> String.format(Locale.ROOT, "the %s had the push at %.1f, sent %.1f, visible %.1f", page,
                            arrived, sent, at));
            log("%s: pushed %.1f ms and visible %.1f ms after the note was sent", page, arrived - sent, at - sent);
        });
        for (String page : screens.pageNames()) {
            // The note's text is in the light DOM on these views (textContent leaves shadow roots out).
            assertEquals(Boolean.TRUE, screens.page(page).evaluate("token => document.body.textContent.includes(token)",
                    token), page);
        }
        Map<String, RealScreens.PushCount> pushed = screens.pushCounts();
        Map<String, Integer> pushSizes = screens.pushSize(token);
        for (String page : screens.pageNames()) {
            assertTrue(pushed.get(page).frames() > before.get(page).frames(), page + " received no push for the note");
            assertTrue(pushSizes.containsKey(page), page + " received no push frame carrying " + token);
        }
        log("push frames so far %s; the push that carried the note: %s characters", pushed, pushSizes);
        log("page clock minus system clock (ms): %s", screens.clockSkewMillis());

        // A later change re-renders the timeline; the first moment stays, and the token still counts once.
        String next = newToken();
        addNote(next);
        screens.awaitSeen(next, VISIBLE_WITHIN);
        assertEquals(seen, screens.seenAt(token));
        for (String page : screens.pageNames()) {
            Object recorded = screens.page(page).evaluate("token => Object.keys(window.__rtScreen.all())"
                    + ".filter(t => t === token).length", token);
            assertEquals(1, ((Number) recorded).intValue(), page);
        }
    }

    @Test
    void a_token_never_sent_is_never_reported_and_waiting_for_it_fails_naming_every_screen() {
        String never = newToken();
        assertEquals(Map.of(), screens.seenAt(never));
        IllegalStateException missed = assertThrows(IllegalStateException.class,
                () -> screens.awaitSeen(never, Duration.ofMillis(300)));
        assertTrue(missed.getMessage().contains("[projector, tablet-1, tablet-2]"), missed.getMessage());
    }

    @Test
    void a_token_counts_only_once_it_is_rendered_including_text_in_a_closed_shadow_root() {
        Page projector = screens.page("projector");
        String hidden = newToken();
        // In the document but not rendered: still not seen after two frames.
        Object whileHidden = projector.evaluate("""
                async token => {
                  const box = document.createElement('div');
                  box.id = 'bench-hidden-box';
                  box.style.display = 'none';
                  box.append(document.createElement('p'));
                  box.firstChild.textContent = 'hidden ' + token;
                  document.body.append(box);
                  for (let i = 0; i < 2; i++) { await new Promise(done => requestAnimationFrame(done)); }
                  return window.__rtScreen.seen(token);
                }""", hidden);
        assertNull(whileHidden);
        double shown = projector.evaluate("() => performance.timeOrigin + performance.now()") instanceof Number n
                ? n.doubleValue() : Double.NaN;
        projector.evaluate("() => { document.getElementById('bench-hidden-box').style.display = 'block'; }");
        projector.waitForFunction("token => window.__rtScreen.seen(token) !== null", hidden);
        assertTrue(screens.seenAt(hidden).get("projector") >= shown, "recorded before it was shown");

        String shadowed = newToken();
        projector.evaluate("""
                token => {
                  const host = document.createElement('div');
                  document.body.append(host);
                  const root = host.attachShadow({ mode: 'closed' });
                  const text = document.createElement('span');
                  root.append(text);
                  text.textContent = 'inside a shadow root ' + token;
                }""", shadowed);
        projector.waitForFunction("token => window.__rtScreen.seen(token) !== null", shadowed);
        assertEquals(List.of("projector"), List.copyOf(screens.seenAt(shadowed).keySet()));
    }

    private void addNote(String token) {
        notes.add(author, event.id(), NotePlace.onEntry(entryId), NoteKind.COMMENT,
                "The benchmark's note " + token + " on the first entry");
    }

    private static String newToken() {
        return "bench-" + Long.toString(UUID.randomUUID().getMostSignificantBits() >>> 1, 36);
    }

    private static Path freshStoreDirectory() {
        try {
            Path parent = Files.createDirectories(Path.of("target", "test-data"));
            return Files.createTempDirectory(parent, "bench-screens-").toAbsolutePath();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot create a store directory under target/test-data/", e);
        }
    }

    private static void log(String format, Object... args) {
        System.out.println("[real screens] " + String.format(Locale.ROOT, format, args));
    }
}
