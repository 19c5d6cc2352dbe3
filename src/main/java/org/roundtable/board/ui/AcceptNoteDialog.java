package org.roundtable.board.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import org.jspecify.annotations.Nullable;
import org.roundtable.access.Caller;
import org.roundtable.board.Note;
import org.roundtable.board.NoteKind;
import org.roundtable.board.NoteTriage;
import org.roundtable.event.Agency;
import org.roundtable.event.LearningEvent;
import org.roundtable.shared.InvalidInput;
import org.roundtable.shared.NotAllowed;
import org.roundtable.shared.Texts;
import org.roundtable.timeline.NewTimelineEntry;
import org.roundtable.timeline.TimelineEntry;
import org.roundtable.timeline.Timelines;

/**
 * The facilitator settles the entry a note becomes: an additional event as a new entry (date,
 * agency and text prefilled from the note), or a correction onto its entry (the entry's date and
 * text prefilled, the correction shown above). A refused entry keeps what was typed, with the
 * reason shown.
 */
final class AcceptNoteDialog extends Dialog {

    final Select<Agency> agency = new Select<>();
    final TextField date = new TextField();
    final TimePicker time = new TimePicker();
    final TextArea whatHappened = new TextArea();
    final Paragraph message = new Paragraph();
    final Button accept = new Button();

    /** @param entry the entry a correction is on; null for an additional event */
    AcceptNoteDialog(NoteTriage triage, Caller caller, LearningEvent event, Note note, @Nullable TimelineEntry entry) {
        boolean correction = note.kind() == NoteKind.CORRECTION;
        addClassName("rt-accept-dialog");
        setHeaderTitle(getTranslation(correction ? "board.triage.accept-dialog.title-correction"
                : "board.triage.accept-dialog.title-missing"));
        date.setLabel(getTranslation("board.triage.accept-dialog.date"));
        time.setLabel(getTranslation("board.triage.accept-dialog.time"));
        whatHappened.setLabel(getTranslation("board.triage.accept-dialog.what-happened"));
        setWidth("min(40rem, 96vw)");
        Paragraph said = new Paragraph(getTranslation("board.triage.accept-dialog.said",
                Texts.label(getLocale(), note.kind()), note.byline().label(), note.text()));
        said.addClassName("rt-accept-note");
        agency.setLabel(getTranslation("board.triage.accept-dialog.agency"));
        agency.setItems(event.agencies());
        agency.setItemLabelGenerator(a -> a.code() + " · " + a.name());
        date.setHelperText(getTranslation("board.triage.accept-dialog.date-help"));
        date.setRequiredIndicatorVisible(true);
        whatHappened.setWidthFull();
        whatHappened.setMinHeight("6em");
        whatHappened.setRequiredIndicatorVisible(true);
        message.addClassName("rt-error");
        message.getElement().setAttribute("role", "alert");
        if (correction && entry != null) {
            event.agency(entry.agencyCode()).ifPresent(agency::setValue);
            agency.setReadOnly(true);
            date.setValue(entry.date().asWritten());
            time.setValue(entry.time());
            whatHappened.setValue(entry.whatHappened());
            whatHappened.setHelperText(getTranslation("board.triage.accept-dialog.correction-help"));
            // A correction changes what happened: the focus starts there.
            whatHappened.setAutofocus(true);
        } else {
            // A missing event has its agency and text from the note but no date yet: the focus starts there.
            date.setAutofocus(true);
            if (note.byline().agencyCode() != null) {
                event.agency(note.byline().agencyCode()).ifPresent(agency::setValue);
            }
            whatHappened.setValue(note.text());
        }
        add(said, agency, date, time, whatHappened, message);

        accept.setText(getTranslation(correction ? "board.triage.accept-correction"
                : "board.triage.accept-dialog.add"));
        accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        accept.addClickListener(click -> {
            try {
                NewTimelineEntry typed = new NewTimelineEntry(agency.getValue() == null ? null
                        : agency.getValue().code(), Timelines.readDate(date.getValue(), "date"), time.getValue(),
                        correction && entry != null ? entry.endDate() : null, whatHappened.getValue(), null, null,
                        null, null);
                if (correction) {
                    triage.acceptCorrection(caller, event.id(), note.id(), typed);
                } else {
                    triage.acceptAsNewEntry(caller, event.id(), note.id(), typed);
                }
                Notification.show(getTranslation(correction ? "board.triage.accept-dialog.corrected"
                        : "board.triage.accept-dialog.added"), 2000,
                        Notification.Position.BOTTOM_CENTER);
                close();
            } catch (InvalidInput | NotAllowed refused) {
                message.setText(Refusals.reason(refused, getLocale()));
            }
        });
        getFooter().add(new Button(getTranslation("board.triage.cancel"), click -> close()), accept);
    }
}
