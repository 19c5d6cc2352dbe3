package org.roundtable.event.ui;

import java.time.LocalDate;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import org.jspecify.annotations.Nullable;
import org.roundtable.access.Caller;
import org.roundtable.event.DayPart;
import org.roundtable.event.EventDay;
import org.roundtable.event.EventDetails;
import org.roundtable.event.EventPreparation;
import org.roundtable.event.ReviewType;

/** Case pseudonym, review type, the days (each whole or half) and the venue. */
final class DetailsSection extends SetupSection {

    private final TextField pseudonym = new TextField("Case pseudonym");
    private final Select<ReviewType> reviewType = new Select<>();
    private final ListEditor<EventDay> days;
    private final TextField venue = new TextField("Venue");

    DetailsSection(EventPreparation preparation, Caller caller, String eventId, Runnable saved) {
        super("The event", preparation, caller, eventId);
        pseudonym.setHelperText("How the case is known in the review; never the child's name.");
        pseudonym.setRequiredIndicatorVisible(true);
        pseudonym.setWidth("20rem");
        reviewType.setLabel("Review type");
        reviewType.setItems(ReviewType.values());
        reviewType.setItemLabelGenerator(type -> type == null ? "Not chosen yet" : type.label());
        reviewType.setEmptySelectionAllowed(true);
        reviewType.setEmptySelectionCaption("Not chosen yet");
        reviewType.setWidth("28rem");
        venue.setWidth("28rem");
        days = new ListEditor<>("day", DetailsSection::dayRow, () -> { });
        Button addDay = new Button("Add a day", click -> days.addEmpty());
        addDay.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(pseudonym, reviewType, new Div(new H3("Days"), days, addDay), venue);
        addFooter("Save event details", () -> {
            preparation.changeDetails(caller, eventId, pseudonym.getValue(), reviewType.getValue(), days.items(),
                    venue.getValue());
            saved.run();
        });
        load();
    }

    @Override
    void load() {
        EventDetails details = preparation.detailsFor(caller, eventId);
        pseudonym.setValue(details.pseudonym());
        reviewType.setValue(details.reviewType());
        days.setItems(details.days());
        venue.setValue(details.venue() == null ? "" : details.venue());
    }

    private static ListEditor.Row<EventDay> dayRow(@Nullable EventDay day, Runnable changed) {
        DatePicker date = new DatePicker("Date");
        date.setValue(day == null ? LocalDate.now() : day.date());
        Select<DayPart> part = new Select<>();
        part.setLabel("Part of the day");
        part.setItems(DayPart.values());
        part.setItemLabelGenerator(DayPart::label);
        part.setValue(day == null ? DayPart.WHOLE_DAY : day.part());
        return ListEditor.Row.of(() -> new EventDay(date.getValue(), part.getValue()), date, part);
    }
}
