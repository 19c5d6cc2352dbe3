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
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.roundtable.access.Accounts;
import org.roundtable.access.Caller;
import org.roundtable.access.Callers;
import org.roundtable.access.Role;
import org.roundtable.event.LearningEvent;
import org.roundtable.event.LearningEvents;
import org.roundtable.shared.LanguageChoice;

/**
 * The list of learning events: a facilitator's own events with their console and preparation; a
 * note-taker's assigned events with their record.
 */
@Route("")
@RolesAllowed({"FACILITATOR", "NOTE_TAKER"})
class EventsView extends Main implements HasDynamicTitle {

    private final DateTimeFormatter date;

    EventsView(LearningEvents events, Callers callers, Accounts accounts) {
        addClassName("rt-page");
        date = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", getLocale());
        Caller.Account caller = callers.account().orElseThrow();
        Button signOut = new Button(getTranslation("event.events.sign-out"), click -> callers.signOut());
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        // ends this account's sessions on every device and node, this one included
        Button everywhere = new Button(getTranslation("event.events.sign-out-everywhere"), click -> {
            accounts.signOutEverywhere(caller, caller.username());
            callers.signOut();
        });
        everywhere.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Div account = new Div(signOut, everywhere, new LanguageChoice());
        if (caller.has(Role.ADMINISTRATOR)) {
            account.addComponentAsFirst(new Anchor("admin", getTranslation("event.events.administration")));
        }
        if (!caller.has(Role.FACILITATOR)) {
            noteTakersEvents(events.listForNoteTaker(caller), account);
            return;
        }
        Button create = new Button(getTranslation("event.events.new"),
                click -> getUI().ifPresent(ui -> ui.navigate(NewEventView.class)));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        account.addComponentAsFirst(create);
        add(new Header(new H1(getTranslation("event.events.heading")), account));

        List<LearningEvent> list = events.listFor(caller);
        if (list.isEmpty()) {
            add(new Paragraph(getTranslation("event.events.none")));
            return;
        }
        UnorderedList items = new UnorderedList();
        items.addClassName("rt-event-list");
        for (LearningEvent event : list) {
            Anchor open = new Anchor("events/" + event.id(), event.pseudonym());
            open.addClassName("rt-event-link");
            Anchor prepare = new Anchor("events/" + event.id() + "/prepare", getTranslation("event.events.prepare"));
            prepare.addClassName("rt-prepare-link");
            prepare.setAriaLabel(getTranslation("event.events.prepare-which", event.pseudonym()));
            Div details = new Div(new Span(date.format(event.date())),
                    new Span(event.venue() == null ? "" : event.venue()),
                    new Span(getTranslation("event.events.agencies", event.agencies().size())),
                    new Span(status(event)));
            details.addClassName("rt-event-details");
            Anchor record = new Anchor("events/" + event.id() + "/record", getTranslation("event.events.record"));
            record.addClassName("rt-record-link");
            record.setAriaLabel(getTranslation("event.events.record-of", event.pseudonym()));
            ListItem item = new ListItem(new H2(open), details, prepare, record);
            item.addClassName("rt-event-item");
            if (!event.isOpen() && !event.demo() && events.isOwnerOf(caller, event.id())) {
                Button purge = new Button(getTranslation("event.events.purge"),
                        click -> new PurgeDialog(events, caller, event, () -> {
                            items.remove(item);
                            Notification.show(getTranslation("event.events.purged", event.pseudonym()));
                        }).open());
                purge.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
                purge.setAriaLabel(getTranslation("event.events.purge-which", event.pseudonym()));
                purge.addClassName("rt-purge-event");
                item.add(purge);
            }
            items.add(item);
        }
        add(items);
    }

    /** A note-taker lands on the events they keep the record of, each linked to its record. */
    private void noteTakersEvents(List<LearningEvent> list, Div account) {
        add(new Header(new H1(getTranslation("event.events.yours")), account));
        if (list.isEmpty()) {
            add(new Paragraph(getTranslation("event.events.none-to-record")));
            return;
        }
        UnorderedList items = new UnorderedList();
        items.addClassName("rt-event-list");
        for (LearningEvent event : list) {
            Anchor record = new Anchor("events/" + event.id() + "/record", event.pseudonym());
            record.addClassName("rt-record-link");
            record.setAriaLabel(getTranslation("event.events.record-of", event.pseudonym()));
            Div details = new Div(new Span(date.format(event.date())),
                    new Span(event.venue() == null ? "" : event.venue()),
                    new Span(status(event)));
            details.addClassName("rt-event-details");
            ListItem item = new ListItem(new H2(record), details);
            item.addClassName("rt-event-item");
            items.add(item);
        }
        add(items);
    }

    private String status(LearningEvent event) {
        return getTranslation(event.isOpen() ? "event.events.open" : "event.events.closed");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("event.events.title");
    }
}
