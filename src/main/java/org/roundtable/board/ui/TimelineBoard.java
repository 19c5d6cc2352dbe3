package org.roundtable.board.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ScrollOptions;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.dom.Element;
import org.jspecify.annotations.Nullable;
import org.roundtable.board.EntryAnalysis;
import org.roundtable.board.Note;
import org.roundtable.board.NotePlace;
import org.roundtable.board.NoteUpdate;
import org.roundtable.event.LearningEvent;
import org.roundtable.timeline.EntryOrigin;
import org.roundtable.timeline.MergedTimeline;
import org.roundtable.timeline.TimelineEntry;
import tools.jackson.databind.JsonNode;

/**
 * The merged timeline with its notes, as the console, the projector and the tablets show it:
 * who wrote each note as its byline ("yours" on your own), private notes marked, the
 * facilitator's decisions (accepted, answered, merged, hidden), entries added or corrected at
 * the learning event, and each entry's analysis as small labels. Updates are incremental: a new
 * or changed note is drawn where it belongs, nothing else is redrawn, so scrolling and focus stay
 * where they were.
 *
 * <p>Every screen in the room holds this board, so it is drawn in few server-side elements: what
 * never changes once drawn (an entry's text with its buttons, a note, a gap's button) is one
 * element each, its content escaped HTML from {@link TimelineMarkup} that every screen shares; an
 * entry's comments, analysis and notes list, and a gap's notes list, exist only while they have
 * something to show. The buttons are plain {@code vaadin-button}s in that HTML, and one click
 * listener on the board acts on the entry a button names, only if this board shows that entry.
 */
