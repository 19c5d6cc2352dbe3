package org.roundtable.event.ui;

import java.util.Optional;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.InMemoryUploadHandler;
import com.vaadin.flow.server.streams.UploadHandler;
import org.roundtable.access.Caller;
import org.roundtable.event.EventPreparation;
import org.roundtable.event.Genogram;
import org.roundtable.shared.ComponentTexts;
import org.roundtable.shared.InvalidInput;
import org.roundtable.shared.NotAllowed;

/**
 * The genogram: uploaded as PNG or JPEG, shown here to facilitators, and on the projector only
 * when a facilitator ticks the box. It is never part of any export.
 */
final class GenogramSection extends SetupSection {

    /** The server stops reading well past the limit; files just over it still get the service's clear message. */
    private static final long SERVER_READ_LIMIT = 2L * Genogram.MAX_BYTES;

    private final Checkbox onProjector = new Checkbox(getTranslation("event.genogram.on-projector"));
    private final Div picture = new Div();
    private final Span about = new Span();
    private final Button remove = new Button(getTranslation("event.genogram.remove"));

    GenogramSection(EventPreparation preparation, Caller caller, String eventId) {
        super("event.genogram.heading", preparation, caller, eventId);
        InMemoryUploadHandler handler = new InMemoryUploadHandler((metadata, bytes) -> {
            try {
                preparation.uploadGenogram(caller, eventId, metadata.fileName(), bytes);
                showSaved(getTranslation("event.genogram.uploaded"));
                load();
            } catch (InvalidInput | NotAllowed refused) {
                showRefusal(refused);
            }
        }) {
            @Override
            public long getFileSizeMax() {
                return SERVER_READ_LIMIT;
            }

            @Override
            public long getRequestSizeMax() {
                return SERVER_READ_LIMIT + 64 * 1024;
            }
        };
        Upload upload = new Upload(handler);
        upload.setAcceptedFileTypes("image/png", "image/jpeg", ".png", ".jpg", ".jpeg");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(Genogram.MAX_BYTES);
        upload.setI18n(ComponentTexts.upload(getLocale()));
        upload.addFileRejectedListener(rejected -> showRefusal(InvalidInput.because("event.genogram.rejected",
                rejected.getFileName(), rejected.getErrorMessage())));
        upload.addSucceededListener(done -> upload.clearFileList());
        upload.getElement().setAttribute("aria-label", getTranslation("event.genogram.upload-label"));
        onProjector.addValueChangeListener(change -> {
            if (!change.isFromClient()) {
                return;
            }
            try {
                preparation.showGenogramOnProjector(caller, eventId, change.getValue());
                showSaved(getTranslation(change.getValue() ? "event.genogram.shown" : "event.genogram.not-shown"));
            } catch (InvalidInput | NotAllowed refused) {
                showRefusal(refused);
                load();
            }
        });
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        remove.addClickListener(click -> {
            preparation.removeGenogram(caller, eventId);
            showSaved(getTranslation("event.genogram.removed"));
            load();
        });
        picture.addClassName("rt-genogram");
        add(new Paragraph(getTranslation("event.genogram.intro")),
                upload);
        addMessages();
        add(about, picture, onProjector, remove);
        load();
    }

    @Override
    void load() {
        Optional<Genogram> genogram = preparation.genogramFor(caller, eventId);
        picture.removeAll();
        onProjector.setEnabled(genogram.isPresent());
        onProjector.setValue(genogram.map(Genogram::showOnProjector).orElse(false));
        remove.setVisible(genogram.isPresent());
        if (genogram.isEmpty()) {
            about.setText(getTranslation("event.genogram.none"));
            return;
        }
        Genogram g = genogram.get();
        about.setText(getTranslation("event.genogram.about", g.fileName(), Math.max(1, g.size() / 1024)));
        Image image = new Image(g.image(), Genogram.PNG.equals(g.mediaType()) ? "genogram.png" : "genogram.jpg",
                g.mediaType());
        image.setAlt(getTranslation("event.genogram.alt"));
        image.getStyle().set("max-width", "100%").set("max-height", "28rem");
        picture.add(image);
    }
}
