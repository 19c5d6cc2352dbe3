package org.roundtable.bench.screens;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.TimeoutError;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.WaitForSelectorState;
import com.microsoft.playwright.options.WaitUntilState;

/**
 * The benchmark's real screens: the projector and a few tablets, each a headless Chromium page in
 * its own browser context (its own cookies, so its own Vaadin session), which record the moment a
 * note becomes visible in their DOM.
 *
 * <p>Every page carries a small recorder, installed before the application's own scripts: a
 * {@code MutationObserver} on the whole document and on every shadow root the page creates (open or
 * closed; the note's text is in the light DOM on these views, but a component could render text
 * in its shadow root, and it would otherwise be missed). It looks only at what a mutation brings:
 * added nodes and changed text, never a scan of the whole document. For every token matching the
 * harness's pattern it keeps the first moment the token was <em>visible</em>: in a text node
 * attached to the document whose element is rendered, in the sense of
 * {@code Element.checkVisibility()} with opacity and {@code visibility} checked (no
 * {@code display: none} on the way up, not in a closed dialog or an unslotted part of a shadow
 * host, not transparent). A token that arrives hidden is checked again on every animation frame
 * until it shows, is removed, or ten seconds pass. Whether it is scrolled into the viewport is not
 * asked: a note below the fold is on the screen the moment someone scrolls, and the benchmark
 * measures the application, not the reader.
 *
 * <p>The moment is taken when the observer hears of the change, which is after the push has been
 * applied to the DOM and before the browser paints it (at most one frame, about 16 ms, later). It
 * is read as {@code performance.timeOrigin + performance.now()}: milliseconds since the epoch with
 * sub-millisecond resolution. The harness compares it with its own wall clock
 * ({@link #epochMillisNow()}) when the note was sent; that works because browser and harness run on
 * the same machine and read the same system clock. {@link #clockSkewMillis()} shows how far the
 * page's monotonic clock has drifted from the system clock since the page opened.
 *
 * <p>Every page also notes when the first push carrying each token arrived on Vaadin's push
 * WebSocket ({@code /VAADIN/push}), before the client applied it ({@link #pushedAt}), so the
 * latency splits into the server's part and the browser's. Playwright counts the frames each page
 * receives on that socket, so the harness can report pushes per screen per second for the real
 * screens too, and the size of the first push that carried each token (what the floor's messages
 * are padded to).
 *
 * <p>Playwright objects belong to one thread: call every method of this class from the same thread.
 * A page that reloads (its session was lost) starts a new recorder and forgets what it had seen.
 */
public final class RealScreens implements AutoCloseable {

    /** The tokens the harness writes into its notes unless it gives another pattern. */
    public static final String BENCH_TOKENS = "bench-[0-9a-z]+";

    private static final String PROJECTOR = "projector";
    private static final Duration OPEN_TIMEOUT = Duration.ofSeconds(30);
    /** Navigation returns once the server has answered; what the page then needs is waited for apart. */
    private static final Page.NavigateOptions LOADING = new Page.NavigateOptions().setWaitUntil(WaitUntilState.COMMIT);

