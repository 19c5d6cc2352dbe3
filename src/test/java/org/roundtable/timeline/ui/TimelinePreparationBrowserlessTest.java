package org.roundtable.timeline.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.roundtable.testing.Eventually.assertEventually;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import com.vaadin.browserless.BrowserlessUIContext;
import com.vaadin.browserless.SecuredBrowserlessApplicationContext;
import com.vaadin.browserless.SpringBrowserlessApplicationContext;
import com.vaadin.browserless.mocks.MockRequest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServletRequest;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletRequestWrapper;
import jakarta.servlet.http.Cookie;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.roundtable.access.Caller;
import org.roundtable.event.LearningEvent;
import org.roundtable.shared.LanguageChoice;
import org.roundtable.shared.Texts;
import org.roundtable.testing.TestRoom;
import org.roundtable.timeline.ChronologyDate;
import org.roundtable.timeline.NewTimelineEntry;
import org.roundtable.timeline.TimelineEntry;
import org.roundtable.timeline.Timelines;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.Authentication;
import org.springframework.test.context.ActiveProfiles;

/** The facilitator prepares a merged timeline from agencies' files, without a browser. */
@SpringBootTest
@ActiveProfiles("test")
class TimelinePreparationBrowserlessTest {

    @Autowired
    ApplicationContext spring;
    @Autowired
    TestRoom room;
    @Autowired
    Timelines timelines;

    SecuredBrowserlessApplicationContext<Authentication> app;
    BrowserlessUIContext facilitator;
    LearningEvent event;
    Caller.Account owner;

    @BeforeEach
    void openTheTimeline() {
        app = SpringBrowserlessApplicationContext.createSecured(spring, "org.roundtable");
        owner = room.facilitator();
        event = room.newEvent(owner, "Child G");
        facilitator = app.newUser(TestRoom.FACILITATOR, "FACILITATOR").newWindow();
        facilitator.navigate("events/" + event.id() + "/timeline", TimelinePreparationView.class);
    }

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    void two_agencies_files_become_one_merged_timeline_after_the_bad_rows_are_fixed_or_skipped() throws IOException {
        ImportDialog police = openImport("POL");
        police.read("police.csv", """
                Date,Time,Details,Source,Comments
                03/04/2019,14:30,Police attended a domestic incident.,Incident log,Not referred.
                31/02/2019,,A date that does not exist.,Incident log,
                """.getBytes(StandardCharsets.UTF_8));

        assertThat(police.summary.getText()).contains("Ready to import: 1 row", "Need attention: 1 row");
        police.skip(police.rowsNeedingAttention().getFirst().rowNumber());
        assertThat(police.summary.getText()).contains("Need attention: 0 rows");
        facilitator.test(police.importButton).click();

        ImportDialog health = openImport("HV");
        health.read("health.xlsx", workbook(List.of(
                List.of("Date of contact", "Summary of contact", "Practitioner"),
                List.of("xx/01/2019", "Missed 2-year review.", "Health visitor"),
                List.of("12/13/2019", "A US-style date.", "Health visitor"))));
        assertThat(health.summary.getText()).contains("Need attention: 1 row");
        health.fix(health.rowsNeedingAttention().getFirst());
        TextField date = facilitator.find(TextField.class).withLabel("Date of contact").single();
        facilitator.test(date).setValue("13/12/2019");
        facilitator.test(facilitator.find(Button.class).withText("Check the row again").single()).click();
        assertThat(health.summary.getText()).contains("Ready to import: 2 rows", "Need attention: 0 rows");
        facilitator.test(health.importButton).click();

        List<TimelineEntry> merged = timelines.timelineFor(owner, event.id()).entries();
        assertThat(merged).extracting(TimelineEntry::agencyCode).containsExactly("HV", "POL", "HV");
        assertThat(merged.getFirst().when()).isEqualTo("Jan 2019");
        TimelinePreparationView view = (TimelinePreparationView) facilitator.getCurrentView();
        assertThat(view.count.getText()).isEqualTo("3 of 3 entries");
    }

