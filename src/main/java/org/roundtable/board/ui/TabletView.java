package org.roundtable.board.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.roundtable.access.Caller;
import org.roundtable.access.Callers;
import org.roundtable.board.Notes;
import org.roundtable.event.LearningEvent;
import org.roundtable.event.LearningEvents;
import org.roundtable.live.LiveScreen;
import org.roundtable.live.LiveUpdates;
import org.roundtable.shared.NotAllowed;
import org.roundtable.timeline.Timelines;

/**
 * A participant's tablet or phone: the merged timeline with everyone's notes; tap an entry or a
 * gap to add a note. Only for a browser that joined this event.
 */
@Route("room/:eventId")
@PageTitle("Learning event · Roundtable")
@AnonymousAllowed
@StyleSheet("themes/tablet.css")
class TabletView extends Main implements BeforeEnterObserver {

    private final LearningEvents events;
    private final Timelines timelines;
    private final Notes notes;
    private final Callers callers;
    private final LiveScreen live;

    TabletView(LearningEvents events, Timelines timelines, Notes notes, Callers callers, LiveUpdates updates) {
        this.events = events;
        this.timelines = timelines;
        this.notes = notes;
        this.callers = callers;
        this.live = new LiveScreen(this, updates);
        addClassName("rt-tablet");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent enter) {
        String eventId = enter.getRouteParameters().get("eventId").orElse("");
        Caller.Participant participant = callers.participantIn(eventId).orElse(null);
        removeAll();
        if (participant == null) {
            add(new H1("Join first"), new Paragraph("This device has not joined this learning event."),
                    new Anchor("join", "Join with a code"));
            return;
        }
        LearningEvent event;
        try {
            event = events.readableBy(participant, eventId);
        } catch (NotAllowed e) {
            add(new H1("Not available"), new Paragraph(e.getMessage()));
            return;
        }
        TimelineBoard board = new TimelineBoard(event, (place, description) -> {
            if (events.readableBy(participant, eventId).isOpen()) {
                new NoteDialog(notes, participant, eventId, place, description).open();
            }
        });
        String agencyName = event.agency(participant.agencyCode()).map(a -> a.name()).orElse(participant.agencyCode());
        Span you = new Span(participant.role() + " · " + agencyName);
        you.addClassName("rt-you");
        Span status = new Span();
        status.addClassName("rt-status");
        status.getElement().setAttribute("role", "status");
        Header header = new Header(new H1(event.pseudonym()), you, status);
        header.addClassName("rt-tablet-header");
        add(header, board);
        live.follow(event.logId(), () -> {
            LearningEvent current = events.readableBy(participant, eventId);
            status.setText(current.isOpen() ? "" : "This learning event is closed; notes can no longer be added.");
            board.show(current, timelines.timelineFor(participant, eventId), notes.notesFor(participant, eventId));
        });
    }
}