    /**
     * The in-page recorder. {@code %s} is the token pattern as a JSON string. Idempotent, so a
     * second installation in the same document does nothing.
     */
    private static final String RECORDER = """
            (() => {
              if (window.__rtScreen) { return; }
              const tokens = new RegExp(%s, 'g');
              const clock = () => performance.timeOrigin + performance.now();
              const seen = new Map();     // token -> epoch ms when it was first visible
              const waiting = new Map();  // token -> { nodes, since }: found while hidden
              const patience = 10000;
              let polling = false;

              const rendered = node => {
                const element = node.nodeType === Node.TEXT_NODE ? node.parentElement : node;
                return node.isConnected && element !== null && element.checkVisibility({
                  checkOpacity: true, checkVisibilityCSS: true, opacityProperty: true, visibilityProperty: true });
              };
              // The text nodes holding the token; the root itself when the token spans several.
              const holders = (root, token) => {
                if (root.nodeType === Node.TEXT_NODE) { return [root]; }
                const found = [];
                const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
                for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
                  if (node.data.includes(token)) { found.push(node); }
                }
                return found.length > 0 ? found : [root];
              };
              const settle = (token, nodes, at) => {
                if (nodes.some(rendered)) {
                  seen.set(token, at);
                  waiting.delete(token);
                  return;
                }
                const earlier = waiting.get(token);
                waiting.set(token, { nodes: earlier ? earlier.nodes.concat(nodes) : nodes,
                                     since: earlier ? earlier.since : at });
                poll();
              };
              const look = (node, at) => {
                const text = node.nodeType === Node.TEXT_NODE ? node.data
                    : node.nodeType === Node.ELEMENT_NODE ? node.textContent : null;
                if (!text) { return; }
                for (const match of text.matchAll(tokens)) {
                  if (!seen.has(match[0])) { settle(match[0], holders(node, match[0]), at); }
                }
              };
              const recheck = at => {
                for (const [token, { nodes, since }] of waiting) {
                  if (nodes.some(rendered)) {
                    seen.set(token, at);
                    waiting.delete(token);
                  } else if (at - since > patience) {
                    waiting.delete(token);
                  }
                }
              };
              const poll = () => {
                if (polling) { return; }
                polling = true;
                const frame = () => {
                  recheck(clock());
                  if (waiting.size > 0) { requestAnimationFrame(frame); } else { polling = false; }
                };
                requestAnimationFrame(frame);
              };

              const observer = new MutationObserver(records => {
                const at = clock();
                if (waiting.size > 0) { recheck(at); }
                for (const record of records) {
                  if (record.type === 'characterData') {
                    look(record.target, at);
                  } else {
                    for (const node of record.addedNodes) { look(node, at); }
                  }
                }
              });
              const watched = { childList: true, subtree: true, characterData: true };
              observer.observe(document, watched);
              const attachShadow = Element.prototype.attachShadow;
              Element.prototype.attachShadow = function (init) {
                const root = attachShadow.call(this, init);
                observer.observe(root, watched);
                return root;
              };

              // When a push carrying a token arrived, before Vaadin's client applies it: this
              // listener is added at construction, ahead of the one the push client sets.
              const pushed = new Map();
              window.WebSocket = new Proxy(window.WebSocket, {
                construct(target, args, newTarget) {
                  const socket = Reflect.construct(target, args, newTarget);
                  if (String(args[0]).includes('/VAADIN/push')) {
                    socket.addEventListener('message', event => {
                      const at = clock();
                      if (typeof event.data !== 'string') { return; }
                      for (const match of event.data.matchAll(tokens)) {
                        if (!pushed.has(match[0])) { pushed.set(match[0], at); }
                      }
                    });
                  }
                  return socket;
                }
              });

              Object.defineProperty(window, '__rtScreen', { value: Object.freeze({
                seen: token => seen.has(token) ? seen.get(token) : null,
                pushed: token => pushed.has(token) ? pushed.get(token) : null,
                all: () => Object.fromEntries(seen),
                skew: () => clock() - Date.now()
              }) });
            })();
            """;

    private final Map<String, Page> pages = new LinkedHashMap<>();
    private final Map<String, PushCounter> pushes = new LinkedHashMap<>();
    private final List<BrowserContext> contexts = new ArrayList<>();
    private final Pattern tokens;
    private final String recorder;

    private RealScreens(Pattern tokens) {
        this.tokens = tokens;
        this.recorder = RECORDER.formatted(jsonString(tokens.pattern()));
    }

    /**
     * Opens the projector and {@code tablets} tablets that join with {@code joinCode} as someone of
     * the agency named {@code agencyName}, recording tokens matching {@link #BENCH_TOKENS}; returns
     * once every page shows the room's timeline.
     *
     * @param base the application's address, e.g. {@code http://127.0.0.1:8080}
     */
    public static RealScreens open(Browser browser, URI base, String projectorToken, String joinCode, int tablets,
            String agencyName) {
        return open(browser, base, projectorToken, joinCode, tablets, agencyName, BENCH_TOKENS);
    }

