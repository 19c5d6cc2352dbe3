package org.roundtable.event.ui;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextField;
import org.roundtable.access.Caller;
import org.roundtable.event.CoFacilitator;
import org.roundtable.event.EventPreparation;
import org.roundtable.event.EventRight;
import org.roundtable.event.LearningEvents;
import org.roundtable.shared.InvalidInput;
import org.roundtable.shared.NotAllowed;

/**
 * The owner's list of co-facilitators: other facilitators' accounts added by user name, each
 * with the rights the owner grants (none makes a panel member, who reads everything a facilitator
 * reads but changes nothing). Rights can be changed and co-facilitators removed.
 */
final class CoFacilitatorsSection extends SetupSection {

    private final LearningEvents events;
    final TextField username = new TextField("Facilitator's user name");
    final CheckboxGroup<EventRight> rights = rightsGroup("Rights");
    final UnorderedList current = new UnorderedList();

    CoFacilitatorsSection(EventPreparation preparation, LearningEvents events, Caller caller, String eventId) {
        super("Co-facilitators and panel members", preparation, caller, eventId);
        this.events = events;
        add(new Paragraph("Add another facilitator to help run this event with the rights you choose. Someone "
                + "with no rights is a panel member: they see everything a facilitator sees, comments column "
                + "included, but change nothing. Only you can purge the event, assign the note-taker and change "
                + "who helps."));
        username.setHelperText("The account must be a facilitator's account.");
        username.setMaxLength(100);
        add(username, rights);
        addFooter("Add or change the rights", () -> events.grantCoFacilitator(caller, eventId, username.getValue(),
                rights.getValue()));
        current.addClassName("rt-cofacilitators");
        add(new H3("Helping with this event"), current);
        load();
    }

    private static CheckboxGroup<EventRight> rightsGroup(String label) {
        CheckboxGroup<EventRight> group = new CheckboxGroup<>(label);
        group.setItems(EventRight.values());
        group.setItemLabelGenerator(right -> right.label() + " (" + right.explanation() + ")");
        return group;
    }

    @Override
    void load() {
        current.removeAll();
        List<CoFacilitator> all = events.coFacilitatorsOf(caller, eventId);
        if (all.isEmpty()) {
            current.add(new ListItem("No one yet: you run this event alone."));
        }
        for (CoFacilitator helper : all) {
            current.add(item(helper));
        }
    }

    private ListItem item(CoFacilitator helper) {
        Span name = new Span(helper.username());
        name.addClassName("rt-cofacilitator-name");
        CheckboxGroup<EventRight> granted = rightsGroup("Rights of " + helper.username());
        granted.setValue(helper.rights().isEmpty() ? Set.of() : EnumSet.copyOf(helper.rights()));
        granted.setHelperText(helper.panelMember() ? "Panel member: reads, changes nothing." : null);
        Button change = new Button("Save rights", click -> act(() -> events.grantCoFacilitator(caller, eventId,
                helper.username(), granted.getValue()), "The rights of " + helper.username() + " were changed."));
        Button remove = new Button("Remove", click -> act(() -> events.revokeCoFacilitator(caller, eventId,
                helper.username()), helper.username() + " was removed from the event."));
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        remove.setAriaLabel("Remove " + helper.username());
        change.setAriaLabel("Save the rights of " + helper.username());
        Div buttons = new Div(change, remove);
        ListItem item = new ListItem(name, granted, buttons);
        item.addClassName("rt-cofacilitator");
        return item;
    }

    private void act(Runnable action, String done) {
        try {
            action.run();
            showSaved(done);
            load();
        } catch (InvalidInput | NotAllowed refused) {
            showRefusal(refused);
        }
    }
}
