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
import org.roundtable.timeline.importing.Reading;
import org.roundtable.timeline.importing.UkDates;

/**
 * Adding or correcting one entry by hand. Dates are typed as practitioners write them
 * ("03/04/2019", "April 2019", "c. 2019").
 */
final class EntryDialog extends Dialog {

    /** Saves the entry; throws {@link InvalidInput} to keep the dialog open with a message. */
    interface Save extends Consumer<NewTimelineEntry> {
    }

    final Select<Agency> agency = new Select<>();
    final TextField date = new TextField("Date");
    final TimePicker time = new TimePicker("Time");
    final TextField endDate = new TextField("End date");
    final TextArea whatHappened = new TextArea("What happened");
    final TextField source = new TextField("Source");
    final TextField role = new TextField("Practitioner's role");
    final TextField reference = new TextField("Agency's reference");
    final TextArea comments = new TextArea("Agency comments (facilitators only)");
    final Paragraph message = new Paragraph();

    EntryDialog(LearningEvent event, @Nullable TimelineEntry existing, @Nullable String existingComments, Save save) {
        setHeaderTitle(existing == null ? "Add a timeline entry" : "Correct a timeline entry");
        setWidth("min(44rem, 96vw)");
        agency.setLabel("Agency");
        agency.setItems(event.agencies());
        agency.setItemLabelGenerator(a -> a.code() + " · " + a.name());
        date.setHelperText("As written: 03/04/2019, 3 Apr 2019, April 2019, c. 2019");
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
        Button saveButton = new Button(existing == null ? "Add entry" : "Save correction", click -> {
            try {
                save.accept(new NewTimelineEntry(agency.getValue() == null ? null : agency.getValue().code(),
                        parse(date.getValue(), "date"), time.getValue(),
                        endDate.getValue().isBlank() ? null : parse(endDate.getValue(), "end date"),
                        whatHappened.getValue(), source.getValue(), role.getValue(), comments.getValue(),
                        reference.getValue()));
                close();
            } catch (InvalidInput e) {
                message.setText(e.getMessage());
            }
        });
        saveButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", click -> close()), saveButton);
    }

    private static @Nullable ChronologyDate parse(String typed, String what) {
        if (typed.isBlank()) {
            return null;
        }
        return switch (UkDates.parse(typed)) {
            case Reading.Read<ChronologyDate> read -> read.value();
            case Reading.Unreadable<ChronologyDate> unreadable ->
                    throw new InvalidInput("The " + what + ": " + unreadable.reason());
        };
    }

}
