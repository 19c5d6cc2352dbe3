package org.roundtable.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.ArrayList;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.TimeoutError;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.ScreenshotAnimations;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Issue 3, end to end in a real browser: a facilitator creates a new learning event, imports two
 * agencies' chronologies as they arrive (a Windows-1252, semicolon-separated CSV with UK and
 * approximate dates from the police; an Excel workbook from health visiting), deals with the one
 * unreadable row in each (skipped in one, fixed in the other), and the projector then shows one
 * merged timeline in date order, with each agency's short label, and without the agencies'
 * comments.
 *
 * <p>The files are generated into a temporary directory, so the test owns every cell it checks.
 * Screenshots of the import dialog (with its preview) and of the timeline go to
 * {@code target/screenshots/}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class ChronologyImportInRealBrowserTest {

    private static final Path SCREENSHOTS = Paths.get("target", "screenshots");
    private static final Path STORE_DIR = TestRun.freshStoreDirectory("e2e-import-");
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final double TIMEOUT_MS = 15_000;

    /** A pseudonym of this run's own, so the event is told apart from the demo event and others. */
    private static final String PSEUDONYM = "Child K (import e2e " + TestRun.shortId() + ")";
    private static final String VENUE = "Committee Room 2, Civic Centre";

    /** The agencies' analysis: it must reach neither the projector nor the facilitator's grid by default. */
    private static final String POL_COMMENT = "POL analysis: the threshold for a strategy discussion was met";
    private static final String HV_COMMENT = "HV analysis: the missed contacts should have been escalated";

    /** Written with a typographic apostrophe, which Windows-1252 stores as the byte 0x92. */
    private static final String POL_APRIL = "Officers attended the family home after a neighbour’s call; "
            + "both children seen, no injuries noted";
    private static final String POL_MAY = "Mother reported that the children’s father had returned to the area";
    private static final String POL_JULY = "Domestic abuse notification, sent to Children’s Social Care";
    private static final String POL_BAD = "Call about noise at the address (date mistyped)";

    private static final String HV_JANUARY = "New birth visit completed; mother reports low mood";
    private static final String HV_FEBRUARY = "Visit: no answer at the door, card left";
    private static final String HV_JUNE = "Two-year developmental review, speech delay noted";

    @DynamicPropertySource
    static void app(DynamicPropertyRegistry registry) {
        registry.add("roundtable.store.file", () -> STORE_DIR.resolve("roundtable.db").toString());
        // A cluster of its own: this member never meets one started by another test or app.
        registry.add("roundtable.cluster.name", () -> "e2e-import-" + UUID.randomUUID());
    }

    @LocalServerPort
    private int port;

    @Value("${roundtable.access.admin-username}")
    private String facilitator;

    @Value("${roundtable.access.admin-password}")
    private String password;

    @TempDir
    Path files;

    private Playwright playwright;
    private Browser browser;
    private final List<BrowserContext> contexts = new ArrayList<>();
    private final List<String> browserErrors = new CopyOnWriteArrayList<>();
    private final Chromium.Faults faults = new Chromium.Faults();

    @BeforeEach
    void startTheBrowser() throws IOException {
        Chromium.requireInstalled();
        Files.createDirectories(SCREENSHOTS);
        PlaywrightAssertions.setDefaultAssertionTimeout(TIMEOUT_MS);
        playwright = Chromium.playwright();
        browser = Chromium.launch(playwright);
    }

    @AfterEach
    void closeTheBrowser() {
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
        faults.assertNone();
    }

    @Test
    void two_agencies_chronologies_imported_through_the_ui_make_one_merged_timeline_on_the_projector()
            throws IOException {
        Path policeCsv = writePoliceCsv(files.resolve("POL chronology (Excel CSV).csv"));
        Path healthXlsx = writeHealthVisitingWorkbook(files.resolve("HV chronology.xlsx"));

        long start = System.nanoTime();
        Page facilitatorPage = newPage("facilitator", 1366, 900);
        signIn(facilitatorPage);
        createTheEvent(facilitatorPage);
        log("signed in and created the event in %d ms", TestRun.millisSince(start));

        start = System.nanoTime();
        String projectorUrl = facilitatorPage.locator("a.rt-projector-link").getAttribute("href");
        assertTrue(projectorUrl.startsWith(baseUrl() + "/projector/"), "projector link: " + projectorUrl);
        facilitatorPage.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Prepare the merged timeline"))
                .click();
        facilitatorPage.waitForURL(Pattern.compile(".*/events/[0-9a-f-]{36}/timeline$"));
        assertThat(facilitatorPage.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Merged timeline · " + PSEUDONYM);

        // Police: a semicolon CSV from a UK Windows machine; the impossible 31/02/2019 is skipped.
        Locator dialog = openTheImportDialog(facilitatorPage, "POL · Police");
        upload(dialog, policeCsv);
        assertThat(dialog.locator(".rt-import-summary"))
                .hasText("Ready to import: 3 rows · Need attention: 1 row · Empty or skipped: 0 rows");
        Locator badPoliceRow = problemRow(dialog, "31/02/2019");
        assertThat(badPoliceRow).hasCount(1);
        screenshot(facilitatorPage, "import-dialog-police-preview");
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(Pattern.compile("^Skip row \\d+$")))
                .click();
        assertThat(dialog.locator(".rt-import-summary"))
                .hasText("Ready to import: 3 rows · Need attention: 0 rows · Empty or skipped: 1 row");
        importAndWait(facilitatorPage, dialog, 3, "3 of 3 entries");

        // Health Visiting: an Excel workbook with a real date cell; the bad row is fixed, not skipped.
        dialog = openTheImportDialog(facilitatorPage, "HV · Health Visiting");
        upload(dialog, healthXlsx);
        assertThat(dialog.locator(".rt-import-summary"))
                .hasText("Ready to import: 2 rows · Need attention: 1 row · Empty or skipped: 0 rows");
        assertThat(problemRow(dialog, "31/02/2019")).hasCount(1);
        screenshot(facilitatorPage, "import-dialog-health-visiting-preview");
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(Pattern.compile("^Fix row \\d+$")))
                .click();
        Locator fix = facilitatorPage.getByRole(AriaRole.DIALOG,
                new Page.GetByRoleOptions().setName(Pattern.compile("^Fix row \\d+$")));
        Locator fixDate = fix.getByRole(AriaRole.TEXTBOX, new Locator.GetByRoleOptions().setName("Date").setExact(true));
        assertThat(fixDate).hasValue("31/02/2019");
        fixDate.fill("28/02/2019");
        screenshot(facilitatorPage, "import-dialog-fix-row");
        fix.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Check the row again")).click();
        assertThat(fixDate).isHidden();
        assertThat(dialog.locator(".rt-import-summary"))
                .hasText("Ready to import: 3 rows · Need attention: 0 rows · Empty or skipped: 0 rows");
        importAndWait(facilitatorPage, dialog, 3, "6 of 6 entries");
        log("both chronologies imported in %d ms", TestRun.millisSince(start));

        // The facilitator's grid: the approximate date as the room reads it, no comments by default.
        Locator grid = facilitatorPage.locator("vaadin-grid[aria-label='Merged timeline entries']");
        assertThat(grid.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions()
                .setHasText(Pattern.compile("^\\s*c\\. May 2019\\s*$")))).hasCount(1);
        assertThat(grid.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions()
                .setHasText(POL_APRIL))).not().hasCount(0);
        assertThat(grid).not().containsText(POL_COMMENT);
        // The import notifications (shown for six seconds) would cover the grid in the picture.
        assertThat(facilitatorPage.locator("vaadin-notification-card")).hasCount(0);
        screenshot(facilitatorPage, "timeline-preparation");

        // The projector, in a browser of its own: one timeline, in date order, agencies by label.
        start = System.nanoTime();
        Page projector = newPage("projector", 1920, 1080);
        projector.navigate(projectorUrl);
        assertThat(projector.locator(".rt-projector-header h1")).hasText(PSEUDONYM);
        Locator entries = projector.locator(".rt-entry");
        assertThat(entries).hasCount(6);
        List<String> shown = new ArrayList<>();
        for (int i = 0; i < entries.count(); i++) {
            Locator head = entries.nth(i).locator(".rt-entry-head");
            shown.add(head.locator(".rt-agency-chip").textContent().strip() + " | "
                    + head.locator(".rt-entry-date").textContent().strip() + " | "
                    + entries.nth(i).locator(".rt-entry-text").textContent().strip());
        }
        assertEquals(List.of(
                "HV | 15 Jan 2019 | " + HV_JANUARY,
                "HV | 28 Feb 2019 | " + HV_FEBRUARY,
                "POL | 3 Apr 2019 | " + POL_APRIL,
                "POL | c. May 2019 | " + POL_MAY,
                "HV | 20 Jun 2019 | " + HV_JUNE,
                "POL | 12 Jul 2019 | " + POL_JULY), shown, "the projector's merged timeline");
        assertThat(projector.locator(".rt-agency-chip[title='Police']").first()).isVisible();
        assertThat(projector.locator(".rt-agency-chip[title='Health Visiting']").first()).isVisible();
        assertThat(projector.locator("body")).not().containsText(POL_BAD);
        for (String comment : List.of(POL_COMMENT, HV_COMMENT)) {
            assertThat(projector.locator("body")).not().containsText(comment);
            assertFalse(projector.content().contains(comment), "the projector's page holds an agency comment");
        }
        assertThat(projector.locator(".rt-comments:visible")).hasCount(0);
        screenshot(projector, "projector-after-import");
        log("projector checked in %d ms", TestRun.millisSince(start));
    }

    // ---- steps -------------------------------------------------------------------------------

    private void signIn(Page page) {
        page.navigate(baseUrl() + "/");
        page.waitForURL(Pattern.compile(".*/login$"));
        page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("User name")).fill(facilitator);
        page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Password")).fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        page.waitForURL(Pattern.compile(Pattern.quote(baseUrl()) + "/(\\?continue)?$"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Learning events")))
                .isVisible();
    }

    /**
     * Fills the new event form by its labels only, so a field added to it later (the event module
     * is still changing) does not break the test as long as it is optional.
     */
    private void createTheEvent(Page page) {
        LocalDate day = LocalDate.of(LocalDate.now().getYear() + 1, 6, 6);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("New learning event")).click();
        page.waitForURL(Pattern.compile(".*/events/new$"));
        page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Case pseudonym")).fill(PSEUDONYM);
        // The picker follows the server's locale, not the browser's, so the day is written the
        // same day first or month first: 06/06, in a year to come.
        Locator date = page.getByRole(AriaRole.COMBOBOX,
                new Page.GetByRoleOptions().setName(Pattern.compile("^Date of the learning event")));
        log("the event date picker shows today as '%s'", date.inputValue());
        date.fill(String.format("%02d/%02d/%d", day.getDayOfMonth(), day.getMonthValue(), day.getYear()));
        date.press("Enter");
        page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Venue")).fill(VENUE);
        Locator agencyNames = page.getByRole(AriaRole.TEXTBOX,
                new Page.GetByRoleOptions().setName("Agency").setExact(true));
        Locator shortLabels = page.getByRole(AriaRole.TEXTBOX,
                new Page.GetByRoleOptions().setName("Short label").setExact(true));
        assertThat(agencyNames.first()).isVisible();
        agencyNames.nth(0).fill("Police");
        shortLabels.nth(0).fill("POL");
        agencyNames.nth(1).fill("Health Visiting");
        shortLabels.nth(1).fill("HV");
        screenshot(page, "new-event-form");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create learning event")).click();
        try {
            // A new event opens its preparation first; the test then goes on from the console.
            page.waitForURL(Pattern.compile(".*/events/[0-9a-f-]{36}/prepare$"),
                    new Page.WaitForURLOptions().setTimeout(TIMEOUT_MS));
            page.navigate(page.url().replaceAll("/prepare$", ""));
            page.waitForURL(Pattern.compile(".*/events/[0-9a-f-]{36}$"),
                    new Page.WaitForURLOptions().setTimeout(TIMEOUT_MS));
        } catch (TimeoutError e) {
            screenshot(page, "new-event-form-refused");
            fail("The new event form did not create the event; it says: '"
                    + page.locator("[role=alert]").allTextContents() + "'", e);
        }
        assertThat(page.locator(".rt-console-header h1")).hasText(PSEUDONYM);
        assertThat(page.locator(".rt-console-header")).containsText(VENUE);
        assertThat(page.locator(".rt-console-header")).containsText(
                DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK).format(day));
        assertThat(page.locator(".rt-entry")).hasCount(0);
    }

    private Locator openTheImportDialog(Page page, String agencyOption) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Import a chronology")).click();
        Locator dialog = page.getByRole(AriaRole.DIALOG,
                new Page.GetByRoleOptions().setName("Import an agency's chronology"));
        Locator select = dialog.locator("vaadin-select").filter(new Locator.FilterOptions()
                .setHas(page.locator("label", new Page.LocatorOptions().setHasText("Agency"))));
        assertThat(select).hasCount(1);
        select.click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(agencyOption).setExact(true)).click();
        assertThat(select).containsText(agencyOption);
        return dialog;
    }

    private static void upload(Locator dialog, Path file) {
        dialog.locator("vaadin-upload input[type=file]").setInputFiles(file);
        assertThat(dialog.locator(".rt-import-summary")).not().isEmpty();
        assertThat(dialog.locator("p.rt-error[role=alert]")).isEmpty();
        assertThat(dialog.getByRole(AriaRole.HEADING, new Locator.GetByRoleOptions().setName("Which column is which")))
                .isVisible();
    }

    /** The problems grid's row, found by the bad value the reason quotes. */
    private static Locator problemRow(Locator dialog, String badValue) {
        return dialog.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText(badValue));
    }

    private static void importAndWait(Page page, Locator dialog, int count, String shownAfterwards) {
        Locator importButton = dialog.getByRole(AriaRole.BUTTON,
                new Locator.GetByRoleOptions().setName("Import " + count + " entries").setExact(true));
        assertThat(importButton).isEnabled();
        importButton.click();
        assertThat(importButton).isHidden();
        assertThat(page.locator("vaadin-notification-card").last()).containsText("Imported: " + count + " new");
        assertThat(page.locator(".rt-timeline-preparation")).containsText(shownAfterwards);
    }

    // ---- the files, as agencies send them ----------------------------------------------------

    /** Excel's "CSV" on a UK Windows machine with a semicolon list separator: Windows-1252, CRLF. */
    private static Path writePoliceCsv(Path file) throws IOException {
        String csv = String.join("\r\n",
                "Date;Details;Officer;Source;Comments;Ref",
                "03/04/2019;\"" + POL_APRIL + "\";PC, response team;Storm log;" + POL_COMMENT + ";POL-001",
                "c. May 2019;" + POL_MAY + ";DC;Crime report;;POL-002",
                "31/02/2019;" + POL_BAD + ";PC;Storm log;Checked: the date is wrong;POL-003",
                "12/07/2019;" + POL_JULY + ";PPU;Niche;;POL-004",
                "");
        byte[] bytes = csv.getBytes(WINDOWS_1252);
        assertFalse(new String(bytes, WINDOWS_1252).contains("?"), "the CSV text must be Windows-1252");
        Files.write(file, bytes);
        return file;
    }

    /** A workbook as a health visiting team keeps it: a heading row, then the rows, one with a real date cell. */
    private static Path writeHealthVisitingWorkbook(Path file) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet("Chronology");
            CellStyle dateStyle = workbook.createCellStyle();
            dateStyle.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
            Row header = sheet.createRow(0);
            String[] headings = {"Date", "Event", "Practitioner", "Analysis / comments"};
            for (int i = 0; i < headings.length; i++) {
                header.createCell(i).setCellValue(headings[i]);
            }
            Row january = sheet.createRow(1);
            january.createCell(0).setCellValue(LocalDate.of(2019, 1, 15));
            january.getCell(0).setCellStyle(dateStyle);
            january.createCell(1).setCellValue(HV_JANUARY);
            january.createCell(2).setCellValue("Health visitor");
            january.createCell(3).setCellValue(HV_COMMENT);
            Row february = sheet.createRow(2);
            february.createCell(0).setCellValue("31/02/2019");
            february.createCell(1).setCellValue(HV_FEBRUARY);
            february.createCell(2).setCellValue("Health visitor");
            Row june = sheet.createRow(3);
            june.createCell(0).setCellValue("20/06/2019");
            june.createCell(1).setCellValue(HV_JUNE);
            june.createCell(2).setCellValue("Community nursery nurse");
            workbook.write(out);
        }
        return file;
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
        faults.watch(page, name);
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

    private static void screenshot(Page page, String file) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(file + ".png"))
                .setAnimations(ScreenshotAnimations.DISABLED));
    }

    private String baseUrl() {
        return "http://localhost:" + port;
    }

    private static void log(String format, Object... args) {
        System.out.println("[e2e-import] " + String.format(format, args));
    }
}