    /**
     * As {@link #open(Browser, URI, String, String, int, String)}, recording tokens matching
     * {@code tokenPattern}, a regular expression read alike by Java and JavaScript (letters, digits,
     * character classes, quantifiers).
     */
    public static RealScreens open(Browser browser, URI base, String projectorToken, String joinCode, int tablets,
            String agencyName, String tokenPattern) {
        RealScreens screens = new RealScreens(Pattern.compile(tokenPattern));
        String root = base.toString().replaceAll("/+$", "");
        try {
            // Every page loads at once; then each tablet joins, and only then is each waited for.
            Page projector = screens.newPage(browser, PROJECTOR, 1920, 1080);
            projector.navigate(root + "/projector/" + projectorToken, LOADING);
            for (int i = 1; i <= tablets; i++) {
                screens.newPage(browser, "tablet-" + i, 800, 1280).navigate(root + "/join/" + joinCode, LOADING);
            }
            for (int i = 1; i <= tablets; i++) {
                join(screens.pages.get("tablet-" + i), "Benchmark tablet " + i, agencyName);
            }
            screens.pages.forEach((name, page) -> {
                if (!name.equals(PROJECTOR)) {
                    page.waitForURL(url -> url.contains("/room/"));
                }
                showsTheTimeline(page, name);
            });
            return screens;
        } catch (RuntimeException e) {
            screens.close();
            throw e;
        }
    }

    /** The wall clock in milliseconds since the epoch, sub-millisecond: the same clock the pages use. */
    public static double epochMillisNow() {
        Instant now = Instant.now();
        return now.getEpochSecond() * 1000.0 + now.getNano() / 1_000_000.0;
    }

    /** "projector", then "tablet-1", "tablet-2", … */
    public List<String> pageNames() {
        return List.copyOf(pages.keySet());
    }

    /** Page name → when {@code token} became visible there (epoch ms), for the pages that have shown it so far. */
    public Map<String, Double> seenAt(String token) {
        Map<String, Double> seen = new LinkedHashMap<>();
        pages.forEach((name, page) -> {
            Double at = seenOn(page, token);
            if (at != null) {
                seen.put(name, at);
            }
        });
        return seen;
    }

    /** Page name → every token it has shown so far → when it became visible (epoch ms): one round trip per page. */
    public Map<String, Map<String, Double>> seen() {
        Map<String, Map<String, Double>> seen = new LinkedHashMap<>();
        pages.forEach((name, page) -> {
            Map<String, Double> tokens = new LinkedHashMap<>();
            Object all = page.evaluate("() => window.__rtScreen === undefined ? {} : window.__rtScreen.all()");
            if (all instanceof Map<?, ?> map) {
                map.forEach((token, at) -> tokens.put(token.toString(), ((Number) at).doubleValue()));
            }
            seen.put(name, tokens);
        });
        return seen;
    }

    /**
     * Waits until {@code token} is visible on every page and returns page name → when it became
     * visible there (epoch ms).
     *
     * @throws IllegalStateException naming the pages that had not shown it within {@code timeout}
     */
    public Map<String, Double> awaitSeen(String token, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        for (Page page : pages.values()) {
            double remainingMillis = Math.max(1, (deadline - System.nanoTime()) / 1_000_000.0);
            try {
                page.waitForFunction("token => window.__rtScreen !== undefined && window.__rtScreen.seen(token) !== null",
                        token, new Page.WaitForFunctionOptions().setTimeout(remainingMillis));
            } catch (TimeoutError e) {
                break;
            }
        }
        Map<String, Double> seen = seenAt(token);
        if (seen.size() < pages.size()) {
            List<String> missing = new ArrayList<>(pages.keySet());
            missing.removeAll(seen.keySet());
            throw new IllegalStateException(token + " was not visible within " + timeout + " on " + missing);
        }
        return seen;
    }

    /**
     * Page name → when the first push carrying {@code token} reached the page (epoch ms, the same
     * clock as {@link #seenAt}), before Vaadin's client applied it: the difference to
     * {@link #seenAt} is the browser's share of the latency, the rest the server's and the network's.
     */
    public Map<String, Double> pushedAt(String token) {
        Map<String, Double> pushed = new LinkedHashMap<>();
        pages.forEach((name, page) -> {
            Object at = page.evaluate("token => window.__rtScreen === undefined ? null : window.__rtScreen.pushed(token)",
                    token);
            if (at != null) {
                pushed.put(name, ((Number) at).doubleValue());
            }
        });
        return pushed;
    }

    /** Page name → frames received on its push WebSocket so far, and their size. */
    public Map<String, PushCount> pushCounts() {
        // a round trip to each page lets Playwright hand over the frame events queued before it
        pages.values().forEach(page -> page.evaluate("() => 0"));
        Map<String, PushCount> counts = new LinkedHashMap<>();
        pushes.forEach((name, counter) -> counts.put(name, counter.count()));
        return counts;
    }

