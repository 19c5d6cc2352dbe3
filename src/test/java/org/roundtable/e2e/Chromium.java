package org.roundtable.e2e;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

/**
 * Debian's Chromium, driven headless by Playwright. Playwright never downloads a browser of its
 * own here; a machine without {@code /usr/bin/chromium} fails the test (CI installs it).
 */
public final class Chromium {

    public static final Path EXECUTABLE = Paths.get("/usr/bin/chromium");

    /** Without the networking flags Chromium tries to reach Google's services and is refused. */
    private static final List<String> ARGS = List.of("--no-sandbox", "--disable-gpu",
            "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
            "--disable-quic");

    private Chromium() {
    }

    /** Fails (never skips) when the browser is missing, with what to do about it. */
    public static void requireInstalled() {
        if (!Files.isExecutable(EXECUTABLE)) {
            fail("Chromium is not installed at " + EXECUTABLE + ". The real-browser tests need it: "
                    + "run `apt-get update && apt-get install -y chromium` (as root), or run .ci/run, which does.");
        }
    }

    public static Playwright playwright() {
        return Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    }

    public static Browser launch(Playwright playwright) {
        requireInstalled();
        return playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(EXECUTABLE)
                .setHeadless(true)
                .setArgs(ARGS));
    }

    /**
     * What no page may do: break the Content Security Policy, throw an uncaught error, or open a
     * dialog (an {@code alert} would be injected script running). Every page a test makes is
     * {@linkplain #watch watched}; the test calls {@link #assertNone()} after each step.
     */
    static final class Faults {

        /** Reported to the page's console too, so a violation inside a shadow root is not missed. */
        private static final String REPORT_VIOLATIONS = """
                document.addEventListener('securitypolicyviolation', e => console.error(
                    'Content Security Policy violation: ' + e.violatedDirective + ' blocked ' + e.blockedURI));
                """;

        private final List<String> seen = new CopyOnWriteArrayList<>();

        /** Starts recording the faults of {@code page}, named {@code name} in the failure message. */
        void watch(Page page, String name) {
            page.addInitScript(REPORT_VIOLATIONS);
            page.onConsoleMessage(message -> {
                if (message.text().contains("Content Security Policy")) {
                    seen.add(name + ": " + message.text());
                }
            });
            page.onPageError(error -> seen.add(name + ", uncaught: " + error));
            page.onDialog(dialog -> {
                seen.add(name + ": a " + dialog.type() + " dialog opened: " + dialog.message());
                dialog.dismiss();
            });
        }

        /** Fails with every fault seen since the last call, and forgets them. */
        void assertNone() {
            List<String> faults = new ArrayList<>(seen);
            seen.removeAll(faults);
            if (!faults.isEmpty()) {
                fail("The browser reported:\n  " + String.join("\n  ", faults));
            }
        }
    }
}
