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
import org.roundtable.shared.InvalidInput;
import org.roundtable.shared.NotAllowed;

/**
 * The genogram: uploaded as PNG or JPEG, shown here to facilitators, and on the projector only
 * when a facilitator ticks the box. It is never part of any export.
 */
final class GenogramSection extends SetupSection {

    /** The server stops reading well past the limit; files just over it still get the service's clear message. */
    private static final long SERVER_READ_LIMIT = 2L * Genogram.MAX_BYTES;

    private final Checkbox onProjector = new Checkbox("Show the genogram on the projector");
    private final Div picture = new Div();
    private final Span about = new Span();
    private final Button remove = new Button("Remove the genogram");

    GenogramSection(EventPreparation preparation, Caller caller, String eventId) {
        super("Genogram", preparation, caller, eventId);
        InMemoryUploadHandler handler = new InMemoryUploadHandler((metadata, bytes) -> {
            try {
                preparation.uploadGenogram(caller, eventId, metadata.fileName(), bytes);
                showSaved("Genogram uploaded. It is not on the projector until you tick the box.");
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
        upload.addFileRejectedListener(rejected -> showRefusal(new InvalidInput(rejected.getFileName()
                + " was not uploaded: " + rejected.getErrorMessage()
                + ". The genogram must be a PNG or JPEG image of at most 5 MB.")));
        upload.addSucceededListener(done -> upload.clearFileList());
        upload.getElement().setAttribute("aria-label", "Upload the genogram (PNG or JPEG, at most 5 MB)");
        onProjector.addValueChangeListener(change -> {
            if (!change.isFromClient()) {
                return;
            }
            try {
                preparation.showGenogramOnProjector(caller, eventId, change.getValue());
                showSaved(change.getValue() ? "The projector now shows the genogram."
                        : "The projector no longer shows the genogram.");
            } catch (InvalidInput | NotAllowed refused) {
                showRefusal(refused);
                load();
            }
        });
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        remove.addClickListener(click -> {
            preparation.removeGenogram(caller, eventId);
            showSaved("Genogram removed.");
            load();
        });
        picture.addClassName("rt-genogram");
        add(new Paragraph("A PNG or JPEG image of at most 5 MB. Facilitators see it here; the room sees it only "
                + "while you choose to show it on the projector. It is never included in any export or report."),
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
            about.setText("No genogram uploaded.");
            return;
        }
        Genogram g = genogram.get();
        about.setText(g.fileName() + " · " + Math.max(1, g.size() / 1024) + " KB");
        Image image = new Image(g.image(), Genogram.PNG.equals(g.mediaType()) ? "genogram.png" : "genogram.jpg",
                g.mediaType());
        image.setAlt("The family's genogram");
        image.getStyle().set("max-width", "100%").set("max-height", "28rem");
        picture.add(image);
    }
}
