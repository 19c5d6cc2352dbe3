package org.roundtable.record.ui;

import java.io.ByteArrayInputStream;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.InMemoryUploadHandler;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;
import org.roundtable.access.Caller;
import org.roundtable.access.Callers;
import org.roundtable.event.EventRight;
import org.roundtable.event.LearningEvent;
import org.roundtable.event.LearningEvents;
import org.roundtable.record.RecordExport;
import org.roundtable.record.RecordExportFile;
import org.roundtable.record.RecordExportFormat;
import org.roundtable.record.RecordExportOptions;
import org.roundtable.shared.ComponentTexts;
import org.roundtable.shared.InvalidInput;
import org.roundtable.shared.LanguageChoice;
import org.roundtable.shared.NotAllowed;
import org.roundtable.shared.Texts;

/**
 * The facilitator exports an event's record (Word, PDF, Markdown, JSON archive), choosing whether
 * to include the comments column (the panel's internal copy) and hidden contributions; and
 * imports a JSON archive as a new event. The console links here.
 */
@Route("events/:eventId/export")
@RolesAllowed("FACILITATOR")
class ExportView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    /** An archive of a large event is a few megabytes; this leaves room without inviting abuse. */
    static final long MAX_ARCHIVE_BYTES = 50L * 1024 * 1024;

    private final LearningEvents events;
    private final RecordExport export;
    private final Callers callers;
    private final Checkbox comments = new Checkbox();
    private final Checkbox hidden = new Checkbox();
    private final Div importMessage = new Div();
    /** Read by downloads, which run outside the UI's lock. */
    private volatile RecordExportOptions options = RecordExportOptions.ANONYMISED;

    ExportView(LearningEvents events, RecordExport export, Callers callers) {
        this.events = events;
        this.export = export;
        this.callers = callers;
        addClassNames("rt-page", "rt-export");
        comments.addValueChangeListener(change -> chosen());
        hidden.addValueChangeListener(change -> chosen());
        importMessage.addClassName("rt-export-import-message");
        importMessage.getElement().setAttribute("role", "status");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent enter) {
        String eventId = enter.getRouteParameters().get("eventId").orElse("");
        Caller caller = callers.account().orElseThrow();
        removeAll();
        LearningEvent event;
        try {
            event = events.runBy(caller, eventId, EventRight.EXPORT);
        } catch (NotAllowed e) {
            add(new H1(getTranslation("record.not-available")), new Paragraph(Texts.reason(e, getLocale())),
                    new Anchor("", getTranslation("record.back-to-events")));
            return;
        }
        LanguageChoice.useEventDefault(UI.getCurrent(), events.language(caller, eventId));
        comments.setLabel(getTranslation("record.export.comments"));
        hidden.setLabel(getTranslation("record.export.hidden"));
        Header header = new Header(new Anchor("", getTranslation("record.console.events")),
                new H1(getTranslation("record.export.title", event.pseudonym())),
                new Anchor("events/" + eventId, getTranslation("record.export.console")), new LanguageChoice());
        Div downloads = new Div();
        downloads.addClassName("rt-export-downloads");
        for (RecordExportFormat format : RecordExportFormat.values()) {
            Anchor download = new Anchor(DownloadHandler.fromInputStream(request -> {
                try {
                    RecordExportFile file = fileFor(caller, eventId, format);
                    return new DownloadResponse(new ByteArrayInputStream(file.bytes()), file.fileName(),
                            file.mediaType(), file.bytes().length);
                } catch (NotAllowed refused) {
                    return DownloadResponse.error(403, refused.getMessage());
                }
            }), getTranslation("record.export.download", format.label(getLocale())));
            download.addClassName("rt-export-download");
            download.getElement().setAttribute("download", true);
            downloads.add(download);
        }
        add(header, new H2(getTranslation("record.export.heading")),
                new Paragraph(getTranslation("record.export.anonymised")),
                comments, hidden, downloads, new H2(getTranslation("record.export.import-heading")),
                new Paragraph(getTranslation("record.export.import-intro")),
                importUpload(caller), importMessage);
    }

    /** The file a download link gives, with the options chosen now. */
    RecordExportFile fileFor(Caller caller, String eventId, RecordExportFormat format) {
        return export.export(caller, eventId, options, format);
    }

    RecordExportOptions options() {
        return options;
    }

    private void chosen() {
        options = new RecordExportOptions(comments.getValue(), hidden.getValue());
    }

    private Upload importUpload(Caller caller) {
        UI ui = UI.getCurrent();
        InMemoryUploadHandler handler = new InMemoryUploadHandler((metadata, bytes) -> {
            String message;
            @Nullable String href = null;
            try {
                LearningEvent imported = export.importArchive(caller, bytes);
                message = getTranslation(ui.getLocale(), "record.export.imported", imported.pseudonym());
                href = "events/" + imported.id();
            } catch (InvalidInput | NotAllowed refused) {
                message = Texts.reason(refused, ui.getLocale());
            }
            showImport(message, href);
        }) {
            @Override
            public long getFileSizeMax() {
                return MAX_ARCHIVE_BYTES;
            }

            @Override
            public long getRequestSizeMax() {
                return MAX_ARCHIVE_BYTES + 64 * 1024;
            }
        };
        Upload upload = new Upload(handler);
        upload.setAcceptedFileTypes("application/json", ".json");
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) MAX_ARCHIVE_BYTES);
        upload.setI18n(ComponentTexts.upload(getLocale()));
        upload.addFileRejectedListener(rejected -> showImport(getTranslation("record.export.not-imported",
                rejected.getFileName(), rejected.getErrorMessage()), null));
        upload.addSucceededListener(done -> upload.clearFileList());
        upload.getElement().setAttribute("aria-label", getTranslation("record.export.import-heading"));
        return upload;
    }

    private void showImport(String message, @Nullable String href) {
        importMessage.removeAll();
        importMessage.add(new Paragraph(message));
        if (href != null) {
            importMessage.add(new Anchor(href, getTranslation("record.export.open-imported")));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("record.export.page-title");
    }
}