    @Test
    void filters_narrow_the_timeline_and_comments_show_only_on_request() {
        ImportDialog police = openImport("POL");
        police.read("police.csv", """
                Date,Details,Comments
                03/04/2019,Police attended a domestic incident.,DASH not completed.
                05/06/2019,Police gave advice.,
                """.getBytes(StandardCharsets.UTF_8));
        facilitator.test(police.importButton).click();
        TimelinePreparationView view = (TimelinePreparationView) facilitator.getCurrentView();

        facilitator.test(view.search).setValue("advice");
        assertThat(view.count.getText()).isEqualTo("1 of 2 entries");
        facilitator.test(view.search).setValue("");

        assertThat(view.grid.getColumns().stream().filter(c -> "Agency comments".equals(c.getHeaderText()))
                .allMatch(c -> !c.isVisible())).isTrue();
        facilitator.test(facilitator.find(Checkbox.class).withLabelContaining("agency comments").single()).click();
        assertThat(view.grid.getColumns().stream().filter(c -> "Agency comments".equals(c.getHeaderText()))
                .allMatch(c -> c.isVisible())).isTrue();

        // Flagged by a co-facilitator elsewhere: this screen learns of it by push.
        TimelineEntry first = timelines.timelineFor(owner, event.id()).entries().getFirst();
        timelines.markKeyEvent(owner, event.id(), first.id(), true);
        facilitator.test(view.keyEventsOnly).click();
        assertEventually(() -> {
            facilitator.find(Button.class).all();
            return view.count.getText().equals("1 of 2 entries");
        });
        assertThat(view.summaryWarning.getText()).startsWith("1 key event · 1 A4 page");
    }

    @Test
    void a_file_that_is_not_a_chronology_gets_a_clear_message_and_nothing_changes() {
        ImportDialog police = openImport("POL");
        police.read("minutes.docx", new byte[] {'P', 'K', 3, 4, 0, 0});

        assertThat(police.message.getText()).isNotBlank();
        assertThat(police.importButton.isEnabled()).isFalse();
        assertThat(timelines.timelineFor(owner, event.id()).entries()).isEmpty();
    }


    @Test
    void the_screen_and_an_import_speak_welsh_to_a_facilitator_who_chose_it() {
        BrowserlessUIContext welsh = app.newUser(TestRoom.FACILITATOR, "FACILITATOR").newWindow();
        speakWelsh(welsh);
        TimelinePreparationView view = welsh.navigate("events/" + event.id() + "/timeline",
                TimelinePreparationView.class);

        assertThat(view.getElement().getTextRecursively()).contains("Llinell amser gyfun · Child G",
                "Mewnforio cronoleg", "Ychwanegu cofnod", "Newidiadau a wnaed â llaw")
                .doesNotContain("Merged timeline", "Import a chronology", "Add an entry");
        assertThat(view.search.getLabel()).isEqualTo("Chwilio");
        assertThat(view.count.getText()).isEqualTo("0 o 0 cofnod");
        assertThat(view.getPageTitle()).isEqualTo("Llinell amser gyfun · Roundtable");

        welsh.test(welsh.find(Button.class).withText("Mewnforio cronoleg").single()).click();
        ImportDialog dialog = welsh.find(ImportDialog.class).last();
        dialog.agency.setValue(event.agency("POL").orElseThrow());
        dialog.read("heddlu.csv", new byte[0]);
        assertThat(dialog.message.getText()).isEqualTo("Mae'r ffeil 'heddlu.csv' yn wag.");

        dialog.read("heddlu.csv", """
                Dyddiad,Amser,Beth ddigwyddodd,Ffynhonnell,Sylwadau
                3 Ebrill 2019,14:30,Aeth yr heddlu i ddigwyddiad domestig.,Log digwyddiadau,Heb ei atgyfeirio.
                31/02/2019,,Dyddiad nad yw'n bod.,Log digwyddiadau,
                """.getBytes(StandardCharsets.UTF_8));
        assertThat(dialog.message.getText()).isEmpty();
        assertThat(dialog.summary.getText()).isEqualTo(
                "Yn barod i'w mewnforio: 1 rhes · Angen sylw: 1 rhes · Gwag neu wedi'u hepgor: 0 rhes");
        assertThat(dialog.rows.getColumns().getFirst().getHeaderText()).isEqualTo("Rhes");
        assertThat(dialog.importButton.getText()).isEqualTo("Mewnforio 1 cofnod");
        var rows = welsh.test(dialog.rows);
        assertThat(java.util.stream.IntStream.range(0, rows.size()).mapToObj(row -> rows.getCellText(row, 2)))
                .contains("Rhes 3: ni allwn ddarllen y dyddiad (dydy '31/02/2019' ddim yn ddyddiad: dim ond 28"
                        + " diwrnod sydd ym mis Chwefror 2019)");
        dialog.skip(dialog.rowsNeedingAttention().getFirst().rowNumber());
        welsh.test(dialog.importButton).click();

        assertThat(view.count.getText()).isEqualTo("1 o 1 cofnod");
        assertThat(view.grid.getColumns().getFirst().getHeaderText()).isEqualTo("Pryd");
        assertThat(timelines.timelineFor(owner, event.id()).entries().getFirst().when(Texts.WELSH))
                .isEqualTo("3 Ebr 2019, 14:30");
    }

