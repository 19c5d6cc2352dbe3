package org.roundtable.board.ui;

import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import org.jspecify.annotations.Nullable;
import org.roundtable.access.Caller;
import org.roundtable.board.Note;
import org.roundtable.board.NoteKind;
import org.roundtable.board.NoteOutcome;
import org.roundtable.board.NotePlace;
import org.roundtable.board.NoteTriage;
import org.roundtable.board.Notes;
import org.roundtable.event.AgencyChip;
import org.roundtable.event.LearningEvent;
import org.roundtable.shared.InvalidInput;
import org.roundtable.shared.NotAllowed;
import org.roundtable.shared.Texts;
import org.roundtable.timeline.MergedTimeline;
import org.roundtable.timeline.TimelineEntry;
import org.roundtable.timeline.Timelines;

/**
 * For the facilitator's console: the triage queue of the room's notes, oldest first. Additional
 * events are accepted into the timeline as new entries, corrections onto their entry (each in a
 * dialog prefilled from the note), queries answered; duplicates merged; any note hidden and
 * unhidden. Handled notes (hidden ones greyed) are listed under the "Handled" filter.
 * <p>
 * One note is selected (the first, until the facilitator picks another by clicking it or with
 * J and K); A, R and H press its accept, answer and hide (or unhide) buttons.
 */
final class TriageQueue extends Section implements LivePart {

    static final String NEXT_NOTE_KEY = "J";
    static final String PREVIOUS_NOTE_KEY = "K";
    static final String ACCEPT_KEY = "A";
    static final String ANSWER_KEY = "R";
    static final String HIDE_KEY = "H";

    /** The buttons of a note that answer to a key. */
    enum Action {
        ACCEPT, ANSWER, HIDE
    }

    private final NoteTriage triage;
    private final Notes notes;
    private final Timelines timelines;
    private final Caller caller;
    private final LearningEvent event;
    final RadioButtonGroup<NoteTriage.Filter> filter = new RadioButtonGroup<>();
    private final Span count = new Span();
    private final UnorderedList list = new UnorderedList();
    private final Map<String, ListItem> items = new LinkedHashMap<>();
    private final Map<String, Map<Action, Button>> keyedButtons = new LinkedHashMap<>();
    private @Nullable List<Note> shown;
    private boolean actionsShown = true;
    private @Nullable MergedTimeline shownTimeline;
    private @Nullable String selected;

    TriageQueue(NoteTriage triage, Notes notes, Timelines timelines, Caller caller, LearningEvent event) {
        this.triage = triage;
        this.notes = notes;
        this.timelines = timelines;
        this.caller = caller;
        this.event = event;
        addClassName("rt-triage");
        FocusAfterRedraw.keepIn(this);
        getElement().setAttribute("aria-label", getTranslation("board.triage.label"));
        count.addClassName("rt-triage-count");
        count.getElement().setAttribute("role", "status");
        filter.setLabel(getTranslation("board.triage.show"));
        filter.setItems(NoteTriage.Filter.values());
        filter.setItemLabelGenerator(choice -> Texts.label(getLocale(), choice));
        filter.setValue(NoteTriage.Filter.NEEDS_DECISION);
        filter.addValueChangeListener(change -> {
            shown = null;
            refresh();
        });
        list.addClassName("rt-triage-list");
        Div head = new Div(new H2(getTranslation("board.triage.title")), count);
        head.addClassName("rt-triage-head");
        add(head, filter, list);
        refresh();
    }

    @Override
    public void refresh() {
        List<Note> queue = triage.triageQueueFor(caller, event.id(), filter.getValue() == null
                ? NoteTriage.Filter.NEEDS_DECISION : filter.getValue());
        MergedTimeline timeline = timelines.timelineFor(caller, event.id());
        int waiting = filter.getValue() == NoteTriage.Filter.NEEDS_DECISION ? queue.size()
                : triage.triageQueueFor(caller, event.id()).size();
        count.setText(getTranslation("board.triage.waiting", waiting));
        // Redraw only when something changed, so the facilitator's scroll position stays.
        if (queue.equals(shown) && timeline.equals(shownTimeline)) {
            return;
        }
        shown = queue;
        shownTimeline = timeline;
        list.removeAll();
        items.clear();
        keyedButtons.clear();
        if (queue.isEmpty()) {
            ListItem empty = new ListItem(getTranslation(filter.getValue() == NoteTriage.Filter.HANDLED
                    ? "board.triage.none-handled" : "board.triage.none-waiting"));
            empty.addClassName("rt-triage-empty");
            list.add(empty);
        }
        queue.forEach(note -> list.add(item(note, timeline)));
        // The selection stays on its note while the note is listed; otherwise the first note is selected.
        select(selected != null && items.containsKey(selected) ? selected
                : items.keySet().stream().findFirst().orElse(null), false);
    }

