package org.roundtable.board.ui;

import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.Component;
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
import org.roundtable.timeline.MergedTimeline;
import org.roundtable.timeline.TimelineEntry;
import org.roundtable.timeline.Timelines;

/**
 * For the facilitator's console: the triage queue of the room's notes, oldest first. Additional
 * events are accepted into the timeline as new entries, corrections onto their entry (each in a
 * dialog prefilled from the note), queries answered; duplicates merged; any note hidden and
 * unhidden. Handled notes (hidden ones greyed) are listed under the "Handled" filter.
 */
final class TriageQueue extends Section implements LivePart {

    private final NoteTriage triage;
    private final Notes notes;
    private final Timelines timelines;
    private final Caller caller;
    private final LearningEvent event;
    final RadioButtonGroup<NoteTriage.Filter> filter = new RadioButtonGroup<>("Show");
    private final Span count = new Span();
    private final UnorderedList list = new UnorderedList();
    private @Nullable List<Note> shown;
    private boolean actionsShown = true;
    private @Nullable MergedTimeline shownTimeline;

    TriageQueue(NoteTriage triage, Notes notes, Timelines timelines, Caller caller, LearningEvent event) {
        this.triage = triage;
        this.notes = notes;
        this.timelines = timelines;
        this.caller = caller;
        this.event = event;
        addClassName("rt-triage");
        getElement().setAttribute("aria-label", "Triage queue");
        count.addClassName("rt-triage-count");
        count.getElement().setAttribute("role", "status");
        filter.setItems(NoteTriage.Filter.values());
        filter.setItemLabelGenerator(NoteTriage.Filter::label);
        filter.setValue(NoteTriage.Filter.NEEDS_DECISION);
        filter.addValueChangeListener(change -> {
            shown = null;
            refresh();
        });
        list.addClassName("rt-triage-list");
        Div head = new Div(new H2("Triage"), count);
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
        count.setText(waiting == 0 ? "Nothing waiting" : waiting == 1 ? "1 note needs a decision"
                : waiting + " notes need a decision");
        // Redraw only when something changed, so the facilitator's scroll position stays.
        if (queue.equals(shown) && timeline.equals(shownTimeline)) {
            return;
        }
        shown = queue;
        shownTimeline = timeline;
        list.removeAll();
        if (queue.isEmpty()) {
            ListItem empty = new ListItem(filter.getValue() == NoteTriage.Filter.HANDLED ? "No note handled yet."
                    : "No note waits for a decision.");
            empty.addClassName("rt-triage-empty");
            list.add(empty);
        }
        queue.forEach(note -> list.add(item(note, timeline)));
    }

    private ListItem item(Note note, MergedTimeline timeline) {
        Span kind = new Span(note.kind().label());
        kind.addClassName("rt-note-kind");
        Div head = new Div(AgencyChip.of(event, note.byline()), kind, new Span(TimelineBoard.DATE_TIME.format(
                note.at().atZone(TimelineBoard.LONDON))));
        head.addClassName("rt-triage-item-head");
        if (note.privateNote()) {
            Span privately = new Span("Private");
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
        Component outcome = TimelineBoard.outcome(note, getLocale());
        if (outcome != null) {
            item.add(outcome);
        }
        if (note.mergedCount() > 0) {
            item.add(new Paragraph(note.mergedCount() + " merged into this note"));
        }
        if (note.hidden()) {
            item.addClassName("rt-note-hidden");
        }
        if (actionsShown) {
            item.add(actions(note, timeline));
        }
        return item;
    }

    /** Lists the notes without the triage buttons, for a co-facilitator who may not moderate. */
    TriageQueue withoutActions() {
        actionsShown = false;
        return this;
    }

    private Div actions(Note note, MergedTimeline timeline) {
        Div actions = new Div();
        actions.addClassName("rt-triage-actions");
        boolean open = !note.hidden() && !note.merged() && note.triage().outcome() != NoteOutcome.ACCEPTED;
        if (note.kind() == NoteKind.ADDITIONAL_EVENT && open) {
            actions.add(primary("Accept as new entry",
                    () -> new AcceptNoteDialog(triage, caller, event, note, null).open()));
        }
        if (note.kind() == NoteKind.CORRECTION && open) {
            TimelineEntry entry = note.place().kind() == NotePlace.Kind.ON_ENTRY && note.place().entryId() != null
                    ? timeline.entry(note.place().entryId()).orElse(null) : null;
            Button accept = primary("Accept the correction",
                    () -> new AcceptNoteDialog(triage, caller, event, note, entry).open());
            accept.setEnabled(entry != null);
            if (entry == null) {
                accept.setTooltipText("This correction is not on an entry of the timeline.");
            }
            actions.add(accept);
        }
        if (note.kind() == NoteKind.QUERY && !note.hidden() && !note.merged()) {
            actions.add(primary(note.triage().answer() == null ? "Answer" : "Answer again",
                    () -> new AnswerDialog(triage, caller, event, note).open()));
        }
        if (!note.merged() && note.triage().outcome() != NoteOutcome.ACCEPTED) {
            actions.add(button("Merge into…", () -> new MergeDialog(triage, caller, event, note,
                    notes.notesFor(caller, event.id())).open()));
        }
        actions.add(note.hidden() ? button("Unhide", () -> triage.unhide(caller, event.id(), note.id()))
                : button("Hide", () -> triage.hide(caller, event.id(), note.id())));
        return actions;
    }

    private static Button primary(String label, Runnable action) {
        Button button = button(label, action);
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return button;
    }

    private static Button button(String label, Runnable action) {
        return new Button(label, click -> {
            try {
                action.run();
            } catch (InvalidInput | NotAllowed refused) {
                Notification.show(refused.getMessage(), 4000, Notification.Position.MIDDLE);
            }
        });
    }

    private static String where(NotePlace place, MergedTimeline timeline) {
        TimelineEntry entry = place.entryId() == null ? null : timeline.entry(place.entryId()).orElse(null);
        if (place.kind() == NotePlace.Kind.ON_ENTRY) {
            return entry == null ? "On an entry no longer in the timeline" : "On " + TimelineBoard.describe(entry);
        }
        if (place.entryId() == null) {
            return "A missing event before the first entry";
        }
        return entry == null ? "A missing event after an entry no longer in the timeline"
                : "A missing event after " + TimelineBoard.describe(entry);
    }
}
