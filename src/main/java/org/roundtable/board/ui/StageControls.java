package org.roundtable.board.ui;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Supplier;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import org.jspecify.annotations.Nullable;
import org.roundtable.access.Caller;
import org.roundtable.event.AgendaStage;
import org.roundtable.event.EventPreparation;
import org.roundtable.event.LearningEvent;
import org.roundtable.event.RoomStages;
import org.roundtable.event.RoomState;
import org.roundtable.event.RoomView;
import org.roundtable.shared.InvalidInput;
import org.roundtable.shared.NotAllowed;
import org.roundtable.shared.Texts;

/**
 * The facilitator's controls for running the room, on the console: the agenda with the running
 * stage marked and a "Go to" on every other; previous and next stage; the stage's timer; what
 * the projector shows; "Bring everyone here"; and "Pause and summarise", which freezes
 * participants' input and opens the summary the projector shows until the room carries on.
 * Nothing asks for confirmation: every step can be undone by the next one. Next and previous
 * stage and the timer also answer to a key ({@link #shortcutsOn}).
 * <p>
 * Only the moving controls, the timer and the pause are at the top, so they are never scrolled
 * away; the agenda is a list of its own below them that scrolls within the column.
 */
final class StageControls extends Section implements LivePart {

    static final Duration MORE_TIME = Duration.ofMinutes(5);
    static final String NEXT_KEY = "N";
    static final String PREVIOUS_KEY = "P";
    static final String TIMER_KEY = "T";

    private final RoomStages stages;
    private final EventPreparation preparation;
    private final Caller caller;
    private final LearningEvent event;

    private final OrderedList agendaList = new OrderedList();
    final Button previous = new Button();
    final Button next = new Button();
    final Button timerToggle = new Button();
    private final Button moreTime = new Button();
    private final Select<RoomView> view = new Select<>();
    private final Button bringEveryone = new Button();
    private final Span brought = new Span();
    private final Button pause = new Button();
    private final Div pausePanel = new Div();
    private final TextArea summary = new TextArea();
    private final Paragraph error = new Paragraph();

    private @Nullable List<AgendaStage> shownAgenda;
    private int shownIndex = Integer.MIN_VALUE;
    private @Nullable String lastServerSummary;
    private RoomState state = RoomState.NOT_STARTED;
    private boolean wasPaused;

    StageControls(RoomStages stages, EventPreparation preparation, Caller caller, LearningEvent event) {
        this.stages = stages;
        this.preparation = preparation;
        this.caller = caller;
        this.event = event;
        addClassName("rt-stage-controls");
        getElement().setAttribute("aria-label", getTranslation("board.stage.controls-label"));
        agendaList.addClassName("rt-stage-agenda");
        previous.setText(getTranslation("board.stage.previous"));
        keyShortcut(previous, PREVIOUS_KEY, "board.stage.previous");
        keyShortcut(next, NEXT_KEY, "board.stage.next");
        keyShortcut(timerToggle, TIMER_KEY, "board.stage.timer-toggle");
        moreTime.setText(getTranslation("board.stage.more-time"));
        bringEveryone.setText(getTranslation("board.stage.bring-everyone"));
        pause.setText(getTranslation("board.stage.pause"));
        summary.setLabel(getTranslation("board.stage.summary"));

        previous.addClickListener(click -> act(() -> stages.moveTo(caller, event.id(), state.stageIndex() - 1)));
        next.addClickListener(click -> act(() -> stages.moveTo(caller, event.id(), state.stageIndex() + 1)));
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div moving = new Div(previous, next);
        moving.addClassName("rt-stage-moving");

        timerToggle.addClickListener(click -> act(() -> state.timer().running()
                ? stages.pauseTimer(caller, event.id()) : stages.startTimer(caller, event.id())));
        moreTime.addClickListener(click -> act(() -> stages.addTime(caller, event.id(), MORE_TIME)));
        moreTime.getElement().setAttribute("aria-label", getTranslation("board.stage.more-time-label"));
        Div timing = new Div(timerToggle, moreTime);
        timing.addClassName("rt-stage-timing");

        view.setLabel(getTranslation("board.stage.show-on-projector"));
        view.setItems(RoomView.values());
        view.setItemLabelGenerator(choice -> Texts.label(getLocale(), choice));
        view.addValueChangeListener(change -> {
            if (change.isFromClient() && change.getValue() != null) {
                act(() -> stages.show(caller, event.id(), change.getValue(), null));
            }
        });
        bringEveryone.addClickListener(click -> act(() -> {
            RoomState now = stages.bringEveryone(caller, event.id());
            brought.setText(getTranslation("board.stage.brought", Texts.label(getLocale(), now.view())));
            return now;
        }));
        brought.addClassName("rt-stage-brought");
        brought.getElement().setAttribute("role", "status");
        Div showing = new Div(view, bringEveryone, brought);
        showing.addClassName("rt-stage-showing");

        pause.addClickListener(click -> act(() -> stages.pauseInput(caller, event.id())));
        summary.setWidthFull();
        summary.setMaxLength(RoomStages.MAX_SUMMARY_LENGTH);
        summary.setValueChangeMode(ValueChangeMode.LAZY);
        summary.setHelperText(getTranslation("board.stage.summary-help"));
        Button showSummary = new Button(getTranslation("board.stage.show-summary"), click -> {
            boolean shown = act(() -> stages.summarise(caller, event.id(), summary.getValue()));
            summary.setInvalid(!shown);
            summary.setErrorMessage(shown ? null : error.getText());
        });
        showSummary.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button carryOn = new Button(getTranslation("board.stage.carry-on"),
                click -> act(() -> stages.resumeInput(caller, event.id())));
        Paragraph paused = new Paragraph(getTranslation("board.stage.paused"));
        pausePanel.add(paused, summary, new Div(showSummary, carryOn));
        pausePanel.addClassName("rt-stage-pause-panel");

        error.addClassName("rt-error");
        error.getElement().setAttribute("role", "alert");
        // The controls used every few minutes come first; the agenda below is for jumping about.
        Div running = new Div(moving, timing, pause, pausePanel, error);
        running.addClassName("rt-stage-running");
        Div agendaPart = new Div(new H2(getTranslation("board.stage.agenda")), agendaList);
        agendaPart.addClassName("rt-stage-agenda-part");
        add(running, showing, agendaPart);
        refresh();
    }

