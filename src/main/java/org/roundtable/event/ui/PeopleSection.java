package org.roundtable.event.ui;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import org.jspecify.annotations.Nullable;
import org.roundtable.access.Caller;
import org.roundtable.event.Agency;
import org.roundtable.event.EventPeople;
import org.roundtable.event.EventPreparation;
import org.roundtable.event.Invitee;
import org.roundtable.event.LearningEvent;
import org.roundtable.event.PersonInRole;

/** One or two facilitators, the note-taker, and the invitation list. Names are for facilitators only. */
final class PeopleSection extends SetupSection {

    private final TextField[] facilitatorRoles = {new TextField(getTranslation("event.people.facilitator-1-role")),
            new TextField(getTranslation("event.people.facilitator-2-role"))};
    private final TextField[] facilitatorNames = {new TextField(getTranslation("event.people.facilitator-1-name")),
            new TextField(getTranslation("event.people.facilitator-2-name"))};
    private final TextField noteTakerRole = new TextField(getTranslation("event.people.note-taker-role"));
    private final TextField noteTakerName = new TextField(getTranslation("event.people.note-taker-name"));
    private final ListEditor<Invitee> invited;

    PeopleSection(EventPreparation preparation, Caller caller, String eventId, LearningEvent event) {
        super("event.people.heading", preparation, caller, eventId);
        facilitatorRoles[0].setPlaceholder(getTranslation("event.people.facilitator-example"));
        facilitatorRoles[0].setRequiredIndicatorVisible(true);
        noteTakerRole.setPlaceholder(getTranslation("event.people.note-taker-example"));
        invited = new ListEditor<>("event.list.invited-person",
                (invitee, changed) -> inviteeRow(invitee, event.agencies()), () -> { });
        Button addInvitee = new Button(getTranslation("event.people.add-invitee"), click -> invited.addEmpty());
        addInvitee.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(new Paragraph(getTranslation("event.people.intro")),
                new H3(getTranslation("event.people.facilitators")),
                ListEditor.fieldsSideBySide(facilitatorRoles[0], facilitatorNames[0]),
                ListEditor.fieldsSideBySide(facilitatorRoles[1], facilitatorNames[1]),
                new H3(getTranslation("event.people.note-taker")),
                ListEditor.fieldsSideBySide(noteTakerRole, noteTakerName),
                new H3(getTranslation("event.people.invitation-list")),
                new Paragraph(getTranslation("event.people.invitation-intro")),
                invited, addInvitee);
        addFooter("event.people.save", () -> preparation.changePeople(caller, eventId,
                List.of(new PersonInRole(facilitatorRoles[0].getValue(), facilitatorNames[0].getValue()),
                        new PersonInRole(facilitatorRoles[1].getValue(), facilitatorNames[1].getValue())),
                new PersonInRole(noteTakerRole.getValue(), noteTakerName.getValue()), invited.items()));
        load();
    }

    @Override
    void load() {
        EventPeople people = preparation.peopleFor(caller, eventId);
        for (int i = 0; i < 2; i++) {
            PersonInRole person = i < people.facilitators().size() ? people.facilitators().get(i) : null;
            facilitatorRoles[i].setValue(person == null ? "" : person.role());
            facilitatorNames[i].setValue(person == null || person.name() == null ? "" : person.name());
        }
        PersonInRole noteTaker = people.noteTaker();
        noteTakerRole.setValue(noteTaker == null ? "" : noteTaker.role());
        noteTakerName.setValue(noteTaker == null || noteTaker.name() == null ? "" : noteTaker.name());
        invited.setItems(people.invited());
    }

    private ListEditor.Row<Invitee> inviteeRow(@Nullable Invitee invitee, List<Agency> agencies) {
        TextField role = new TextField(getTranslation("event.people.role"));
        role.setPlaceholder(getTranslation("event.people.role-example"));
        Select<Agency> agency = new Select<>();
        agency.setLabel(getTranslation("event.people.agency"));
        agency.setItems(agencies);
        agency.setItemLabelGenerator(a -> getTranslation("event.people.agency-item", a.code(), a.name()));
        TextField name = new TextField(getTranslation("event.people.name"));
        if (invitee != null) {
            role.setValue(invitee.role());
            agencies.stream().filter(a -> a.code().equals(invitee.agencyCode())).findFirst().ifPresent(agency::setValue);
            name.setValue(invitee.name() == null ? "" : invitee.name());
        }
        return ListEditor.Row.of(() -> {
            Agency chosen = agency.getValue();
            return new Invitee(role.getValue(), chosen == null ? "" : chosen.code(), name.getValue());
        }, role, agency, name);
    }
}
