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

    private final Checkbox declined = new Checkbox("The family declined to take part");
    private final TextArea reason = new TextArea("Why the family declined");
    private final ListEditor<FamilyMessage> messages;
    private final Div gathered;

    FamilySection(EventPreparation preparation, Caller caller, String eventId) {
        super("Family perspective", preparation, caller, eventId);
        reason.setWidth("44rem");
        reason.setMaxLength(1000);
        messages = new ListEditor<>("message", (message, changed) -> messageRow(message), () -> { });
        Button add = new Button("Add a message", click -> messages.addEmpty());
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        gathered = new Div(messages, add);
        declined.addValueChangeListener(change -> showDeclined(change.getValue()));
        add(new Paragraph("What family members want the room to hear, woven into the day. Say who by their "
                + "relationship to the child (\"Mother\", \"Maternal grandmother\"), never by name."),
                declined, reason, gathered);
        addFooter("Save family perspective", () -> preparation.changeFamilyPerspective(caller, eventId,
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

    private static ListEditor.Row<FamilyMessage> messageRow(@Nullable FamilyMessage message) {
        TextField who = new TextField("Who (relationship to the child, not a name)");
        who.setPlaceholder("e.g. Mother");
        who.setWidth("18rem");
        who.setMaxLength(60);
        TextArea what = new TextArea("What they want the room to hear");
        what.setWidth("32rem");
        what.setMaxLength(4000);
        if (message != null) {
            who.setValue(message.relationship());
            what.setValue(message.message());
        }
        return ListEditor.Row.of(() -> new FamilyMessage(who.getValue(), what.getValue()), who, what);
    }
}
