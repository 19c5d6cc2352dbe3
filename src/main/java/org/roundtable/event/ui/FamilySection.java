package org.roundtable.event.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.jspecify.annotations.Nullable;
import org.roundtable.access.Caller;
import org.roundtable.event.EventPreparation;
import org.roundtable.event.FamilyMessage;
import org.roundtable.event.FamilyPerspective;

/** Messages family members gave before the event, by relationship; or that the family declined, and why. */
final class FamilySection extends SetupSection {

    private final Checkbox declined = new Checkbox(getTranslation("event.family.declined"));
    private final TextArea reason = new TextArea(getTranslation("event.family.reason"));
    private final ListEditor<FamilyMessage> messages;
    private final Div gathered;

    FamilySection(EventPreparation preparation, Caller caller, String eventId) {
        super("event.family.heading", preparation, caller, eventId);
        reason.setWidth("44rem");
        reason.setMaxLength(1000);
        messages = new ListEditor<>("event.list.message", (message, changed) -> messageRow(message), () -> { });
        Button add = new Button(getTranslation("event.family.add"), click -> messages.addEmpty());
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        gathered = new Div(messages, add);
        declined.addValueChangeListener(change -> showDeclined(change.getValue()));
        add(new Paragraph(getTranslation("event.family.intro")),
                declined, reason, gathered);
        addFooter("event.family.save", () -> preparation.changeFamilyPerspective(caller, eventId,
                declined.getValue() ? FamilyPerspective.declined(reason.getValue())
                        : FamilyPerspective.messages(messages.items())));
        load();
    }

    @Override
    void load() {
        FamilyPerspective perspective = preparation.familyPerspectiveFor(caller, eventId);
        declined.setValue(perspective.declined());
        reason.setValue(perspective.declinedReason() == null ? "" : perspective.declinedReason());
        messages.setItems(perspective.messages());
        showDeclined(perspective.declined());
    }

    private void showDeclined(boolean isDeclined) {
        reason.setVisible(isDeclined);
        gathered.setVisible(!isDeclined);
    }

    private ListEditor.Row<FamilyMessage> messageRow(@Nullable FamilyMessage message) {
        TextField who = new TextField(getTranslation("event.family.who"));
        who.setPlaceholder(getTranslation("event.family.who-example"));
        who.setWidth("18rem");
        who.setMaxLength(60);
        TextArea what = new TextArea(getTranslation("event.family.what"));
        what.setWidth("32rem");
        what.setMaxLength(4000);
        if (message != null) {
            who.setValue(message.relationship());
            what.setValue(message.message());
        }
        return ListEditor.Row.of(() -> new FamilyMessage(who.getValue(), what.getValue()), who, what);
    }
}
