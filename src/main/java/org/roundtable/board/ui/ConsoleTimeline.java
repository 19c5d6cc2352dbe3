package org.roundtable.board.ui;

import java.util.Map;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import org.roundtable.access.Caller;
import org.roundtable.board.EntryAnalyses;
import org.roundtable.board.Notes;
import org.roundtable.event.EventRight;
import org.roundtable.event.LearningEvent;
import org.roundtable.event.LearningEvents;
import org.roundtable.timeline.Timelines;

/**
 * The facilitator's timeline: every entry with every note, the agencies' comments on demand
 * (never on the projector), analysis of any entry, and the controls for what the room sees of
 * the notes (hindsight on the projector, private writing then reveal).
 */
final class ConsoleTimeline extends Div implements LivePart {

    private final LearningEvents events;
    private final Timelines timelines;
    private final Notes notes;
    private final EntryAnalyses analyses;
    private final Caller caller;
    private final String eventId;
    private final TimelineBoard board;
    private final Notes.NoteFeed feed;
    private final Checkbox hindsightOnProjector;
    private final PrivateWritingControls privateWriting;

    ConsoleTimeline(LearningEvents events, Timelines timelines, Notes notes, EntryAnalyses analyses, Caller caller,
            LearningEvent event) {
        this.events = events;
        this.timelines = timelines;
        this.notes = notes;
        this.analyses = analyses;
        this.caller = caller;
        this.eventId = event.id();
        this.board = new TimelineBoard(event,
                (place, description) -> new NoteDialog(notes, caller, eventId, place, description).open(),
                entry -> new AnalysisDialog(analyses, caller, events.facilitatedBy(caller, eventId), entry).open());
        this.privateWriting = new PrivateWritingControls(notes, caller, event);
        this.feed = notes.follow(caller, eventId);
        addClassName("rt-console-timeline");
        hindsightOnProjector = new Checkbox(getTranslation("board.timeline.hindsight-on-projector"),
                notes.hindsightOnProjector(caller, eventId));
        hindsightOnProjector.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                notes.showHindsightOnProjector(caller, eventId, change.getValue());
            }
        });
        Checkbox showComments = new Checkbox(getTranslation("board.timeline.show-comments"));
        showComments.addValueChangeListener(change -> board.showComments(change.getValue(),
                change.getValue() ? timelines.commentsFor(caller, eventId) : Map.of()));
        // Panel members and co-facilitators who do not run the room read the timeline but get no room controls.
        boolean runsRoom = events.mayDo(caller, eventId, EventRight.RUN_ROOM);
        hindsightOnProjector.setVisible(runsRoom);
        privateWriting.setVisible(runsRoom);
        Div controls = new Div(hindsightOnProjector, showComments);
        controls.addClassName("rt-console-timeline-controls");
        add(controls, privateWriting, board);
    }

    @Override
    public void refresh() {
        hindsightOnProjector.setValue(notes.hindsightOnProjector(caller, eventId));
        privateWriting.refresh();
        board.show(events.facilitatedBy(caller, eventId), timelines.timelineFor(caller, eventId),
                feed.next(), analyses.analysesFor(caller, eventId));
    }
}
