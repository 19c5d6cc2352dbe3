package org.roundtable.timeline.ui;

import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import org.jspecify.annotations.Nullable;
import org.roundtable.event.Agency;
import org.roundtable.event.LearningEvent;
import org.roundtable.shared.InvalidInput;
import org.roundtable.timeline.ChronologyDate;
import org.roundtable.timeline.NewTimelineEntry;
import org.roundtable.timeline.TimelineEntry;
import org.roundtable.timeline.Timelines;

/**
 * Adding or correcting one entry by hand. Dates are typed as practitioners write them
 * ("03/04/2019", "April 2019", "c. 2019").
 */
final class EntryDialog extends Dialog {

    /** Saves the entry; throws {@link InvalidInput} to keep the dialog open with a message. */
    interface Save extends Consumer<NewTimelineEntry> {
    }

    final Select<Agency> agency = new Select<>();
    final TextField date = new TextField();
    final TimePicker time = new TimePicker();
    final TextField endDate = new TextField();
    final TextArea whatHappened = new TextArea();
    final TextField source = new TextField();
    final TextField role = new TextField();
    final TextField reference = new TextField();
    final TextArea comments = new TextArea();
    final Paragraph message = new Paragraph();

    EntryDialog(LearningEvent event, @Nullable TimelineEntry existing, @Nullable String existingComments, Save save) {
        setHeaderTitle(getTranslation(existing == null ? "timeline.entry-dialog.add-title"
                : "timeline.entry-dialog.correct-title"));
        setWidth("min(44rem, 96vw)");
        agency.setLabel(getTranslation("timeline.column.agency"));
        date.setLabel(getTranslation("timeline.chronology-field.date"));
        time.setLabel(getTranslation("timeline.chronology-field.time"));
        time.setLocale(getLocale());
        endDate.setLabel(getTranslation("timeline.chronology-field.end-date"));
        whatHappened.setLabel(getTranslation("timeline.chronology-field.what-happened"));
        source.setLabel(getTranslation("timeline.chronology-field.source"));
        role.setLabel(getTranslation("timeline.entry-dialog.role"));
        reference.setLabel(getTranslation("timeline.entry-dialog.reference"));
        comments.setLabel(getTranslation("timeline.entry-dialog.comments"));
        agency.setItems(event.agencies());
        agency.setItemLabelGenerator(a -> a.code() + " · " + a.name());
        date.setHelperText(getTranslation("timeline.entry-dialog.date-help"));
        date.setRequiredIndicatorVisible(true);
        whatHappened.setRequiredIndicatorVisible(true);
        whatHappened.setWidthFull();
        comments.setWidthFull();
        message.addClassName("rt-error");
        message.getElement().setAttribute("role", "alert");
        if (existing != null) {
            event.agency(existing.agencyCode()).ifPresent(agency::setValue);
            date.setValue(existing.date().asWritten());
            time.setValue(existing.time());
            endDate.setValue(existing.endDate() == null ? "" : existing.endDate().asWritten());
            whatHappened.setValue(existing.whatHappened());
            source.setValue(existing.source() == null ? "" : existing.source());
            role.setValue(existing.practitionerRole() == null ? "" : existing.practitionerRole());
            reference.setValue(existing.reference() == null ? "" : existing.reference());
            comments.setValue(existingComments == null ? "" : existingComments);
        }
        add(agency, date, time, endDate, whatHappened, source, role, reference, comments, message);
        Button saveButton = new Button(getTranslation(existing == null ? "timeline.entry-dialog.add"
                : "timeline.entry-dialog.save"), click -> {
            try {
                save.accept(new NewTimelineEntry(agency.getValue() == null ? null : agency.getValue().code(),
                        parse(date.getValue(), "timeline.field.date"), time.getValue(),
                        endDate.getValue().isBlank() ? null : parse(endDate.getValue(), "timeline.field.end-date"),
                        whatHappened.getValue(), source.getValue(), role.getValue(), comments.getValue(),
                        reference.getValue()));
                close();
            } catch (InvalidInput e) {
                message.setText(e.messageIn(getLocale()));
            }
        });
        saveButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("timeline.cancel"), click -> close()), saveButton);
    }

    private static @Nullable ChronologyDate parse(String typed, String what) {
        return Timelines.readDate(typed, what);
    }

}
