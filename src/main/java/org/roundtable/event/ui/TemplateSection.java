package org.roundtable.event.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextField;
import org.roundtable.access.Caller;
import org.roundtable.event.AgendaStage;
import org.roundtable.event.EventPreparation;
import org.roundtable.event.EventTemplate;
import org.roundtable.shared.InvalidInput;
import org.roundtable.shared.NotAllowed;

/** Saves this event's shape, without any case data, as a template for new events. */
final class TemplateSection extends SetupSection {

    private final TextField name = new TextField("Template name");
    private final UnorderedList mine = new UnorderedList();

    TemplateSection(EventPreparation preparation, Caller caller, String eventId) {
        super("Template", preparation, caller, eventId);
        name.setPlaceholder("e.g. Half-day practitioner learning event");
        name.setWidth("28rem");
        mine.addClassName("rt-templates");
        add(new Paragraph("A template keeps the review type, the pattern of days, the agenda and the working "
                + "principles. It never keeps case data: no pseudonym, dates, venue, people, terms of reference, "
                + "key themes, family perspective, genogram or timeline."), name);
        addFooter("Save as a template", () -> {
            preparation.saveAsTemplate(caller, eventId, name.getValue());
            name.clear();
        });
        add(new H3("Your templates"), mine);
        load();
    }

    @Override
    void load() {
        mine.removeAll();
        for (EventTemplate template : preparation.templatesOf(caller)) {
            Button delete = new Button("Delete", click -> {
                try {
                    preparation.deleteTemplate(caller, template.id());
                    showSaved("Template \"" + template.name() + "\" deleted.");
                    load();
                } catch (InvalidInput | NotAllowed refused) {
                    showRefusal(refused);
                }
            });
            delete.setAriaLabel("Delete the template " + template.name());
            delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
            ListItem item = new ListItem(new Span(template.name() + " · " + template.agenda().size() + " stages, "
                    + AgendaStage.duration(AgendaStage.totalMinutes(template.agenda()))), delete);
            item.addClassName("rt-template");
            mine.add(item);
        }
        if (mine.getComponentCount() == 0) {
            mine.add(new ListItem("None yet."));
        }
    }
}
