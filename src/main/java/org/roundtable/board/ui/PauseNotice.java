package org.roundtable.board.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import org.jspecify.annotations.Nullable;
import org.roundtable.access.Caller;
import org.roundtable.event.LearningEvent;
import org.roundtable.event.RoomStages;
import org.roundtable.event.RoomState;

/**
 * What the room sees while the facilitator pauses to summarise, for the projector and the
 * tablets; hidden otherwise. The projector shows the summary large (or that the facilitator is
 * summarising, until it is written); a tablet shows a calm banner that input is paused and that
 * what the person types is kept, with the summary below once there is one.
 */
final class PauseNotice extends Div implements LivePart {

    /** Which screen it is on. */
    enum Mode {
        PROJECTOR, TABLET
    }

    private final RoomStages stages;
    private final Caller caller;
    private final LearningEvent event;
    private final Mode mode;
    private final Paragraph heading = new Paragraph();
    private final Paragraph summary = new Paragraph();
    private @Nullable Drawn drawn;

    /** What the notice shows: whether the room is paused, and the summary written so far. */
    private record Drawn(boolean paused, @Nullable String summary) {
    }

    PauseNotice(RoomStages stages, Caller caller, LearningEvent event, Mode mode) {
        this.stages = stages;
        this.caller = caller;
        this.event = event;
        this.mode = mode;
        addClassNames("rt-pause-notice", mode == Mode.PROJECTOR ? "rt-pause-notice-projector" : "rt-pause-notice-tablet");
        getElement().setAttribute("role", "status");
        heading.addClassName("rt-pause-heading");
        summary.addClassName("rt-pause-summary");
        add(heading, summary);
        refresh();
    }

    @Override
    public void refresh() {
        RoomState state = stages.stateFor(caller, event.id());
        String written = state.pauseSummary();
        // Every change to the event refreshes the notice (a note, a vote): only a change to the pause redraws it.
        Drawn now = new Drawn(state.paused(), written);
        if (now.equals(drawn)) {
            return;
        }
        drawn = now;
        setVisible(state.paused());
        if (mode == Mode.PROJECTOR) {
            Redraw.text(heading, getTranslation(written == null ? "board.pause.summarising" : "board.pause.summary-so-far"));
        } else {
            Redraw.text(heading, getTranslation("board.pause.tablet-banner"));
        }
        Redraw.text(summary, written == null ? "" : written);
        summary.setVisible(written != null);
    }
}
