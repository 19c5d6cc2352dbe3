package org.roundtable.board.ui;

import java.time.Instant;
import java.util.Locale;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.jspecify.annotations.Nullable;
import org.roundtable.access.Caller;
import org.roundtable.event.AgendaStage;
import org.roundtable.event.EventPreparation;
import org.roundtable.event.LearningEvent;
import org.roundtable.event.RoomStages;
import org.roundtable.event.RoomState;
import org.roundtable.event.StageTimer;
import org.roundtable.shared.Texts;

/**
 * The running stage at the top of every screen (console, projector, tablet): its title, where it
 * stands in the agenda ("Stage 4 of 10") and its timer counting down in minutes and seconds
 * ("+02:10 over" once it overruns, marked "paused" while the facilitator holds it).
 * <p>
 * The countdown ticks in the browser: each refresh sends the seconds left and whether the timer
 * runs, and a few lines of script update the text every second, so the server pushes nothing
 * per second. The script updates the text node the server drew, and stops itself once the bar
 * leaves the page.
 */
final class StageBar extends Div implements LivePart {

    /** How large the bar is drawn: for the projector it is read from the back of the room. */
    enum Size {
        CONSOLE, PROJECTOR, TABLET
    }

    // Runs with `this` as the bar; $0 = seconds left, $1 = running, $2 = an overrun's words with {0} for the
    // clock. Clears the previous tick first.
    private static final String TICK = """
            const bar = this;
            clearInterval(bar.rtTick);
            const timer = bar.querySelector('.rt-stage-timer');
            if (!timer) { return; }
            const end = Date.now() + $0 * 1000;
            const two = n => String(n).padStart(2, '0');
            const show = () => {
              if (!bar.isConnected) { clearInterval(bar.rtTick); return; }
              const left = Math.round((end - Date.now()) / 1000);
              const s = Math.abs(left);
              const clock = two(Math.floor(s / 60)) + ':' + two(s % 60);
              const text = left < 0 ? $2.replace('{0}', clock) : clock;
              const node = timer.firstChild;
              if (node && node.nodeType === Node.TEXT_NODE && node.nodeValue !== text) { node.nodeValue = text; }
              if (left < 0) { timer.setAttribute('data-over', ''); } else { timer.removeAttribute('data-over'); }
            };
            show();
            if ($1) { bar.rtTick = setInterval(show, 1000); }
            """;

    private final RoomStages stages;
    private final EventPreparation preparation;
    private final Caller caller;
    private final LearningEvent event;
    private final Span position = new Span();
    private final Span title = new Span();
    private final Span timer = new Span();
    private final Span timerState = new Span();
    private @Nullable RoomState shown;
    /** What the bar was last drawn from: a refresh with the same draws nothing and sends nothing. */
    private @Nullable Drawn drawn;

    /** The stage, its timer and the agenda's length: everything the bar shows. */
    private record Drawn(int stageIndex, @Nullable AgendaStage stage, StageTimer timer, int stagesInAll) {
    }

    StageBar(RoomStages stages, EventPreparation preparation, Caller caller, LearningEvent event, Size size) {
        this.stages = stages;
        this.preparation = preparation;
        this.caller = caller;
        this.event = event;
        addClassNames("rt-stage-bar", "rt-stage-bar-" + size.name().toLowerCase(Locale.ROOT));
        getElement().setAttribute("aria-label", getTranslation("board.stage.bar-label"));
        position.addClassName("rt-stage-position");
        title.addClassName("rt-stage-title");
        timer.addClassName("rt-stage-timer");
        // A timer read out every second would drown a screen reader; it is read when focused.
        timer.getElement().setAttribute("role", "timer");
        timerState.addClassName("rt-stage-timer-state");
        Div clock = new Div(timer, timerState);
        clock.addClassName("rt-stage-clock");
        add(new Div(position, title), clock);
        // Re-attached after a resynchronisation: start ticking again from what was last shown.
        addAttachListener(attach -> {
            if (shown != null) {
                tick(shown);
            }
        });
        refresh();
    }

    @Override
    public void refresh() {
        RoomState state = stages.stateFor(caller, event.id());
        shown = state;
        // Every change to the event refreshes the bar (a note, a vote): only a change to what it
        // shows redraws it and restarts the browser's countdown, which keeps a note's push to a
        // room of screens to the note itself.
        int stagesInAll = state.started() ? preparation.agendaFor(caller, event.id()).size() : 0;
        Drawn now = new Drawn(state.stageIndex(), state.stage(), state.timer(), stagesInAll);
        if (now.equals(drawn)) {
            return;
        }
        drawn = now;
        if (!state.started() || state.stage() == null) {
            position.setText("");
            title.setText(getTranslation("board.stage.starts-soon"));
            timer.setText("");
            timerState.setText("");
            timer.setVisible(false);
            tick(state);
            return;
        }
        position.setText(getTranslation("board.stage.position", state.stageIndex() + 1,
                Math.max(stagesInAll, state.stageIndex() + 1)));
        title.setText(state.stage().title());
        timer.setVisible(true);
        long seconds = secondsLeft(state);
        timer.setText(clock(getLocale(), seconds));
        boolean running = state.timer().running();
        timer.setClassName("rt-stage-timer-paused", !running);
        timerState.setText(running ? "" : getTranslation("board.stage.timer-paused"));
        tick(state);
    }

    private void tick(RoomState state) {
        boolean running = state.started() && state.timer().running();
        getElement().executeJs(TICK, state.started() ? secondsLeft(state) : 0, running,
                getTranslation("board.stage.over", "{0}"));
    }

    private static long secondsLeft(RoomState state) {
        return state.timer().remaining(Instant.now()).toSeconds();
    }

    /** "04:05" left, or "+02:10 over" once the stage overruns; minutes go past 59 for long stages. */
    static String clock(Locale locale, long secondsLeft) {
        long s = Math.abs(secondsLeft);
        String clock = String.format(Locale.ROOT, "%02d:%02d", s / 60, s % 60);
        return secondsLeft < 0 ? Texts.get(locale, "board.stage.over", clock) : clock;
    }
}
