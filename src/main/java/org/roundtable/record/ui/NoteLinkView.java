package org.roundtable.record.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.roundtable.access.Caller;
import org.roundtable.event.LearningEvents;
import org.roundtable.shared.LanguageChoice;

/**
 * Where a note-taker link lands: a working link is remembered in this browser's session and
 * opens the event's record console; any other says so without telling which part was wrong.
 */
@Route("notes/:token")
@AnonymousAllowed
class NoteLinkView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    /** The key of what a link that does not work says. */
    static final String NOT_WORKING = "record.link.not-working";

    private final LearningEvents events;

    NoteLinkView(LearningEvents events) {
        this.events = events;
        addClassName("rt-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent enter) {
        String token = enter.getRouteParameters().get("token").orElse("");
        var link = events.noteTakerForLink(token);
        if (link.isPresent()) {
            Caller.NoteTakerLink noteTaker = link.get();
            NoteTakerLinks.remember(noteTaker);
            enter.forwardTo(LinkedNoteTakerView.class, new RouteParameters("eventId", noteTaker.eventId()));
            return;
        }
        removeAll();
        add(new H1(getTranslation("record.not-available")), new Paragraph(getTranslation(NOT_WORKING)),
                new LanguageChoice());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("record.link.page-title");
    }
}
