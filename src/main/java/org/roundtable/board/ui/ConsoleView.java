package org.roundtable.board.ui;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Aside;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.roundtable.access.AccessProperties;
import org.roundtable.access.Caller;
import org.roundtable.access.Callers;
import org.roundtable.board.Notes;
import org.roundtable.event.EventSecrets;
import org.roundtable.event.LearningEvent;
import org.roundtable.event.LearningEvents;
import org.roundtable.live.LiveScreen;
import org.roundtable.live.LiveUpdates;
import org.roundtable.shared.NotAllowed;
import org.roundtable.timeline.Timelines;

/**
 * The facilitator's console: the merged timeline with the agencies' comments (on demand) and
 * every note as it arrives; the join code, QR code and link; the projector's link; closing.
 */
@Route("events/:eventId")
@PageTitle("Console · Roundtable")
@RolesAllowed("FACILITATOR")
class ConsoleView extends Main implements BeforeEnterObserver {

    private final LearningEvents events;
    private final Timelines timelines;
    private final Notes notes;
    private final Callers callers;
    private final LiveScreen live;
    private final AccessProperties access;

    ConsoleView(LearningEvents events, Timelines timelines, Notes notes, Callers callers, LiveUpdates updates,
            AccessProperties access) {
        this.events = events;
        this.timelines = timelines;
        this.notes = notes;
        this.callers = callers;
        this.live = new LiveScreen(this, updates);
        this.access = access;
        addClassNames("rt-console");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent enter) {
        String eventId = enter.getRouteParameters().get("eventId").orElse("");
        Caller caller = callers.account().orElseThrow();
        LearningEvent event;
        EventSecrets secrets;
        try {
            event = events.runBy(caller, eventId);
            secrets = events.secretsFor(caller, eventId);
        } catch (NotAllowed e) {
            removeAll();
            add(new H1("Not available"), new Paragraph(e.getMessage()), new Anchor("", "Back to learning events"));
            return;
        }
        build(caller, event, secrets);
    }

    private void build(Caller caller, LearningEvent event, EventSecrets secrets) {
        removeAll();
        String eventId = event.id();
        TimelineBoard board = new TimelineBoard(event, (place, description) ->
                new NoteDialog(notes, caller, eventId, place, description).open());

        Span status = new Span();
        status.addClassName("rt-status");
        Span joined = new Span();
        joined.addClassName("rt-joined");
        Header header = new Header(new Anchor("", "← Learning events"), new H1(event.pseudonym()),
                new Span(TimelineBoard.DATE.format(event.date()) + (event.venue() == null ? "" : " · " + event.venue())),
                status, joined);
        header.addClassName("rt-console-header");

        Checkbox hindsightOnProjector = new Checkbox("Show hindsight notes on the projector",
                notes.hindsightOnProjector(caller, eventId));
        hindsightOnProjector.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                notes.showHindsightOnProjector(caller, eventId, change.getValue());
            }
        });
        Checkbox showComments = new Checkbox("Show agency comments (facilitators only)");
        showComments.addValueChangeListener(change -> board.showComments(change.getValue(),
                change.getValue() ? timelines.commentsFor(caller, eventId) : java.util.Map.of()));

        String joinLink = JoinLink.forCode(access, secrets.displayJoinCode());
        Span code = new Span(secrets.displayJoinCode());
        code.addClassName("rt-join-code");
        Anchor projector = new Anchor(JoinLink.baseUrl(access) + "/projector/" + secrets.projectorToken(),
                "Open the projector view", AnchorTarget.BLANK);
        projector.addClassName("rt-projector-link");
        Button close = new Button("Close the event", click -> confirmClose(caller, eventId));
        close.addThemeVariants(ButtonVariant.LUMO_ERROR);
        Anchor link = new Anchor(joinLink);
        link.add(new Text(JoinLink.baseUrl(access) + "/join/"), new Span(secrets.displayJoinCode()));
        link.addClassName("rt-join-link");
        Div joinPanel = new Div(new H2("Join"), code, JoinQrCode.of(joinLink), link);
        joinPanel.addClassName("rt-join-panel");
        Anchor prepareEvent = new Anchor("events/" + eventId + "/prepare", "Prepare the event");
        prepareEvent.addClassName("rt-prepare-link");
        Anchor prepareTimeline = new Anchor("events/" + eventId + "/timeline", "Prepare the merged timeline");
        prepareTimeline.addClassName("rt-prepare-link");
        Aside side = new Aside(joinPanel, projector, prepareEvent, prepareTimeline, hindsightOnProjector, showComments,
                close);
        side.addClassName("rt-console-side");

        Div body = new Div(board, side);
        body.addClassName("rt-console-body");
        add(header, body);

        live.follow(event.logId(), () -> {
            LearningEvent current = events.runBy(caller, eventId);
            status.setText(current.isOpen() ? "Open" : "Closed: the join code no longer works");
            joined.setText(current.joined() + " joined");
            close.setEnabled(current.isOpen());
            hindsightOnProjector.setValue(notes.hindsightOnProjector(caller, eventId));
            board.show(current, timelines.timelineFor(caller, eventId), notes.notesFor(caller, eventId));
        });
    }

    private void confirmClose(Caller caller, String eventId) {
        ConfirmDialog confirm = new ConfirmDialog("Close the learning event?",
                "The join code stops working and no more notes can be added. Everything recorded stays.",
                "Close the event", yes -> events.close(caller, eventId));
        confirm.setCancelable(true);
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }
}
