package org.roundtable.event.ui;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
import org.roundtable.shared.Texts;

/**
 * The owner's list of co-facilitators: other facilitators' accounts added by user name, each
 * with the rights the owner grants (none makes a panel member, who reads everything a facilitator
 * reads but changes nothing). Rights can be changed and co-facilitators removed.
 */
final class CoFacilitatorsSection extends SetupSection {

    private final LearningEvents events;
    final TextField username = new TextField(getTranslation("event.co-facilitators.username"));
    final CheckboxGroup<EventRight> rights = rightsGroup(getTranslation("event.co-facilitators.rights"));
    final UnorderedList current = new UnorderedList();
    private final Map<String, Button> saveButtons = new HashMap<>();

    CoFacilitatorsSection(EventPreparation preparation, LearningEvents events, Caller caller, String eventId) {
        super("event.co-facilitators.heading", preparation, caller, eventId);
        this.events = events;
        add(new Paragraph(getTranslation("event.co-facilitators.intro")));
        username.setHelperText(getTranslation("event.co-facilitators.username-help"));
        username.setMaxLength(100);
        add(username, rights);
        addFooter("event.co-facilitators.save", () -> events.grantCoFacilitator(caller, eventId, username.getValue(),
                rights.getValue()));
        current.addClassName("rt-cofacilitators");
        add(new H3(getTranslation("event.co-facilitators.helping")), current);
        load();
    }

    private CheckboxGroup<EventRight> rightsGroup(String label) {
        CheckboxGroup<EventRight> group = new CheckboxGroup<>(label);
        group.setItems(EventRight.values());
        group.setItemLabelGenerator(right -> getTranslation("event.co-facilitators.right",
                Texts.label(getLocale(), right), right.explanation(getLocale())));
        return group;
    }

    @Override
    void load() {
        current.removeAll();
        saveButtons.clear();
        List<CoFacilitator> all = events.coFacilitatorsOf(caller, eventId);
        if (all.isEmpty()) {
            current.add(new ListItem(getTranslation("event.co-facilitators.none")));
        }
        for (CoFacilitator helper : all) {
            current.add(item(helper));
        }
    }

    private ListItem item(CoFacilitator helper) {
        Span name = new Span(helper.username());
        name.addClassName("rt-cofacilitator-name");
        CheckboxGroup<EventRight> granted =
                rightsGroup(getTranslation("event.co-facilitators.rights-of", helper.username()));
        granted.setValue(helper.rights().isEmpty() ? Set.of() : EnumSet.copyOf(helper.rights()));
        granted.setHelperText(helper.panelMember() ? getTranslation("event.co-facilitators.panel-member") : null);
        Button change = new Button(getTranslation("event.co-facilitators.save-rights"),
                click -> {
                    act(() -> events.grantCoFacilitator(caller, eventId, helper.username(), granted.getValue()),
                            getTranslation("event.co-facilitators.rights-changed", helper.username()));
                    // The list was drawn again: the same helper's new button takes the focus back.
                    saveButtons.getOrDefault(helper.username(), new Button()).focus();
                });
        Button remove = new Button(getTranslation("event.co-facilitators.remove"),
                click -> {
                    act(() -> events.revokeCoFacilitator(caller, eventId, helper.username()),
                            getTranslation("event.co-facilitators.removed", helper.username()));
                    // The helper's buttons are gone: the focus goes to the user name, ready for the next.
                    username.focus();
                });
        saveButtons.put(helper.username(), change);
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        remove.setAriaLabel(getTranslation("event.co-facilitators.remove-who", helper.username()));
        change.setAriaLabel(getTranslation("event.co-facilitators.save-rights-of", helper.username()));
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
