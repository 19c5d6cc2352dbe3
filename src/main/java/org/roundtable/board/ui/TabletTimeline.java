package org.roundtable.board.ui;

import com.vaadin.flow.component.html.Div;
import org.roundtable.access.Caller;
import org.roundtable.board.EntryAnalyses;
import org.roundtable.board.Notes;
import org.roundtable.event.LearningEvent;
import org.roundtable.event.LearningEvents;
import org.roundtable.timeline.Timelines;

/**
 * A participant's timeline: every entry and the notes they may see; tap an entry or a gap to add
 * a note, or "Analyse" to record the factors, the mode of intervention and the reasonable
 * alternatives for an entry.
 */
final class TabletTimeline extends Div implements LivePart {

    private final LearningEvents events;
    private final Timelines timelines;
    private final Notes notes;
    private final EntryAnalyses analyses;
    private final Caller.Participant participant;
    private final TimelineBoard board;
    private final Notes.NoteFeed feed;
    private final PrivateWritingNotice privateWriting;

    TabletTimeline(LearningEvents events, Timelines timelines, Notes notes, EntryAnalyses analyses,
            Caller.Participant participant, LearningEvent event) {
        this.events = events;
        this.timelines = timelines;
        this.notes = notes;
        this.analyses = analyses;
        this.participant = participant;
        String eventId = event.id();
        this.board = new TimelineBoard(event, (place, description) -> {
            if (events.readableBy(participant, eventId).isOpen()) {
                new NoteDialog(notes, participant, eventId, place, description, true).open();
            }
        }, entry -> {
            LearningEvent current = events.readableBy(participant, eventId);
            if (current.isOpen()) {
                new AnalysisDialog(analyses, participant, current, entry).open();
            }
        });
        this.privateWriting = new PrivateWritingNotice(notes, participant, event);
        this.feed = notes.follow(participant, eventId);
        addClassName("rt-tablet-timeline");
        add(privateWriting, board);
    }

    @Override
    public void refresh() {
        String eventId = participant.eventId();
        privateWriting.refresh();
        board.show(events.readableBy(participant, eventId), timelines.timelineFor(participant, eventId),
                feed.next(), analyses.analysesFor(participant, eventId));
    }
}
