package org.roundtable.record.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import com.vaadin.browserless.BrowserlessUIContext;
import com.vaadin.browserless.SecuredBrowserlessApplicationContext;
import com.vaadin.browserless.SpringBrowserlessApplicationContext;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.upload.Upload;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.roundtable.access.Caller;
import org.roundtable.event.LearningEvent;
import org.roundtable.event.LearningEvents;
import org.roundtable.record.RecordExport;
import org.roundtable.record.RecordExportFile;
import org.roundtable.record.RecordExportFormat;
import org.roundtable.record.RecordExportOptions;
import org.roundtable.testing.TestRoom;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.Authentication;
import org.springframework.test.context.ActiveProfiles;

/** The export screen without a browser: options, a download per format, and importing an archive. */
@SpringBootTest
@ActiveProfiles("test")
class ExportViewBrowserlessTest {

    @Autowired
    ApplicationContext spring;
    @Autowired
    TestRoom room;
    @Autowired
    LearningEvents events;
    @Autowired
    RecordExport export;

    SecuredBrowserlessApplicationContext<Authentication> app;
    BrowserlessUIContext ui;
    Caller.Account facilitator;
    LearningEvent event;

    @BeforeEach
    void openTheExportScreen() {
        app = SpringBrowserlessApplicationContext.createSecured(spring, "org.roundtable");
        facilitator = room.facilitator();
        event = room.newEvent(facilitator, "Child " + UUID.randomUUID().toString().substring(0, 6));
        ui = app.newUser(TestRoom.FACILITATOR, "FACILITATOR").newWindow();
        ui.navigate("events/" + event.id() + "/export", ExportView.class);
    }

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    void the_options_chosen_go_into_the_download_and_a_docx_comes_out() {
        ExportView view = ui.find(ExportView.class).single();
        assertThat(view.options()).isEqualTo(RecordExportOptions.ANONYMISED);
        ui.test(ui.find(Checkbox.class).withCaptionContaining("comments column").single()).click();
        ui.test(ui.find(Checkbox.class).withCaptionContaining("hid").single()).click();
        assertThat(view.options()).isEqualTo(new RecordExportOptions(true, true));

        RecordExportFile docx = view.fileFor(facilitator, event.id(), RecordExportFormat.DOCX);
        assertThat(docx.bytes()).isNotEmpty();
        assertThat(docx.bytes()[0]).isEqualTo((byte) 'P'); // a ZIP, as every DOCX is
        assertThat(docx.fileName()).endsWith("-internal.docx");
        List<String> links = ui.find(Anchor.class).all().stream().map(Anchor::getText).toList();
        assertThat(links).contains("Download Word", "Download PDF", "Download Markdown", "Download JSON archive");
    }

    @Test
    void an_archive_uploaded_here_becomes_a_new_event_and_a_broken_one_gets_a_message() {
        byte[] archive = export.export(facilitator, event.id(), RecordExportOptions.ANONYMISED,
                RecordExportFormat.JSON).bytes();
        int before = events.listFor(facilitator).size();
        ui.test(ui.find(Upload.class).single()).upload("record.json", "application/json", archive);
        assertThat(events.listFor(facilitator)).hasSize(before + 1);
        assertThat(ui.find(Anchor.class).withText("Open the imported event").all()).hasSize(1);

        ui.test(ui.find(Upload.class).single()).upload("broken.json", "application/json",
                "not json".getBytes(StandardCharsets.UTF_8));
        assertThat(events.listFor(facilitator)).hasSize(before + 1);
        assertThat(ui.find(Paragraph.class).all().stream().map(Paragraph::getText))
                .anyMatch(text -> text.contains("not readable JSON"));
    }
}