    private ListItem item(Note note, MergedTimeline timeline) {
        Span kind = new Span(Texts.label(getLocale(), note.kind()));
        kind.addClassName("rt-note-kind");
        Div head = new Div(AgencyChip.of(event, note.byline()), kind, new Span(
                DateTimeFormatter.ofPattern("d MMM, HH:mm", getLocale()).format(note.at().atZone(TimelineBoard.LONDON))));
        head.addClassName("rt-triage-item-head");
        if (note.privateNote()) {
            Span privately = new Span(getTranslation("board.triage.private"));
            privately.addClassNames("rt-note-tag", "rt-note-private-tag");
            head.add(privately);
        }
        Paragraph where = new Paragraph(where(note.place(), timeline));
        where.addClassName("rt-triage-where");
        Paragraph text = new Paragraph(note.text());
        text.addClassName("rt-note-text");
        ListItem item = new ListItem(head, where, text);
        item.addClassNames("rt-triage-item", "rt-note-" + note.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        item.getElement().setAttribute("data-note-id", note.id());
        // Focusable by script only: J and K move the focus with the selection, so a screen reader reads the note.
        item.getElement().setAttribute("tabindex", "-1");
        FocusAfterRedraw.mark(item, "triage:" + note.id());
        item.addClickListener(click -> select(note.id(), false));
        Component outcome = TimelineBoard.outcome(note, getLocale());
        if (outcome != null) {
            item.add(outcome);
        }
        if (note.mergedCount() > 0) {
            item.add(new Paragraph(getTranslation("board.triage.merged-count", note.mergedCount())));
        }
        if (note.hidden()) {
            item.addClassName("rt-note-hidden");
        }
        if (actionsShown) {
            item.add(actions(note, timeline));
        }
        items.put(note.id(), item);
        return item;
    }

    /** Lists the notes without the triage buttons, for a co-facilitator who may not moderate. */
    TriageQueue withoutActions() {
        actionsShown = false;
        return this;
    }

    /**
     * Listens for the triage keys on {@code scopes} (the console, and the page for when nothing has
     * the focus) while this queue is shown: J and K move the selection, A, R and H press the
     * selected note's buttons.
     */
    TriageQueue withShortcutsOn(Component... scopes) {
        Shortcuts.addShortcutListener(this, () -> move(1), Key.KEY_J).listenOn(scopes);
        Shortcuts.addShortcutListener(this, () -> move(-1), Key.KEY_K).listenOn(scopes);
        Shortcuts.addShortcutListener(this, () -> press(Action.ACCEPT), Key.KEY_A).listenOn(scopes);
        Shortcuts.addShortcutListener(this, () -> press(Action.ANSWER), Key.KEY_R).listenOn(scopes);
        Shortcuts.addShortcutListener(this, () -> press(Action.HIDE), Key.KEY_H).listenOn(scopes);
        return this;
    }

    /** The note selected for the keys, if any. */
    @Nullable String selectedNoteId() {
        return selected;
    }

    private void move(int by) {
        List<String> ids = List.copyOf(items.keySet());
        if (ids.isEmpty()) {
            return;
        }
        int at = selected == null ? -1 : ids.indexOf(selected);
        int to = Math.clamp(at + by, 0, ids.size() - 1);
        select(ids.get(to), true);
    }

    /** What pressing the selected note's button does, and nothing where the note has no such button now. */
    private void press(Action action) {
        Button button = selected == null ? null : keyedButtons.getOrDefault(selected, Map.of()).get(action);
        if (button != null && button.isEnabled() && button.isVisible()) {
            button.click();
        }
    }

    private void select(@Nullable String noteId, boolean focus) {
        if (selected != null && items.containsKey(selected)) {
            ListItem before = items.get(selected);
            before.removeClassName("rt-triage-selected");
            before.getElement().removeAttribute("aria-current");
        }
        selected = noteId;
        ListItem now = noteId == null ? null : items.get(noteId);
        if (now != null) {
            now.addClassName("rt-triage-selected");
            now.getElement().setAttribute("aria-current", "true");
            if (focus) {
                now.getElement().executeJs("this.focus(); this.scrollIntoView({block: 'nearest'})");
            }
        }
    }

    private Div actions(Note note, MergedTimeline timeline) {
        Div actions = new Div();
        actions.addClassName("rt-triage-actions");
        Map<Action, Button> keyed = new EnumMap<>(Action.class);
        boolean open = !note.hidden() && !note.merged() && note.triage().outcome() != NoteOutcome.ACCEPTED;
        if (note.kind() == NoteKind.ADDITIONAL_EVENT && open) {
            Button accept = primary("board.triage.accept-as-entry",
                    () -> new AcceptNoteDialog(triage, caller, event, note, null).open());
            actions.add(keyed(keyed, Action.ACCEPT, accept, ACCEPT_KEY));
        }
        if (note.kind() == NoteKind.CORRECTION && open) {
            TimelineEntry entry = note.place().kind() == NotePlace.Kind.ON_ENTRY && note.place().entryId() != null
                    ? timeline.entry(note.place().entryId()).orElse(null) : null;
            Button accept = primary("board.triage.accept-correction",
                    () -> new AcceptNoteDialog(triage, caller, event, note, entry).open());
            accept.setEnabled(entry != null);
            if (entry == null) {
                accept.setTooltipText(getTranslation("board.triage.correction-not-on-entry"));
            }
            actions.add(keyed(keyed, Action.ACCEPT, accept, ACCEPT_KEY));
        }
        if (note.kind() == NoteKind.QUERY && !note.hidden() && !note.merged()) {
            Button answer = primary(note.triage().answer() == null ? "board.triage.answer" : "board.triage.answer-again",
                    () -> new AnswerDialog(triage, caller, event, note).open());
            actions.add(keyed(keyed, Action.ANSWER, answer, ANSWER_KEY));
        }
        if (!note.merged() && note.triage().outcome() != NoteOutcome.ACCEPTED) {
            actions.add(button("board.triage.merge", () -> new MergeDialog(triage, caller, event, note,
                    notes.notesFor(caller, event.id())).open()));
        }
        Button hide = note.hidden() ? button("board.triage.unhide", () -> triage.unhide(caller, event.id(), note.id()))
                : button("board.triage.hide", () -> triage.hide(caller, event.id(), note.id()));
        actions.add(keyed(keyed, Action.HIDE, hide, HIDE_KEY));
        keyedButtons.put(note.id(), keyed);
        // Redrawn on every change in the room: the button pressed (by its place) takes the focus back.
        int[] place = {0};
        actions.getChildren().forEach(button -> FocusAfterRedraw.mark(button, "triage:" + note.id() + ":" + place[0]++));
        return actions;
    }

    /** A button that answers to a key: said in its title and aria-keyshortcuts. */
    private Button keyed(Map<Action, Button> keyed, Action action, Button button, String key) {
        keyed.put(action, button);
        button.getElement().setAttribute("aria-keyshortcuts", key);
        button.getElement().setAttribute("title", getTranslation("board.triage.shortcut-title", button.getText(), key));
        return button;
    }

    private Button primary(String key, Runnable action) {
        Button button = button(key, action);
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return button;
    }

    private Button button(String key, Runnable action) {
        return new Button(getTranslation(key), click -> {
            try {
                action.run();
            } catch (InvalidInput | NotAllowed refused) {
                Notification.show(Refusals.reason(refused, getLocale()), 4000, Notification.Position.MIDDLE);
            }
        });
    }

    private String where(NotePlace place, MergedTimeline timeline) {
        TimelineEntry entry = place.entryId() == null ? null : timeline.entry(place.entryId()).orElse(null);
        if (place.kind() == NotePlace.Kind.ON_ENTRY) {
            return entry == null ? getTranslation("board.triage.on-missing-entry")
                    : getTranslation("board.triage.on-entry", TimelineBoard.describe(entry, getLocale()));
        }
        if (place.entryId() == null) {
            return getTranslation("board.triage.missing-before-first");
        }
        return entry == null ? getTranslation("board.triage.missing-after-gone")
                : getTranslation("board.triage.missing-after", TimelineBoard.describe(entry, getLocale()));
    }
}