    /** Page name → the size in characters of the first push frame that carried {@code token}. */
    public Map<String, Integer> pushSize(String token) {
        Map<String, Integer> sizes = new LinkedHashMap<>();
        pushes.forEach((name, counter) -> {
            Integer size = counter.sizeOfFirstWith.get(token);
            if (size != null) {
                sizes.put(name, size);
            }
        });
        return sizes;
    }

    /**
     * Page name → how far the page's clock ({@code performance.timeOrigin + performance.now()}) is
     * ahead of the system clock ({@code Date.now()}) now, in milliseconds; drift over a long run
     * shows here.
     */
    public Map<String, Double> clockSkewMillis() {
        Map<String, Double> skews = new LinkedHashMap<>();
        pages.forEach((name, page) -> skews.put(name,
                ((Number) page.evaluate("() => window.__rtScreen.skew()")).doubleValue()));
        return skews;
    }

    /** The page named {@code name}, for a harness that wants to look or act on it itself. */
    public Page page(String name) {
        Page page = pages.get(name);
        if (page == null) {
            throw new IllegalArgumentException("No page named " + name + "; there are " + pages.keySet());
        }
        return page;
    }

    /** Closes every page's browser context; the browser stays open (it is the caller's). */
    @Override
    public void close() {
        for (BrowserContext context : contexts) {
            try {
                context.close();
            } catch (PlaywrightException e) {
                // the browser has gone already; nothing is left to close
            }
        }
        contexts.clear();
    }

    /** Frames received on a page's push WebSocket and their total size in characters. */
    public record PushCount(long frames, long characters) {
    }

    private Page newPage(Browser browser, String name, int width, int height) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                .setViewportSize(width, height)
                .setLocale("en-GB")
                .setTimezoneId("Europe/London"));
        contexts.add(context);
        context.setDefaultTimeout(OPEN_TIMEOUT.toMillis());
        context.addInitScript(recorder);
        Page page = context.newPage();
        PushCounter counter = new PushCounter(tokens);
        page.onWebSocket(socket -> {
            if (socket.url().contains("/VAADIN/push")) {
                socket.onFrameReceived(frame -> counter.received(frame.text()));
            }
        });
        pages.put(name, page);
        pushes.put(name, counter);
        return page;
    }

    /** Through the real join screen, opened with the code in the link: role and agency, then Join. */
    private static void join(Page tablet, String role, String agencyName) {
        tablet.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Your role")).fill(role);
        tablet.getByRole(AriaRole.RADIOGROUP, new Page.GetByRoleOptions().setName("Your agency"))
                .getByRole(AriaRole.RADIO, new Locator.GetByRoleOptions().setName(agencyName))
                .check();
        tablet.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Join").setExact(true)).click();
    }

    private static void showsTheTimeline(Page page, String name) {
        try {
            page.locator(".rt-entry").first().waitFor(new Locator.WaitForOptions()
                    .setState(WaitForSelectorState.VISIBLE));
        } catch (TimeoutError e) {
            throw new IllegalStateException("The " + name + " did not show the room's timeline within "
                    + OPEN_TIMEOUT + " (at " + page.url() + ")", e);
        }
    }

    private static Double seenOn(Page page, String token) {
        Object at = page.evaluate("token => window.__rtScreen === undefined ? null : window.__rtScreen.seen(token)",
                token);
        return at == null ? null : ((Number) at).doubleValue();
    }

    private static String jsonString(String text) {
        StringBuilder json = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                default -> {
                    if (c < 0x20 || c == 0x2028 || c == 0x2029) {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        return json.append('"').toString();
    }

    /** Counts one page's push frames; Playwright calls it on the thread that drives the page. */
    private static final class PushCounter {

        private final Pattern tokens;
        private final AtomicLong frames = new AtomicLong();
        private final AtomicLong characters = new AtomicLong();
        final Map<String, Integer> sizeOfFirstWith = new ConcurrentHashMap<>();

        PushCounter(Pattern tokens) {
            this.tokens = tokens;
        }

        void received(String text) {
            frames.incrementAndGet();
            if (text == null) {
                return;
            }
            characters.addAndGet(text.length());
            Matcher matcher = tokens.matcher(text);
            while (matcher.find()) {
                sizeOfFirstWith.putIfAbsent(matcher.group(), text.length());
            }
        }

        PushCount count() {
            return new PushCount(frames.get(), characters.get());
        }
    }
}
