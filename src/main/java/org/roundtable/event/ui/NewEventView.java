package org.roundtable.event.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.roundtable.access.Caller;
import org.roundtable.access.Callers;
import org.roundtable.event.EventPreparation;
import org.roundtable.event.EventTemplate;
import org.roundtable.event.LearningEvent;
import org.roundtable.event.LearningEvents;
import org.roundtable.event.NewLearningEvent;
import org.roundtable.shared.ComponentTexts;
import org.roundtable.shared.InvalidInput;
import org.roundtable.shared.LanguageChoice;
import org.roundtable.shared.NotAllowed;

/**
 * A facilitator creates a learning event: case pseudonym, date, venue, agencies taking part, and
 * optionally one of their templates for the review type, days, agenda and working principles.
 * The new event opens in the Prepare view.
 */
@Route("events/new")
@RolesAllowed("FACILITATOR")
class NewEventView extends Main implements HasDynamicTitle {

    private final TextField pseudonym = new TextField(getTranslation("event.new.pseudonym"));
    private final DatePicker date = new DatePicker(getTranslation("event.new.date"));
    private final TextField venue = new TextField(getTranslation("event.new.venue"));
    private final Div agencyRows = new Div();
    private final List<TextField[]> agencies = new ArrayList<>();
    private final Select<EventTemplate> template = new Select<>();
    private final Paragraph message = new Paragraph();

    NewEventView(LearningEvents events, EventPreparation preparation, Callers callers) {
        Caller caller = callers.account().orElseThrow();
        addClassName("rt-page");
        pseudonym.setPlaceholder(getTranslation("event.new.pseudonym-example"));
        pseudonym.setHelperText(getTranslation("event.details.pseudonym-help"));
        pseudonym.setRequiredIndicatorVisible(true);
        date.setI18n(ComponentTexts.datePicker(getLocale()));
        date.setLocale(getLocale());
        date.setValue(LocalDate.now());
        date.setRequiredIndicatorVisible(true);
        message.addClassName("rt-error");
        message.getElement().setAttribute("role", "alert");
        for (int i = 0; i < 4; i++) {
            addAgencyRow();
        }
        // The new row's name takes the focus, so the facilitator types on instead of looking for it.
        Button more = new Button(getTranslation("event.new.add-agency"), click -> addAgencyRow().focus());
        more.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        template.setLabel(getTranslation("event.new.template"));
        template.setItems(preparation.templatesOf(caller));
        template.setItemLabelGenerator(t -> t == null ? getTranslation("event.new.no-template") : t.name());
        template.setEmptySelectionAllowed(true);
        template.setEmptySelectionCaption(getTranslation("event.new.no-template"));
        template.setHelperText(getTranslation("event.new.template-help"));
        template.setWidth("28rem");
        Button create = new Button(getTranslation("event.new.create"), click -> {
            try {
                NewLearningEvent form = new NewLearningEvent(pseudonym.getValue(), date.getValue(), venue.getValue(),
                        typedAgencies());
                EventTemplate chosen = template.getValue();
                LearningEvent event = chosen == null ? events.create(caller, form)
                        : preparation.createFromTemplate(caller, chosen.id(), form);
                getUI().ifPresent(ui -> ui.navigate("events/" + event.id() + "/prepare"));
            } catch (InvalidInput e) {
                message.setText(e.messageIn(getLocale()));
            } catch (NotAllowed e) {
                message.setText(e.messageIn(getLocale()));
            }
        });
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("event.new.cancel"),
                click -> getUI().ifPresent(ui -> ui.navigate(EventsView.class)));
        add(new Header(new H1(getTranslation("event.new.heading")), new LanguageChoice()),
                pseudonym, date, venue, template,
                new H2(getTranslation("event.new.agencies")),
                new Paragraph(getTranslation("event.new.agencies-intro")),
                agencyRows, more, message, new HorizontalLayout(create, cancel));
        addClassName("rt-form");
    }

    private TextField addAgencyRow() {
        TextField name = new TextField(getTranslation("event.new.agency"));
        name.setPlaceholder(getTranslation("event.new.agency-example"));
        TextField code = new TextField(getTranslation("event.new.short-label"));
        code.setPlaceholder(getTranslation("event.new.short-label-example"));
        code.setMaxLength(8);
        code.setWidth("8em");
        HorizontalLayout row = new HorizontalLayout(name, code);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        agencies.add(new TextField[] {name, code});
        agencyRows.add(row);
        return name;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("event.new.title");
    }

    private List<NewLearningEvent.AgencyName> typedAgencies() {
        return agencies.stream().map(f -> new NewLearningEvent.AgencyName(f[0].getValue(), f[1].getValue())).toList();
    }
}