    @Override
    public void refresh() {
        state = stages.stateFor(caller, event.id());
        List<AgendaStage> agenda = preparation.agendaFor(caller, event.id());
        if (!agenda.equals(shownAgenda) || state.stageIndex() != shownIndex) {
            // "Every tablet now shows …" was about the stage before.
            if (state.stageIndex() != shownIndex) {
                brought.setText("");
            }
            drawAgenda(agenda);
        }
        previous.setEnabled(state.stageIndex() > 0);
        next.setText(getTranslation(state.started() ? "board.stage.next" : "board.stage.start-first"));
        next.setEnabled(state.stageIndex() + 1 < agenda.size());
        timerToggle.setText(getTranslation(state.timer().running() ? "board.stage.pause-timer" : "board.stage.start-timer"));
        timerToggle.setEnabled(state.started());
        moreTime.setEnabled(state.started());
        if (view.getValue() != state.view()) {
            view.setValue(state.view());
        }
        pause.setVisible(!state.paused());
        pausePanel.setVisible(state.paused());
        if (!Objects.equals(state.pauseSummary(), lastServerSummary)) {
            // Take another facilitator's summary only if this one has not typed something else.
            if (Objects.equals(summary.getValue(), Objects.requireNonNullElse(lastServerSummary, ""))) {
                summary.setValue(Objects.requireNonNullElse(state.pauseSummary(), ""));
            }
            lastServerSummary = state.pauseSummary();
        }
        if (wasPaused && !state.paused()) {
            summary.clear();
            summary.setInvalid(false);
        }
        wasPaused = state.paused();
    }

    private void drawAgenda(List<AgendaStage> agenda) {
        shownAgenda = agenda;
        shownIndex = state.stageIndex();
        agendaList.removeAll();
        for (int i = 0; i < agenda.size(); i++) {
            AgendaStage stage = agenda.get(i);
            Span title = new Span(stage.title());
            title.addClassName("rt-stage-item-title");
            Span minutes = new Span(AgendaStage.duration(getLocale(), stage.minutes()));
            minutes.addClassName("rt-stage-item-minutes");
            ListItem item = new ListItem(title, minutes);
            item.addClassName("rt-stage-item");
            if (i == state.stageIndex()) {
                item.addClassName("rt-stage-current");
                item.getElement().setAttribute("aria-current", "step");
                Span now = new Span(getTranslation("board.stage.now"));
                now.addClassName("rt-stage-now");
                item.add(now);
            } else {
                int index = i;
                Button goTo = new Button(getTranslation("board.stage.go-to"),
                        click -> act(() -> stages.moveTo(caller, event.id(), index)));
                goTo.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
                goTo.getElement().setAttribute("aria-label",
                        getTranslation("board.stage.go-to-label", i + 1, stage.title()));
                item.add(goTo);
            }
            agendaList.add(item);
        }
    }

    /** Runs a change and redraws at once; a refusal is shown, and typed text stays where it is. */
    private boolean act(Supplier<RoomState> change) {
        try {
            change.get();
            error.setText("");
            refresh();
            return true;
        } catch (InvalidInput | NotAllowed refused) {
            error.setText(Refusals.reason(refused, getLocale()));
            return false;
        }
    }

    /**
     * Listens for the stage keys on {@code scopes} (the console, and the page for when nothing has
     * the focus): each key clicks its button, so it does only what the button does, and nothing
     * while the button is disabled or hidden.
     */
    StageControls shortcutsOn(Component... scopes) {
        next.addClickShortcut(Key.KEY_N).listenOn(scopes);
        previous.addClickShortcut(Key.KEY_P).listenOn(scopes);
        timerToggle.addClickShortcut(Key.KEY_T).listenOn(scopes);
        return this;
    }

    /** Tells people and screen readers the key of a button: its title and aria-keyshortcuts. */
    private void keyShortcut(Button button, String key, String whatKey) {
        button.getElement().setAttribute("aria-keyshortcuts", key);
        button.getElement().setAttribute("title", getTranslation("board.stage.shortcut-title",
                new Texts.Ref(whatKey), key));
    }
}
