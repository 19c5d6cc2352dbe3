package org.roundtable.board.ui;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

import com.vaadin.flow.component.ScrollOptions;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import org.jspecify.annotations.Nullable;
import org.roundtable.board.Note;
import org.roundtable.board.NotePlace;
import org.roundtable.board.Perspective;
import org.roundtable.event.AgencyChip;
import org.roundtable.event.LearningEvent;
import org.roundtable.timeline.MergedTimeline;
import org.roundtable.timeline.TimelineEntry;

/**
 * The merged timeline with its notes, as the console, the projector and the tablets show it.
 * Updates are incremental: a new note is added where it belongs, nothing else is redrawn, so
 * scrolling and focus stay where they were. All text is set as text, never as HTML.
 */
final class TimelineBoard extends Section {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.UK);

    /** Where a person asked to add a note, with a short description of the place. */
    interface NoteRequest extends BiConsumer<NotePlace, String> {
    }

    private final @Nullable NoteRequest noteRequest;
    private boolean followNewNotes;
    // Null until the first show, so that an empty timeline is drawn too.
    private @Nullable List<TimelineEntry> shownEntries;
    private final UnorderedList orphanNotes = new UnorderedList();
    private final Div orphans = new Div();
    private final Map<String, UnorderedList> noteLists = new HashMap<>();
    private final Map<String, Div> commentBoxes = new HashMap<>();
    private final Set<String> shownNotes = new HashSet<>();
    private boolean commentsVisible;
    private Map<String, String> comments = Map.of();
    private LearningEvent event;

    /** @param noteRequest called when someone taps an entry or a gap; null where notes are not added */
    TimelineBoard(LearningEvent event, @Nullable NoteRequest noteRequest) {
        this.event = event;
        this.noteRequest = noteRequest;
        addClassName("rt-timeline");
        getElement().setAttribute("aria-label", "Merged timeline");
    }

    /** The room's screen scrolls each newly arrived note into view, so the room sees it. */
    void followNewNotes() {
        this.followNewNotes = true;
    }

    /** Shows the timeline and notes; only what is new is added. */
    void show(LearningEvent current, MergedTimeline timeline, List<Note> notes) {
        this.event = current;
        // A note can also leave a screen (the projector hiding hindsight): then redraw it all.
        java.util.Set<String> incoming = new HashSet<>();
        notes.forEach(note -> incoming.add(note.id()));
        boolean firstShow = shownEntries == null || !timeline.entries().equals(shownEntries)
                || !incoming.containsAll(shownNotes);
        if (firstShow) {
            rebuild(timeline);
        }
        ListItem newest = null;
        for (Note note : notes) {
            if (shownNotes.add(note.id())) {
                // A note whose entry left the timeline (a re-import, a removal) is still shown.
                UnorderedList list = noteLists.getOrDefault(key(note.place()), orphanNotes);
                newest = noteItem(note);
                list.add(newest);
                orphans.setVisible(orphanNotes.getComponentCount() > 0);
            }
        }
        if (followNewNotes && !firstShow && newest != null) {
            newest.scrollIntoView(new ScrollOptions(ScrollOptions.Behavior.SMOOTH, ScrollOptions.Alignment.CENTER,
                    ScrollOptions.Alignment.NEAREST));
        }
    }

    /** Shows or hides the agencies' analysis comments (the console only ever passes them in). */
    void showComments(boolean visible, Map<String, String> byEntry) {
        this.commentsVisible = visible;
        this.comments = Map.copyOf(byEntry);
        commentBoxes.forEach((entryId, box) -> fillComments(box, entryId));
    }

    private void rebuild(MergedTimeline timeline) {
        removeAll();
        noteLists.clear();
        commentBoxes.clear();
        shownNotes.clear();
        shownEntries = timeline.entries();
        orphanNotes.removeAll();
        orphanNotes.addClassName("rt-notes");
        orphans.removeAll();
        orphans.addClassName("rt-orphan-notes");
        orphans.add(new Span("Notes on entries no longer in the timeline"), orphanNotes);
        orphans.setVisible(false);
        add(orphans);
        if (timeline.isEmpty()) {
            add(new Paragraph("The merged timeline is empty."));
        }
        add(gap(null, "the first entry"));
        for (TimelineEntry entry : timeline.entries()) {
            add(entryCard(entry));
            add(gap(entry, describe(entry)));
        }
    }

    private Div entryCard(TimelineEntry entry) {
        Div card = new Div();
        card.addClassName("rt-entry");
        card.getElement().setAttribute("data-entry-id", entry.id());

        Div head = new Div(new AgencyChip(event, entry.agencyCode()), when(entry));
        head.addClassName("rt-entry-head");
        if (entry.keyEvent()) {
            Span key = new Span("Key event");
            key.addClassName("rt-key-event");
            head.add(key);
            card.addClassName("rt-entry-key");
        }
        Paragraph text = new Paragraph(entry.whatHappened());
        text.addClassName("rt-entry-text");
        card.add(head, text);

        List<String> meta = new ArrayList<>();
        if (entry.practitionerRole() != null) {
            meta.add(entry.practitionerRole());
        }
        if (entry.source() != null) {
            meta.add(entry.source());
        }
        if (!meta.isEmpty()) {
            Span source = new Span(String.join(" · ", meta));
            source.addClassName("rt-entry-source");
            card.add(source);
        }
        Div commentBox = new Div();
        commentBox.addClassName("rt-comments");
        commentBoxes.put(entry.id(), commentBox);
        fillComments(commentBox, entry.id());
        card.add(commentBox);

        UnorderedList notes = new UnorderedList();
        notes.addClassName("rt-notes");
        notes.getElement().setAttribute("aria-label", "Notes on this entry");
        noteLists.put(key(NotePlace.onEntry(entry.id())), notes);
        card.add(notes);

        if (noteRequest != null) {
            Button add = new Button("Add a note", click -> noteRequest.accept(NotePlace.onEntry(entry.id()),
                    describe(entry)));
            add.addClassName("rt-add-note");
            add.getElement().setAttribute("aria-label", "Add a note to " + describe(entry));
            card.add(add);
        }
        return card;
    }

    private Div gap(@Nullable TimelineEntry after, String description) {
        NotePlace place = NotePlace.gapAfter(after == null ? null : after.id());
        Div gap = new Div();
        gap.addClassName("rt-gap");
        UnorderedList notes = new UnorderedList();
        notes.addClassName("rt-notes");
        notes.getElement().setAttribute("aria-label", "Missing events here");
        noteLists.put(key(place), notes);
        gap.add(notes);
        if (noteRequest != null) {
            String label = after == null ? "before " + description : "after " + description;
            Button add = new Button("+ Missing event here", click -> noteRequest.accept(place, "A missing event " + label));
            add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            add.addClassName("rt-add-gap-note");
            add.getElement().setAttribute("aria-label", "Add a missing event " + label);
            gap.add(add);
        }
        return gap;
    }

    private ListItem noteItem(Note note) {
        Span kind = new Span(note.kind().label());
        kind.addClassName("rt-note-kind");
        Paragraph text = new Paragraph(note.text());
        text.addClassName("rt-note-text");
        Div head = new Div(new AgencyChip(event, note.agencyCode()), kind);
        ListItem item = new ListItem(head, text);
        item.addClassNames("rt-note", "rt-note-" + note.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        if (note.perspective() == Perspective.HINDSIGHT) {
            Span hindsight = new Span(Perspective.HINDSIGHT.label());
            hindsight.addClassName("rt-note-perspective");
            head.add(hindsight);
            item.addClassName("rt-note-hindsight");
        }
        item.getElement().setAttribute("data-note-id", note.id());
        return item;
    }

    private static Span when(TimelineEntry entry) {
        Span when = new Span(entry.when());
        when.addClassName("rt-entry-date");
        return when;
    }

    private void fillComments(Div box, String entryId) {
        box.removeAll();
        String text = comments.get(entryId);
        box.setVisible(commentsVisible && text != null);
        if (commentsVisible && text != null) {
            Span label = new Span("Agency comments (facilitators only)");
            label.addClassName("rt-comments-label");
            box.add(label, new Paragraph(text));
        }
    }

    private String describe(TimelineEntry entry) {
        String text = entry.whatHappened();
        String shortText = text.length() > 60 ? text.substring(0, 60) + "…" : text;
        return entry.when() + ", " + entry.agencyCode() + ": " + shortText;
    }

    private static String key(NotePlace place) {
        return place.kind() + ":" + place.entryId();
    }
}
