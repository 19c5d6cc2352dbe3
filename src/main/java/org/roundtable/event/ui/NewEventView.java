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
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.roundtable.access.Caller;
import org.roundtable.access.Callers;
import org.roundtable.event.EventPreparation;
import org.roundtable.event.EventTemplate;
import org.roundtable.event.LearningEvent;
import org.roundtable.event.LearningEvents;
import org.roundtable.event.NewLearningEvent;
import org.roundtable.shared.InvalidInput;
import org.roundtable.shared.NotAllowed;

/**
 * A facilitator creates a learning event: case pseudonym, date, venue, agencies taking part, and
 * optionally one of their templates for the review type, days, agenda and working principles.
 * The new event opens in the Prepare view.
 */
@Route("events/new")
@PageTitle("New learning event · Roundtable")
@RolesAllowed("FACILITATOR")
class NewEventView extends Main {

    private final TextField pseudonym = new TextField("Case pseudonym");
    private final DatePicker date = new DatePicker("Date of the learning event");
    private final TextField venue = new TextField("Venue");
    private final Div agencyRows = new Div();
    private final List<TextField[]> agencies = new ArrayList<>();
    private final Select<EventTemplate> template = new Select<>();
    private final Paragraph message = new Paragraph();

    NewEventView(LearningEvents events, EventPreparation preparation, Callers callers) {
        Caller caller = callers.account().orElseThrow();
        addClassName("rt-page");
        pseudonym.setPlaceholder("e.g. Child A");
        pseudonym.setHelperText("How the case is known in the review; never the child's name.");
        pseudonym.setRequiredIndicatorVisible(true);
        date.setValue(LocalDate.now());
        date.setRequiredIndicatorVisible(true);
        message.addClassName("rt-error");
        message.getElement().setAttribute("role", "alert");
        for (int i = 0; i < 4; i++) {
            addAgencyRow();
        }
        Button more = new Button("Add another agency", click -> addAgencyRow());
        more.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        template.setLabel("Start from a template (optional)");
        template.setItems(preparation.templatesOf(caller));
        template.setItemLabelGenerator(t -> t == null ? "No template: the default agenda and principles" : t.name());
        template.setEmptySelectionAllowed(true);
        template.setEmptySelectionCaption("No template: the default agenda and principles");
        template.setHelperText("A template brings the review type, the pattern of days, the agenda and the "
                + "working principles.");
        template.setWidth("28rem");
        Button create = new Button("Create learning event", click -> {
            try {
                NewLearningEvent form = new NewLearningEvent(pseudonym.getValue(), date.getValue(), venue.getValue(),
                        typedAgencies());
                EventTemplate chosen = template.getValue();
                LearningEvent event = chosen == null ? events.create(caller, form)
                        : preparation.createFromTemplate(caller, chosen.id(), form);
                getUI().ifPresent(ui -> ui.navigate("events/" + event.id() + "/prepare"));
            } catch (InvalidInput | NotAllowed e) {
                message.setText(e.getMessage());
            }
        });
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button("Cancel", click -> getUI().ifPresent(ui -> ui.navigate(EventsView.class)));
        add(new H1("New learning event"), pseudonym, date, venue, template,
                new H2("Agencies taking part"),
                new Paragraph("Each agency gets a colour from an accessible palette; its short label is always shown "
                        + "with it."),
                agencyRows, more, message, new HorizontalLayout(create, cancel));
        addClassName("rt-form");
    }

    private void addAgencyRow() {
        TextField name = new TextField("Agency");
        name.setPlaceholder("e.g. Children's Social Care");
        TextField code = new TextField("Short label");
        code.setPlaceholder("e.g. CSC");
        code.setMaxLength(8);
        code.setWidth("8em");
        HorizontalLayout row = new HorizontalLayout(name, code);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        agencies.add(new TextField[] {name, code});
        agencyRows.add(row);
    }

    private List<NewLearningEvent.AgencyName> typedAgencies() {
        return agencies.stream().map(f -> new NewLearningEvent.AgencyName(f[0].getValue(), f[1].getValue())).toList();
    }
}
