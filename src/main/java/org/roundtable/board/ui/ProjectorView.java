package org.roundtable.board.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Aside;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.roundtable.access.AccessProperties;
import org.roundtable.access.Caller;
import org.roundtable.board.Notes;
import org.roundtable.event.EventPreparation;
import org.roundtable.event.Genogram;
import org.roundtable.event.LearningEvent;
import org.roundtable.event.LearningEvents;
import org.roundtable.live.LiveScreen;
import org.roundtable.live.LiveUpdates;
import org.roundtable.timeline.Timelines;

/**
 * The room's screen, opened through the event's read-only link: the timeline with its notes in
 * type that reads across a room, and the join code and QR code for latecomers. Never the
 * agencies' comments.
 */
@Route("projector/:token")
@PageTitle("Roundtable")
@AnonymousAllowed
@StyleSheet("themes/projector.css")
class ProjectorView extends Main implements BeforeEnterObserver {

    private final LearningEvents events;
    private final Timelines timelines;
    private final Notes notes;
    private final LiveScreen live;
    private final AccessProperties access;
    private final EventPreparation preparation;

    ProjectorView(LearningEvents events, Timelines timelines, Notes notes, LiveUpdates updates,
            AccessProperties access, EventPreparation preparation) {
        this.preparation = preparation;
        this.events = events;
        this.timelines = timelines;
        this.notes = notes;
        this.live = new LiveScreen(this, updates);
        this.access = access;
        addClassName("rt-projector");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent enter) {
        String token = enter.getRouteParameters().get("token").orElse("");
        Caller.Projector projector = events.projectorFor(token).orElse(null);
        removeAll();
        if (projector == null) {
            add(new H1("This projector link is not valid."));
            return;
        }
        LearningEvent event = events.readableBy(projector, projector.eventId());
        TimelineBoard board = new TimelineBoard(event, null);
        board.followNewNotes();
        Span status = new Span();
        status.addClassName("rt-status");
        Header header = new Header(new H1(event.pseudonym()), new Span("Merged timeline"), status);
        header.addClassName("rt-projector-header");

        Div join = new Div();
        join.addClassName("rt-projector-join");
        Div genogram = new Div();
        genogram.addClassName("rt-projector-genogram");
        Aside side = new Aside(join, genogram);
        side.addClassName("rt-projector-side");
        Div body = new Div(board, side);
        body.addClassName("rt-projector-body");
        add(header, body);

        String base = JoinLink.baseUrl(access);
        String[] shownCode = {""};
        Object[] shownGenogram = {null};
        live.follow(event.logId(), () -> {
            LearningEvent current = events.readableBy(projector, projector.eventId());
            status.setText(current.isOpen() ? "" : "This learning event is closed");
            String code = events.joinCodeShownTo(projector, projector.eventId()).orElse("");
            if (!code.equals(shownCode[0])) {
                shownCode[0] = code;
                join.removeAll();
                if (!code.isEmpty()) {
                    Span codeText = new Span(code);
                    codeText.addClassName("rt-join-code");
                    join.add(new Paragraph("Join on your tablet or phone"),
                            JoinQrCode.of(base + "/join/" + code), codeText);
                }
            }
            // The genogram is shown only while a facilitator chooses; it never leaves the room.
            Genogram family = preparation.genogramForProjector(projector, projector.eventId()).orElse(null);
            Object genogramKey = family == null ? null : family.uploadedAt();
            if (!java.util.Objects.equals(genogramKey, shownGenogram[0])) {
                shownGenogram[0] = genogramKey;
                genogram.removeAll();
                if (family != null) {
                    Image image = new Image(family.image(), family.fileName());
                    image.setAlt("Genogram: the family's relationships");
                    genogram.add(new Paragraph("Genogram"), image);
                }
            }
            board.show(current, timelines.timelineFor(projector, projector.eventId()),
                    notes.notesFor(projector, projector.eventId()));
        });
    }
}
