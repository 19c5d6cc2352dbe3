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

    private final TextField name = new TextField(getTranslation("event.template.name"));
    private final UnorderedList mine = new UnorderedList();

    TemplateSection(EventPreparation preparation, Caller caller, String eventId) {
        super("event.template.heading", preparation, caller, eventId);
        name.setPlaceholder(getTranslation("event.template.name-example"));
        name.setWidth("28rem");
        mine.addClassName("rt-templates");
        add(new Paragraph(getTranslation("event.template.intro")), name);
        addFooter("event.template.save", () -> {
            preparation.saveAsTemplate(caller, eventId, name.getValue());
            name.clear();
        });
        add(new H3(getTranslation("event.template.yours")), mine);
        load();
    }

    @Override
    void load() {
        mine.removeAll();
        for (EventTemplate template : preparation.templatesOf(caller)) {
            Button delete = new Button(getTranslation("event.template.delete"), click -> {
                try {
                    preparation.deleteTemplate(caller, template.id());
                    showSaved(getTranslation("event.template.deleted", template.name()));
                    load();
                } catch (InvalidInput | NotAllowed refused) {
                    showRefusal(refused);
                }
            });
            delete.setAriaLabel(getTranslation("event.template.delete-which", template.name()));
            delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
            String shape = getTranslation("event.template.item", template.name(), template.agenda().size(),
                    AgendaStage.duration(getLocale(), AgendaStage.totalMinutes(template.agenda())));
            ListItem item = new ListItem(new Span(shape), delete);
            item.addClassName("rt-template");
            mine.add(item);
        }
        if (mine.getComponentCount() == 0) {
            mine.add(new ListItem(getTranslation("event.template.none")));
        }
    }
}
