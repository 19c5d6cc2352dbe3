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
import com.vaadin.flow.router.HasDynamicTitle;
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
import org.roundtable.shared.LanguageChoice;
import org.roundtable.shared.NotAllowed;
import org.roundtable.shared.TabStrips;

/**
 * The facilitator prepares a learning event: one tab for each part (the event, people, terms of
 * reference, key themes, working principles, agenda, family perspective, genogram, how the room
 * attributes contributions, template).
 */
@Route("events/:eventId/prepare")
@RolesAllowed("FACILITATOR")
class PrepareView extends Main implements BeforeEnterObserver, HasDynamicTitle {

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
            add(new H1(getTranslation("event.prepare.not-available")), new Paragraph(e.messageIn(getLocale())),
                    new Anchor("", getTranslation("event.prepare.back")));
            return;
        }
        title.setText(getTranslation("event.prepare.heading", event.pseudonym()));
        Header header = new Header(new Anchor("", getTranslation("event.prepare.to-events")), title,
                new Anchor("events/" + eventId, getTranslation("event.prepare.console")), new LanguageChoice());
        TabSheet tabs = TabStrips.withWholeTablist(new TabSheet());
        tabs.addClassName("rt-prepare-tabs");
        tabs.setWidthFull();
        // A co-facilitator sees the tabs of the rights they were granted; the services refuse the rest anyway.
        Set<EventRight> rights = events.rightsOf(caller, eventId);
        boolean prepares = rights.contains(EventRight.PREPARE);
        boolean owner = events.isOwnerOf(caller, eventId);
        if (prepares) {
            tabs.add(getTranslation("event.prepare.tab.event"), new DetailsSection(preparation, caller, eventId,
                    () -> title.setText(getTranslation("event.prepare.heading",
                            events.facilitatedBy(caller, eventId).pseudonym()))));
            tabs.add(getTranslation("event.prepare.tab.people"),
                    new PeopleSection(preparation, caller, eventId, event));
        }
        if (owner) {
            tabs.add(getTranslation("event.prepare.tab.note-taker"),
                    new NoteTakerSection(preparation, events, accounts, access, caller, eventId));
            tabs.add(getTranslation("event.prepare.tab.co-facilitators"),
                    new CoFacilitatorsSection(preparation, events, caller, eventId));
        }
        if (prepares) {
            tabs.add(getTranslation("event.prepare.tab.terms"), new TermsSection(preparation, caller, eventId));
            tabs.add(getTranslation("event.prepare.tab.themes"), new ThemesSection(preparation, caller, eventId));
            tabs.add(getTranslation("event.prepare.tab.principles"),
                    new PrinciplesSection(preparation, caller, eventId));
            tabs.add(getTranslation("event.prepare.tab.agenda"), new AgendaSection(preparation, caller, eventId));
            tabs.add(getTranslation("event.prepare.tab.family"), new FamilySection(preparation, caller, eventId));
            tabs.add(getTranslation("event.prepare.tab.genogram"), new GenogramSection(preparation, caller, eventId));
        }
        if (rights.contains(EventRight.RUN_ROOM)) {
            tabs.add(getTranslation("event.prepare.tab.room"),
                    new RoomSettingsSection(preparation, contributors, caller, eventId));
        }
        if (prepares) {
            tabs.add(getTranslation("event.prepare.tab.template"), new TemplateSection(preparation, caller, eventId));
        }
        add(header);
        if (rights.isEmpty()) {
            add(new Paragraph(getTranslation("event.prepare.panel-member")));
        } else {
            add(tabs);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("event.prepare.title");
    }
}
