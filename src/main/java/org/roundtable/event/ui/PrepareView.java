package org.roundtable.event.ui;

import java.util.Set;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.roundtable.access.AccessProperties;
import org.roundtable.access.Accounts;
import org.roundtable.access.Caller;
import org.roundtable.access.Callers;
import org.roundtable.event.Contributors;
import org.roundtable.event.EventPreparation;
import org.roundtable.event.EventRight;
import org.roundtable.event.LearningEvent;
import org.roundtable.event.LearningEvents;
import org.roundtable.shared.NotAllowed;

/**
 * The facilitator prepares a learning event: one tab for each part (the event, people, terms of
 * reference, key themes, working principles, agenda, family perspective, genogram, how the room
 * attributes contributions, template).
 */
@Route("events/:eventId/prepare")
@PageTitle("Prepare · Roundtable")
@RolesAllowed("FACILITATOR")
class PrepareView extends Main implements BeforeEnterObserver {

    private final LearningEvents events;
    private final EventPreparation preparation;
    private final Contributors contributors;
    private final Callers callers;
    private final Accounts accounts;
    private final AccessProperties access;
    private final H1 title = new H1();

    PrepareView(LearningEvents events, EventPreparation preparation, Contributors contributors, Callers callers,
            Accounts accounts, AccessProperties access) {
        this.events = events;
        this.access = access;
        this.accounts = accounts;
        this.preparation = preparation;
        this.contributors = contributors;
        this.callers = callers;
        addClassNames("rt-page", "rt-prepare");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent enter) {
        String eventId = enter.getRouteParameters().get("eventId").orElse("");
        Caller caller = callers.account().orElseThrow();
        removeAll();
        LearningEvent event;
        try {
            event = events.facilitatedBy(caller, eventId);
        } catch (NotAllowed e) {
            add(new H1("Not available"), new Paragraph(e.getMessage()), new Anchor("", "Back to learning events"));
            return;
        }
        title.setText("Prepare: " + event.pseudonym());
        Header header = new Header(new Anchor("", "← Learning events"), title,
                new Anchor("events/" + eventId, "Open the console"));
        TabSheet tabs = new TabSheet();
        tabs.addClassName("rt-prepare-tabs");
        tabs.setWidthFull();
        // A co-facilitator sees the tabs of the rights they were granted; the services refuse the rest anyway.
        Set<EventRight> rights = events.rightsOf(caller, eventId);
        boolean prepares = rights.contains(EventRight.PREPARE);
        boolean owner = events.isOwnerOf(caller, eventId);
        if (prepares) {
            tabs.add("Event", new DetailsSection(preparation, caller, eventId,
                    () -> title.setText("Prepare: " + events.facilitatedBy(caller, eventId).pseudonym())));
            tabs.add("People", new PeopleSection(preparation, caller, eventId, event));
        }
        if (owner) {
            tabs.add("Note-taker", new NoteTakerSection(preparation, events, accounts, access, caller, eventId));
            tabs.add("Co-facilitators", new CoFacilitatorsSection(preparation, events, caller, eventId));
        }
        if (prepares) {
            tabs.add("Terms of reference", new TermsSection(preparation, caller, eventId));
            tabs.add("Key themes", new ThemesSection(preparation, caller, eventId));
            tabs.add("Principles", new PrinciplesSection(preparation, caller, eventId));
            tabs.add("Agenda", new AgendaSection(preparation, caller, eventId));
            tabs.add("Family", new FamilySection(preparation, caller, eventId));
            tabs.add("Genogram", new GenogramSection(preparation, caller, eventId));
        }
        if (rights.contains(EventRight.RUN_ROOM)) {
            tabs.add("Room", new RoomSettingsSection(preparation, contributors, caller, eventId));
        }
        if (prepares) {
            tabs.add("Template", new TemplateSection(preparation, caller, eventId));
        }
        add(header);
        if (rights.isEmpty()) {
            add(new Paragraph("You help with this event as a panel member: open the console to follow it. "
                    + "Its owner prepares it."));
        } else {
            add(tabs);
        }
    }
}
