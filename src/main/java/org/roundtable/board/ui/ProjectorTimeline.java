package org.roundtable.board.ui;

import java.util.Objects;

import com.vaadin.flow.component.html.Aside;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.jspecify.annotations.Nullable;
import org.roundtable.access.Caller;
import org.roundtable.board.EntryAnalyses;
import org.roundtable.board.Notes;
import org.roundtable.event.EventPreparation;
import org.roundtable.event.Genogram;
import org.roundtable.event.LearningEvent;
import org.roundtable.event.LearningEvents;
import org.roundtable.timeline.Timelines;

/**
 * The projector's timeline: the merged timeline with its notes in type that reads across a room,
 * newly arrived notes scrolled into view, and beside it the join code for latecomers and the
 * genogram while a facilitator chooses to show it.
 */
final class ProjectorTimeline extends Div implements LivePart {

    private final LearningEvents events;
    private final Timelines timelines;
    private final Notes notes;
    private final EntryAnalyses analyses;
    private final EventPreparation preparation;
    private final Caller.Projector projector;
    private final String baseUrl;
    private final TimelineBoard board;
    private final Notes.NoteFeed feed;
    private final PrivateWritingNotice privateWriting;
    private final Div join = new Div();
    private final Div genogram = new Div();
    private String shownCode = "";
    private @Nullable Object shownGenogram;

    ProjectorTimeline(LearningEvents events, Timelines timelines, Notes notes, EntryAnalyses analyses,
            EventPreparation preparation, Caller.Projector projector, LearningEvent event, String baseUrl,
            boolean withSide) {
        this.events = events;
        this.timelines = timelines;
        this.notes = notes;
        this.analyses = analyses;
        this.preparation = preparation;
        this.projector = projector;
        this.baseUrl = baseUrl;
        this.board = new TimelineBoard(event, null);
        board.followNewNotes();
        this.feed = notes.follow(projector, event.id());
        privateWriting = new PrivateWritingNotice(notes, projector, event);
        addClassName("rt-projector-body");
        join.addClassName("rt-projector-join");
        genogram.addClassName("rt-projector-genogram");
        add(new Div(privateWriting, board));
        if (withSide) {
            Aside side = new Aside(join, genogram);
            side.addClassName("rt-projector-side");
            add(side);
        } else {
            addClassName("rt-projector-body-narrow");
        }
    }

    @Override
    public void refresh() {
        String eventId = projector.eventId();
        LearningEvent current = events.readableBy(projector, eventId);
        String code = events.joinCodeShownTo(projector, eventId).orElse("");
        if (!code.equals(shownCode)) {
            shownCode = code;
            join.removeAll();
            if (!code.isEmpty()) {
                Span codeText = new Span(code);
                codeText.addClassName("rt-join-code");
                join.add(new Paragraph(getTranslation("board.timeline.join-here")), JoinQrCode.of(baseUrl + "/join/" + code),
                        codeText);
            }
        }
        // The genogram is shown only while a facilitator chooses; it never leaves the room.
        Genogram family = preparation.genogramForProjector(projector, eventId).orElse(null);
        Object genogramKey = family == null ? null : family.uploadedAt();
        if (!Objects.equals(genogramKey, shownGenogram)) {
            shownGenogram = genogramKey;
            genogram.removeAll();
            if (family != null) {
                Image image = new Image(family.image(), family.fileName());
                image.setAlt(getTranslation("board.timeline.genogram-alt"));
                genogram.add(new Paragraph(getTranslation("board.timeline.genogram")), image);
            }
        }
        privateWriting.refresh();
        board.show(current, timelines.timelineFor(projector, eventId), feed.next(),
                analyses.analysesFor(projector, eventId));
    }
}