final class TimelineBoard extends Section {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.UK);
    static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMM, HH:mm", Locale.UK);
    static final ZoneId LONDON = ZoneId.of("Europe/London"); // not text: a time zone

    /** The button a click landed in, evaluated in the browser: the action it names. */
    static final String CLICKED_ACTION = "event.target.closest('[" + TimelineMarkup.ACTION_ATTRIBUTE
            + "]')?.getAttribute('" + TimelineMarkup.ACTION_ATTRIBUTE + "')";
    /** Only clicks on a board button reach the server; a click anywhere else on the board stays in the browser. */
    static final String CLICKED_A_BUTTON = "event.target.closest('[" + TimelineMarkup.ACTION_ATTRIBUTE
            + "]') !== null";

    /** Where a person asked to add a note, with a short description of the place. */
    interface NoteRequest extends BiConsumer<NotePlace, String> {
    }

    /** A person asked to analyse an entry. */
    interface AnalysisRequest extends Consumer<TimelineEntry> {
    }

    /** A note on the board: as drawn, its place in the order notes were added, and its list item. */
    private record Shown(Note note, int order, Element item) {
    }

    /** An entry as drawn: its card, and the parts that exist only while they have something to show. */
    private static final class Card {
        final TimelineEntry entry;
        final Element card = new Element("div");
        @Nullable Element comments;
        @Nullable Element analysis;
        @Nullable Element notes;

        Card(TimelineEntry entry) {
            this.entry = entry;
        }

        /** Puts a part in its place: after the text and its buttons, comments before analysis before notes. */
        void insert(Element part, int slot) {
            int index = 1;
            if (slot > 1 && comments != null) {
                index++;
            }
            if (slot > 2 && analysis != null) {
                index++;
            }
            card.insertChild(index, part);
        }
    }

    private final @Nullable NoteRequest noteRequest;
    private final @Nullable AnalysisRequest analysisRequest;
    private boolean followNewNotes;
    // Null until the first show, so that an empty timeline is drawn too.
    private @Nullable List<TimelineEntry> shownEntries;
    private @Nullable Div orphans;
    private @Nullable Element orphanNotes;
    private final Map<String, Card> cards = new HashMap<>();
    // The gaps by the id of the entry before them, "" for the gap before the first entry.
    private final Map<String, Element> gaps = new HashMap<>();
    private final Map<String, Element> gapNotes = new HashMap<>();
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
        getElement().setAttribute("aria-label", getTranslation("board.timeline.label"));
        if (noteRequest != null || analysisRequest != null) {
            getElement().addEventListener("click", click -> act(click.getEventData().get(CLICKED_ACTION)))
                    .addEventData(CLICKED_ACTION).setFilter(CLICKED_A_BUTTON);
        }
    }

    /** The room's screen scrolls each newly arrived note into view, so the room sees it. */
    void followNewNotes() {
        this.followNewNotes = true;
    }

    /**
     * Shows the timeline, what changed in the notes and the entries' analyses; only what is new or
     * changed is redrawn, and a screen is given only the notes that changed since its last update
     * (a note's place among the others comes with it).
     */
    void show(LearningEvent current, MergedTimeline timeline, NoteUpdate update, Map<String, EntryAnalysis> byEntry) {
        this.event = current;
        boolean firstShow = shownEntries == null || !timeline.entries().equals(shownEntries);
        if (firstShow) {
            rebuild(timeline);
        }
        // A note can also leave a screen (hidden, merged, or hindsight off the projector).
        if (update.everything()) {
            Set<String> stay = new HashSet<>();
            update.shown().forEach(shown -> stay.add(shown.note().id()));
            shownNotes.keySet().removeIf(id -> !stay.contains(id) && removed(id));
        } else {
            update.gone().forEach(id -> {
                if (shownNotes.containsKey(id) && removed(id)) {
                    shownNotes.remove(id);
                }
            });
        }
        Element newest = null;
        for (NoteUpdate.OrderedNote ordered : update.shown()) {
            Note note = ordered.note();
            Shown before = shownNotes.get(note.id());
            if (before != null && before.note().equals(note)) {
                continue;
            }
            if (before != null && before.note().place().equals(note.place())) {
                // Redrawn where it is, so the list around it stays as it was.
                drawNote(before.item(), note);
                shownNotes.put(note.id(), new Shown(note, ordered.order(), before.item()));
                continue;
            }
            if (before != null) {
                before.item().removeFromParent();
            }
            place(new Shown(note, ordered.order(), new Element("li")));
            if (before == null) {
                newest = shownNotes.get(note.id()).item();
            }
        }
        if (orphans != null && orphanNotes != null) {
            orphans.setVisible(orphanNotes.getChildCount() > 0);
        }
        if (firstShow || !byEntry.equals(analyses)) {
            analyses = Map.copyOf(byEntry);
            cards.values().forEach(this::fillAnalysis);
        }
        if (followNewNotes && !firstShow && newest != null) {
            newest.scrollIntoView(new ScrollOptions(ScrollOptions.Behavior.SMOOTH, ScrollOptions.Alignment.CENTER,
                    ScrollOptions.Alignment.NEAREST));
        }
    }

    /** Takes a shown note's item off the board; true, so that it can sit in a removeIf. */
    private boolean removed(String noteId) {
        shownNotes.get(noteId).item().removeFromParent();
        return true;
    }

    /** Draws a note into its item and puts it in its list, after the notes there that were added before it. */
    private void place(Shown shown) {
        drawNote(shown.item(), shown.note());
        Element list = listFor(shown.note().place());
        list.insertChild(position(list, shown.order()), shown.item());
        shownNotes.put(shown.note().id(), shown);
    }

    /** Shows or hides the agencies' analysis comments (the console only ever passes them in). */
    void showComments(boolean visible, Map<String, String> byEntry) {
        this.commentsVisible = visible;
        this.comments = Map.copyOf(byEntry);
        cards.values().forEach(this::fillComments);
    }

    /**
     * A tap on one of the board's buttons, as the browser names it. The name comes from the
     * browser, so it is trusted only as far as it names an entry this board shows.
     */
    private void act(@Nullable JsonNode clicked) {
        String action = clicked != null && clicked.isString() ? clicked.asString() : "";
        int colon = action.indexOf(':');
        if (colon < 0) {
            return;
        }
        String kind = action.substring(0, colon);
        String entryId = action.substring(colon + 1);
        Card card = cards.get(entryId);
        if (kind.equals(TimelineMarkup.ADD_NOTE) && card != null && noteRequest != null) {
            noteRequest.accept(NotePlace.onEntry(entryId), describe(card.entry, getLocale()));
        } else if (kind.equals(TimelineMarkup.ANALYSE) && card != null && analysisRequest != null) {
            analysisRequest.accept(card.entry);
        } else if (kind.equals(TimelineMarkup.MISSING_EVENT) && noteRequest != null) {
            if (entryId.isEmpty() && gaps.containsKey("")) {
                noteRequest.accept(NotePlace.gapAfter(null), getTranslation("board.timeline.missing-first"));
            } else if (card != null) {
                noteRequest.accept(NotePlace.gapAfter(entryId),
                        getTranslation("board.timeline.missing-after", describe(card.entry, getLocale())));
            }
        }
    }

    /** Where a new note goes in its list: after the notes shown there that were added before it. */
    private int position(Element list, int order) {
        // Notes come in the order they were added, so a new one almost always goes last: checked
        // first, as a room of screens each placing every new note would otherwise walk the whole list.
        int count = list.getChildCount();
        if (count == 0) {
            return 0;
        }
        Shown last = shownNotes.get(list.getChild(count - 1).getAttribute("data-note-id"));
        if (last != null && last.order() < order) {
            return count;
        }
        return (int) list.getChildren()
                .map(child -> shownNotes.get(child.getAttribute("data-note-id")))
                .filter(Objects::nonNull)
                .filter(shown -> shown.order() < order)
                .count();
    }

    /** Draws the timeline anew; the notes shown so far are drawn again in their places. */
    private void rebuild(MergedTimeline timeline) {
        List<Shown> kept = shownNotes.values().stream().sorted(Comparator.comparingInt(Shown::order)).toList();
        removeAll();
        cards.clear();
        gaps.clear();
        gapNotes.clear();
        shownNotes.clear();
        orphans = null;
        orphanNotes = null;
        shownEntries = timeline.entries();
        if (timeline.isEmpty()) {
            add(new Paragraph(getTranslation("board.timeline.empty")));
        }
        getElement().appendChild(gap(null));
        for (TimelineEntry entry : timeline.entries()) {
            getElement().appendChild(entryCard(entry), gap(entry));
        }
        kept.forEach(shown -> place(new Shown(shown.note(), shown.order(), new Element("li"))));
    }

    /** The list a note on {@code place} goes in, made when the first note arrives there. */
    private Element listFor(NotePlace place) {
        if (place.kind() == NotePlace.Kind.ON_ENTRY) {
            Card card = place.entryId() == null ? null : cards.get(place.entryId());
            if (card == null) {
                return orphanList();
            }
            if (card.notes == null) {
                card.notes = notesList(getTranslation("board.timeline.notes-on-entry"));
                card.insert(card.notes, 3);
            }
            return card.notes;
        }
        String after = place.entryId() == null ? "" : place.entryId();
        Element gap = gaps.get(after);
        if (gap == null) {
            return orphanList();
        }
        return gapNotes.computeIfAbsent(after, key -> {
            // Beside the gap, not in it: the gap's content is its button's HTML.
            Element list = notesList(getTranslation("board.timeline.notes-in-gap"));
            list.getClassList().add("rt-gap-notes");
            getElement().insertChild(getElement().indexOfChild(gap), list);
            return list;
        });
    }

    /** Notes whose entry left the timeline (a re-import, a removal) are still shown, above it. */
    private Element orphanList() {
        if (orphanNotes == null || orphans == null) {
            UnorderedList list = new UnorderedList();
            list.addClassName("rt-notes");
            orphanNotes = list.getElement();
            orphans = new Div(new Span(getTranslation("board.timeline.orphans")), list);
            orphans.addClassName("rt-orphan-notes");
            addComponentAsFirst(orphans);
        }
        return orphanNotes;
    }

    private static Element notesList(String label) {
        Element notes = new Element("ul");
        notes.getClassList().add("rt-notes");
        notes.setAttribute("aria-label", label);
        return notes;
    }

    private Element entryCard(TimelineEntry entry) {
        Card drawn = new Card(entry);
        cards.put(entry.id(), drawn);
        Element card = drawn.card;
        card.getClassList().add("rt-entry");
        card.setAttribute("data-entry-id", entry.id());
        if (entry.keyEvent()) {
            card.getClassList().add("rt-entry-key");
        }
        if (entry.origin() != EntryOrigin.PREPARED) {
            card.getClassList().add(entry.origin() == EntryOrigin.ADDED_AT_EVENT ? "rt-entry-added" : "rt-entry-corrected");
        }
        Element text = new Element("div");
        text.getClassList().add("rt-entry-body");
        text.setProperty("innerHTML", TimelineMarkup.entry(event, entry, noteRequest != null, analysisRequest != null,
                getLocale()));
        card.appendChild(text);
        fillComments(drawn);
        return card;
    }

    /** The gap after an entry (null: before the first), with its "+ Missing event here" button where notes are added. */
    private Element gap(@Nullable TimelineEntry after) {
        String key = after == null ? "" : after.id();
        Element gap = new Element("div");
        gap.getClassList().add("rt-gap");
        gaps.put(key, gap);
        if (noteRequest != null) {
            gap.setProperty("innerHTML", TimelineMarkup.missingEventButton(after, getLocale()));
        }
        return gap;
    }

    /** A note as one list item: its marks as classes, its content as escaped HTML shared by every screen. */
    private void drawNote(Element element, Note note) {
        List<String> classes = TimelineMarkup.noteClasses(note);
        element.getClassList().retainAll(classes);
        element.getClassList().addAll(classes);
        element.setAttribute("data-note-id", note.id());
        element.setProperty("innerHTML", TimelineMarkup.note(event, note, getLocale()));
    }

    private void fillComments(Card card) {
        String text = commentsVisible ? comments.get(card.entry.id()) : null;
        if (text == null) {
            if (card.comments != null) {
                card.comments.removeFromParent();
                card.comments = null;
            }
            return;
        }
        if (card.comments == null) {
            Element box = new Element("div");
            box.getClassList().add("rt-comments");
            card.insert(box, 1);
            card.comments = box;
        }
        card.comments.setProperty("innerHTML", TimelineMarkup.comments(text, getLocale()));
    }

    private void fillAnalysis(Card card) {
        EntryAnalysis analysis = analyses.get(card.entry.id());
        if (analysis == null || analysis.isEmpty()) {
            if (card.analysis != null) {
                card.analysis.removeFromParent();
                card.analysis = null;
            }
            return;
        }
        if (card.analysis == null) {
            Element box = new Element("div");
            box.getClassList().add("rt-analysis");
            card.insert(box, 2);
            card.analysis = box;
        }
        card.analysis.setProperty("innerHTML", TimelineMarkup.analysis(analysis, getLocale()));
        card.analysis.setAttribute("title", getTranslation("board.timeline.last-set-by", analysis.byline().label()));
    }

    /** What the facilitator decided, in words, for screens that draw notes as components (the triage queue). */
    static @Nullable Component outcome(Note note, Locale locale) {
        String text = TimelineMarkup.outcome(note, locale);
        if (text == null) {
            return null;
        }
        Paragraph outcome = new Paragraph(text);
        outcome.addClassName("rt-note-outcome");
        return outcome;
    }

    /**
     * A short description of an entry, for dialogs and screen readers, in the screen's language:
     * "3 Apr 2019, POL: Police attended…", "3 Ebr 2019, POL: …" (its period reads "… i …" in Welsh).
     */
    static String describe(TimelineEntry entry) {
        return describe(entry, screenLanguage());
    }

    /** The same description in {@code locale}'s language, for markup made for screens of that language. */
    static String describe(TimelineEntry entry, Locale locale) {
        String text = entry.whatHappened();
        String shortText = text.length() > 60 ? text.substring(0, 60) + "…" : text;
        return entry.when(locale) + ", " + entry.agencyCode() + ": " + shortText;
    }

    /** The language of the screen being drawn (every caller draws one); English outside a screen. */
    private static Locale screenLanguage() {
        com.vaadin.flow.component.UI ui = com.vaadin.flow.component.UI.getCurrent();
        return ui == null ? org.roundtable.shared.Texts.ENGLISH : ui.getLocale();
    }
}