    @Test
    void the_summary_links_and_its_page_warning_speak_the_screens_language() {
        for (int day = 1; day <= 12; day++) {
            TimelineEntry entry = timelines.add(owner, event.id(), new NewTimelineEntry("POL",
                    ChronologyDate.onDay(LocalDate.of(2019, 4, day)), null, null,
                    "Police attended the address and spoke with the mother. ".repeat(45), null, null, null, null));
            timelines.markKeyEvent(owner, event.id(), entry.id(), true);
        }
        BrowserlessUIContext welsh = app.newUser(TestRoom.FACILITATOR, "FACILITATOR").newWindow();
        speakWelsh(welsh);
        TimelinePreparationView view = welsh.navigate("events/" + event.id() + "/timeline",
                TimelinePreparationView.class);

        assertThat(view.getElement().getTextRecursively()).contains("Crynodeb o'r digwyddiadau allweddol (Word)",
                "Crynodeb o'r digwyddiadau allweddol (PDF)").doesNotContain("Key events summary");
        assertThat(view.summaryWarning.getText()).startsWith("Digwyddiadau allweddol: 12 · Tudalennau A4: ")
                .contains("Mae'r crynodeb yn", "tudalen A4; ddylai deunydd i'w ddarllen ymlaen llaw ddim bod yn fwy"
                        + " na dwy ochr.")
                .doesNotContain("The summary runs to", "pre-reading", "key events");
    }

    private ImportDialog openImport(String agencyCode) {
        facilitator.test(facilitator.find(Button.class).withText("Import a chronology").single()).click();
        ImportDialog dialog = facilitator.find(ImportDialog.class).last();
        dialog.agency.setValue(event.agency(agencyCode).orElseThrow());
        return dialog;
    }

    private static byte[] workbook(List<List<String>> rows) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var sheet = workbook.createSheet("Chronology");
            for (int r = 0; r < rows.size(); r++) {
                var row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    row.createCell(c).setCellValue(rows.get(r).get(c));
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }

    /** This window speaks Welsh, as a person who chose Cymraeg on this device (the language cookie). */
    private static void speakWelsh(BrowserlessUIContext screen) {
        screen.activate();
        ServletRequest request = ((VaadinServletRequest) VaadinRequest.getCurrent()).getRequest();
        while (!(request instanceof MockRequest) && request instanceof ServletRequestWrapper wrapper) {
            request = wrapper.getRequest();
        }
        ((MockRequest) request).addCookie(new Cookie(LanguageChoice.COOKIE, "cy"));
        screen.getUI().setLocale(Texts.WELSH);
    }
}
