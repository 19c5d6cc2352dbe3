package org.roundtable.event.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import org.jspecify.annotations.Nullable;
import org.roundtable.access.Caller;
import org.roundtable.event.EventPreparation;
import org.roundtable.event.SetupDefaults;

/** The working principles (ground rules) the room agrees at the start, editable per event. */
final class PrinciplesSection extends SetupSection {

    private final ListEditor<String> principles;

    PrinciplesSection(EventPreparation preparation, Caller caller, String eventId) {
        super("event.principles.heading", preparation, caller, eventId);
        principles = new ListEditor<>("event.list.working-principle", (text, changed) -> principleRow(text), () -> { });
        Button add = new Button(getTranslation("event.principles.add"), click -> principles.addEmpty());
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Button defaults = new Button(getTranslation("event.principles.defaults"),
                click -> principles.setItems(SetupDefaults.WORKING_PRINCIPLES));
        defaults.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(new Paragraph(getTranslation("event.principles.intro", SetupDefaults.ASK_THE_GROUP)), principles, add);
        addFooter("event.principles.save",
                () -> preparation.changeWorkingPrinciples(caller, eventId, principles.items()), defaults);
        load();
    }

    @Override
    void load() {
        principles.setItems(preparation.workingPrinciplesFor(caller, eventId));
    }

    private ListEditor.Row<String> principleRow(@Nullable String principle) {
        TextArea text = new TextArea(getTranslation("event.principles.principle"));
        text.setWidth("44rem");
        text.setMaxLength(300);
        text.setValue(principle == null ? "" : principle);
        return ListEditor.Row.of(text::getValue, text);
    }
}
