package org.roundtable.board.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

import com.vaadin.flow.component.Component;
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
import org.roundtable.board.EntryAnalysis;
import org.roundtable.board.Factor;
import org.roundtable.board.Note;
import org.roundtable.board.NoteOutcome;
import org.roundtable.board.NotePlace;
import org.roundtable.board.Perspective;
import org.roundtable.event.AgencyChip;
import org.roundtable.event.LearningEvent;
import org.roundtable.timeline.EntryOrigin;
import org.roundtable.timeline.MergedTimeline;
import org.roundtable.timeline.TimelineEntry;

/**
 * The merged timeline with its notes, as the console, the projector and the tablets show it:
 * who wrote each note as its byline ("yours" on your own), private notes marked, the
 * facilitator's decisions (accepted, answered, merged, hidden), entries added or corrected at
 * the learning event, and each entry's analysis as small labels. Updates are incremental: a new
 * or changed note is drawn where it belongs, nothing else is redrawn, so scrolling and focus stay
 * where they were. All text is set as text, never as HTML.
 */
final class TimelineBoard extends Section {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.UK);
    static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMM, HH:mm", Locale.UK);
    static final ZoneId LONDON = ZoneId.of("Europe/London");

    /** Where a person asked to add a note, with a short description of the place. */
    interface NoteRequest extends BiConsumer<NotePlace, String> {
    }

    /** A person asked to analyse an entry. */
    interface AnalysisRequest extends Consumer<TimelineEntry> {
    }

    private record Shown(Note note, ListItem item) {
    }

    private final @Nullable NoteRequest noteRequest;
    private final @Nullable AnalysisRequest analysisRequest;
    private boolean followNewNotes;
    // Null until the first show, so that an empty timeline is drawn too.
    private @Nullable List<TimelineEntry> shownEntries;
    private final UnorderedList orphanNotes = new UnorderedList();
    private final Div orphans = new Div();
    private final Map<String, UnorderedList> noteLists = new HashMap<>();
    private final Map<String, Div> commentBoxes = new HashMap<>();
    private final Map<String, Div> analysisBoxes = new HashMap<>();
    private final Map<String, Shown> shownNotes = new HashMap<>();
    private boolean commentsVisible;
    private Map<String, String> comments = Map.of();
    private Map<String, EntryAnalysis> analyses = Map.of();
    private LearningEvent event;

    /** @param noteRequest called when someone taps an entry or a gap; null where notes are not added */
    TimelineBoard(LearningEvent event, @Nullable NoteRequest noteRequest) {
        this(event, noteRequest, null);
    }

    /**
     * @param noteRequest     called when someone taps an entry or a gap; null where notes are not added
     * @param analysisRequest called when someone taps "Analyse" on an entry; null where entries are not analysed
     */
    TimelineBoard(LearningEvent event, @Nullable NoteRequest noteRequest, @Nullable AnalysisRequest analysisRequest) {
        this.event = event;
        this.noteRequest = noteRequest;
        this.analysisRequest = analysisRequest;
        addClassName("rt-timeline");
        getElement().setAttribute("aria-label", "Merged timeline");
    }

    /** The room's screen scrolls each newly arrived note into view, so the room sees it. */
    void followNewNotes() {
        this.followNewNotes = true;
    }

    /** Shows the timeline and notes, keeping the analyses shown last; only what is new or changed is redrawn. */
    void show(LearningEvent current, MergedTimeline timeline, List<Note> notes) {
        show(current, timeline, notes, analyses);
    }

    /** Shows the timeline, notes and the entries' analyses; only what is new or changed is redrawn. */
    void show(LearningEvent current, MergedTimeline timeline, List<Note> notes, Map<String, EntryAnalysis> byEntry) {
        this.event = current;
        boolean firstShow = shownEntries == null || !timeline.entries().equals(shownEntries);
        if (firstShow) {
            rebuild(timeline);
        }
        Map<String, Integer> order = new LinkedHashMap<>();
        notes.forEach(note -> order.put(note.id(), order.size()));
        // A note can also leave a screen (hidden, merged, or hindsight off the projector).
        shownNotes.keySet().removeIf(id -> {
            if (order.containsKey(id)) {
                return false;
            }
            shownNotes.get(id).item().removeFromParent();
            return true;
        });
        ListItem newest = null;
        for (Note note : notes) {
            Shown before = shownNotes.get(note.id());
            if (before == null) {
                // A note whose entry left the timeline (a re-import, a removal) is still shown.
                UnorderedList list = noteLists.getOrDefault(key(note.place()), orphanNotes);
                newest = noteItem(note);
                list.addComponentAtIndex(position(list, note, order), newest);
                shownNotes.put(note.id(), new Shown(note, newest));
            } else if (!before.note().equals(note)) {
                ListItem redrawn = noteItem(note);
                before.item().getParent().ifPresent(parent -> ((UnorderedList) parent).replace(before.item(), redrawn));
                shownNotes.put(note.id(), new Shown(note, redrawn));
            }
        }
        orphans.setVisible(orphanNotes.getComponentCount() > 0);
        if (firstShow || !byEntry.equals(analyses)) {
            analyses = Map.copyOf(byEntry);
            analysisBoxes.forEach(this::fillAnalysis);
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

    /** Where a new note goes in its list: after the notes shown there that came before it. */
    private static int position(UnorderedList list, Note note, Map<String, Integer> order) {
        int mine = order.get(note.id());
        return (int) list.getChildren()
                .map(child -> order.get(child.getElement().getAttribute("data-note-id")))
                .filter(Objects::nonNull)
                .filter(index -> index < mine)
                .count();
    }

    private void rebuild(MergedTimeline timeline) {
        removeAll();
        noteLists.clear();
        commentBoxes.clear();
        analysisBoxes.clear();
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
        if (entry.origin() != EntryOrigin.PREPARED) {
            Span origin = new Span(entry.origin().label());
            origin.addClassName("rt-entry-origin");
            head.add(origin);
            card.addClassName(entry.origin() == EntryOrigin.ADDED_AT_EVENT ? "rt-entry-added" : "rt-entry-corrected");
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

        Div analysisBox = new Div();
        analysisBox.addClassName("rt-analysis");
        analysisBoxes.put(entry.id(), analysisBox);
        fillAnalysis(entry.id(), analysisBox);
        card.add(analysisBox);

        UnorderedList notes = new UnorderedList();
        notes.addClassName("rt-notes");
        notes.getElement().setAttribute("aria-label", "Notes on this entry");
        noteLists.put(key(NotePlace.onEntry(entry.id())), notes);
        card.add(notes);

        Div actions = new Div();
        actions.addClassName("rt-entry-actions");
        if (noteRequest != null) {
            Button add = new Button("Add a note", click -> noteRequest.accept(NotePlace.onEntry(entry.id()),
                    describe(entry)));
            add.addClassName("rt-add-note");
            add.getElement().setAttribute("aria-label", "Add a note to " + describe(entry));
            actions.add(add);
        }
        if (analysisRequest != null) {
            Button analyse = new Button("Analyse", click -> analysisRequest.accept(entry));
            analyse.addClassName("rt-analyse");
            analyse.getElement().setAttribute("aria-label", "Analyse " + describe(entry));
            actions.add(analyse);
        }
        if (actions.getComponentCount() > 0) {
            card.add(actions);
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
        Div head = new Div(AgencyChip.of(event, note.byline()), kind);
        ListItem item = new ListItem(head, text);
        item.addClassNames("rt-note", "rt-note-" + note.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        if (note.byline().yours()) {
            head.add(tag("Yours", "rt-note-yours-tag"));
            item.addClassName("rt-note-yours");
        }
        if (note.privateNote()) {
            head.add(tag("Private", "rt-note-private-tag"));
            item.addClassName("rt-note-private");
        }
        if (note.mergedCount() > 0) {
            head.add(tag(note.mergedCount() == 1 ? "1 similar note merged in"
                    : note.mergedCount() + " similar notes merged in", "rt-note-merged-count"));
        }
        if (note.perspective() == Perspective.HINDSIGHT) {
            Span hindsight = new Span(Perspective.HINDSIGHT.label());
            hindsight.addClassName("rt-note-perspective");
            head.add(hindsight);
            item.addClassName("rt-note-hindsight");
        }
        Component outcome = outcome(note);
        if (outcome != null) {
            item.add(outcome);
        }
        if (note.hidden()) {
            item.addClassName("rt-note-hidden");
        }
        if (note.merged()) {
            item.addClassName("rt-note-merged");
        }
        item.getElement().setAttribute("data-note-id", note.id());
        return item;
    }

    /** What the facilitator decided, in words: on the author's own notes, and an answer for everyone. */
    static @Nullable Component outcome(Note note) {
        List<String> lines = new ArrayList<>();
        if (note.triage().outcome() == NoteOutcome.ACCEPTED) {
            lines.add("Accepted into the timeline");
        } else if (note.triage().outcome() == NoteOutcome.ANSWERED && note.triage().answer() != null) {
            lines.add("Answered: " + note.triage().answer());
        } else if (note.merged()) {
            lines.add("Merged with another note");
        }
        if (note.hidden()) {
            lines.add("Hidden by the facilitator");
        }
        if (lines.isEmpty()) {
            return null;
        }
        Paragraph outcome = new Paragraph(String.join(" · ", lines));
        outcome.addClassName("rt-note-outcome");
        return outcome;
    }

    private static Span tag(String text, String className) {
        Span tag = new Span(text);
        tag.addClassNames("rt-note-tag", className);
        return tag;
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

    private void fillAnalysis(String entryId, Div box) {
        box.removeAll();
        EntryAnalysis analysis = analyses.get(entryId);
        boolean shown = analysis != null && !analysis.isEmpty();
        box.setVisible(shown);
        if (!shown) {
            return;
        }
        Span label = new Span("Analysis");
        label.addClassName("rt-analysis-label");
        box.add(label);
        for (Factor factor : Factor.values()) {
            if (analysis.factors().contains(factor)) {
                Span chip = new Span(factor.label());
                chip.addClassName("rt-factor");
                box.add(chip);
            }
        }
        if (analysis.mode() != null) {
            Span mode = new Span("Intervention: " + analysis.mode().label());
            mode.addClassName("rt-intervention");
            box.add(mode);
        }
        if (analysis.alternatives() != null) {
            Span alternatives = new Span("Alternatives noted");
            alternatives.addClassName("rt-alternatives-noted");
            box.add(alternatives);
        }
        box.getElement().setAttribute("title", "Last set by " + analysis.byline().label());
    }

    /** A short description of an entry, for dialogs and screen readers. */
    static String describe(TimelineEntry entry) {
        String text = entry.whatHappened();
        String shortText = text.length() > 60 ? text.substring(0, 60) + "…" : text;
        return entry.when() + ", " + entry.agencyCode() + ": " + shortText;
    }

    private static String key(NotePlace place) {
        return place.kind() + ":" + place.entryId();
    }
}
