package org.roundtable.event.ui;

import java.time.LocalDate;
import java.util.Locale;

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
import org.roundtable.shared.ComponentTexts;
import org.roundtable.shared.LanguageChoice;
import org.roundtable.shared.Texts;

/**
 * Case pseudonym, review type, the days (each whole or half), the venue, and the language the
 * event's screens speak to whoever has not chosen one on their device.
 */
final class DetailsSection extends SetupSection {

    private final TextField pseudonym = new TextField(getTranslation("event.details.pseudonym"));
    private final Select<ReviewType> reviewType = new Select<>();
    private final ListEditor<EventDay> days;
    private final TextField venue = new TextField(getTranslation("event.details.venue"));
    final Select<Locale> language = new Select<>();

    DetailsSection(EventPreparation preparation, Caller caller, String eventId, Runnable saved) {
        super("event.details.heading", preparation, caller, eventId);
        pseudonym.setHelperText(getTranslation("event.details.pseudonym-help"));
        pseudonym.setRequiredIndicatorVisible(true);
        pseudonym.setWidth("20rem");
        reviewType.setLabel(getTranslation("event.details.review-type"));
        reviewType.setItems(ReviewType.values());
        reviewType.setItemLabelGenerator(type -> type == null ? getTranslation("event.details.not-chosen")
                : Texts.label(getLocale(), type));
        reviewType.setEmptySelectionAllowed(true);
        reviewType.setEmptySelectionCaption(getTranslation("event.details.not-chosen"));
        reviewType.setWidth("28rem");
        venue.setWidth("28rem");
        language.setLabel(getTranslation("event.details.language"));
        language.setHelperText(getTranslation("event.details.language-help"));
        language.setItems(Texts.LANGUAGES);
        language.setItemLabelGenerator(LanguageChoice::nameOf);
        language.addClassName("rt-event-language");
        days = new ListEditor<>("event.list.day", this::dayRow, () -> { });
        Button addDay = new Button(getTranslation("event.details.add-day"), click -> days.addEmpty());
        addDay.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(pseudonym, reviewType, new Div(new H3(getTranslation("event.details.days")), days, addDay), venue,
                language);
        addFooter("event.details.save", () -> {
            preparation.changeDetails(caller, eventId, pseudonym.getValue(), reviewType.getValue(), days.items(),
                    venue.getValue());
            preparation.changeLanguage(caller, eventId, language.getValue());
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
        language.setValue(preparation.languageFor(caller, eventId));
    }

    private ListEditor.Row<EventDay> dayRow(@Nullable EventDay day, Runnable changed) {
        DatePicker date = new DatePicker(getTranslation("event.details.date"));
        date.setI18n(ComponentTexts.datePicker(getLocale()));
        date.setLocale(getLocale());
        date.setValue(day == null ? LocalDate.now() : day.date());
        Select<DayPart> part = new Select<>();
        part.setLabel(getTranslation("event.details.part-of-day"));
        part.setItems(DayPart.values());
        part.setItemLabelGenerator(p -> Texts.label(getLocale(), p));
        part.setValue(day == null ? DayPart.WHOLE_DAY : day.part());
        return ListEditor.Row.of(() -> new EventDay(date.getValue(), part.getValue()), date, part);
    }
}
