package org.roundtable.event.ui;

import java.time.format.DateTimeFormatter;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.roundtable.access.Accounts;
import org.roundtable.access.Caller;
import org.roundtable.access.Callers;
import org.roundtable.access.Role;
import org.roundtable.event.LearningEvent;
import org.roundtable.event.LearningEvents;

/**
 * The list of learning events: a facilitator's own events with their console and preparation; a
 * note-taker's assigned events with their record.
 */
@Route("")
@PageTitle("Learning events · Roundtable")
@RolesAllowed({"FACILITATOR", "NOTE_TAKER"})
class EventsView extends Main {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy");

    EventsView(LearningEvents events, Callers callers, Accounts accounts) {
        addClassName("rt-page");
        Caller.Account caller = callers.account().orElseThrow();
        Button signOut = new Button("Sign out", click -> callers.signOut());
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        // ends this account's sessions on every device and node, this one included
        Button everywhere = new Button("Sign out everywhere", click -> {
            accounts.signOutEverywhere(caller, caller.username());
            callers.signOut();
        });
        everywhere.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Div account = new Div(signOut, everywhere);
        if (caller.has(Role.ADMINISTRATOR)) {
            account.addComponentAsFirst(new Anchor("admin", "Administration"));
        }
        if (!caller.has(Role.FACILITATOR)) {
            noteTakersEvents(events.listForNoteTaker(caller), account);
            return;
        }
        Button create = new Button("New learning event",
                click -> getUI().ifPresent(ui -> ui.navigate(NewEventView.class)));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        account.addComponentAsFirst(create);
        add(new Header(new H1("Learning events"), account));

        List<LearningEvent> list = events.listFor(caller);
        if (list.isEmpty()) {
            add(new Paragraph("No learning events yet. Create one to prepare the merged timeline and run the room."));
            return;
        }
        UnorderedList items = new UnorderedList();
        items.addClassName("rt-event-list");
        for (LearningEvent event : list) {
            Anchor open = new Anchor("events/" + event.id(), event.pseudonym());
            open.addClassName("rt-event-link");
            Anchor prepare = new Anchor("events/" + event.id() + "/prepare", "Prepare");
            prepare.addClassName("rt-prepare-link");
            prepare.setAriaLabel("Prepare " + event.pseudonym());
            Div details = new Div(new Span(DATE.format(event.date())),
                    new Span(event.venue() == null ? "" : event.venue()),
                    new Span(event.agencies().size() + " agencies"),
                    new Span(event.isOpen() ? "Open" : "Closed"));
            details.addClassName("rt-event-details");
            Anchor record = new Anchor("events/" + event.id() + "/record", "Record");
            record.addClassName("rt-record-link");
            record.setAriaLabel("The record of " + event.pseudonym());
            ListItem item = new ListItem(new H2(open), details, prepare, record);
            item.addClassName("rt-event-item");
            if (!event.isOpen() && !event.demo() && events.isOwnerOf(caller, event.id())) {
                Button purge = new Button("Purge this event",
                        click -> new PurgeDialog(events, caller, event, () -> {
                            items.remove(item);
                            Notification.show(event.pseudonym() + " has been purged.");
                        }).open());
                purge.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
                purge.setAriaLabel("Purge " + event.pseudonym());
                purge.addClassName("rt-purge-event");
                item.add(purge);
            }
            items.add(item);
        }
        add(items);
    }

    /** A note-taker lands on the events they keep the record of, each linked to its record. */
    private void noteTakersEvents(List<LearningEvent> list, Div account) {
        add(new Header(new H1("Your learning events"), account));
        if (list.isEmpty()) {
            add(new Paragraph("No learning event has you as its note-taker yet. The facilitator assigns you to "
                    + "their event by your user name."));
            return;
        }
        UnorderedList items = new UnorderedList();
        items.addClassName("rt-event-list");
        for (LearningEvent event : list) {
            Anchor record = new Anchor("events/" + event.id() + "/record", event.pseudonym());
            record.addClassName("rt-record-link");
            record.setAriaLabel("The record of " + event.pseudonym());
            Div details = new Div(new Span(DATE.format(event.date())),
                    new Span(event.venue() == null ? "" : event.venue()),
                    new Span(event.isOpen() ? "Open" : "Closed"));
            details.addClassName("rt-event-details");
            ListItem item = new ListItem(new H2(record), details);
            item.addClassName("rt-event-item");
            items.add(item);
        }
        add(items);
    }
}
