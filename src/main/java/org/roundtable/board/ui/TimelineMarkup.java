package org.roundtable.board.ui;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;
import org.roundtable.board.EntryAnalysis;
import org.roundtable.board.Factor;
import org.roundtable.board.Note;
import org.roundtable.board.NoteKind;
import org.roundtable.board.NoteOutcome;
import org.roundtable.board.Perspective;
import org.roundtable.event.Agency;
import org.roundtable.event.Byline;
import org.roundtable.event.LearningEvent;
import org.roundtable.shared.RecentlyUsed;
import org.roundtable.shared.Texts;
import org.roundtable.timeline.EntryOrigin;
import org.roundtable.timeline.TimelineEntry;

/**
 * The parts of the timeline board that never change once drawn (a note, an entry's text, its
 * buttons, an analysis, the agencies' comments) as HTML fragments, so that each is one element
 * on the server rather than a dozen: every screen in the room holds the board, and each element
 * a screen holds costs the server about a kilobyte. Every piece of text and every attribute value
 * goes through jsoup's escaping, so what people typed is shown literally and never becomes markup.
 * Equal fragments are built once and shared by every screen that shows them.
 */
final class TimelineMarkup {

    /** The attribute that names what a tap on a board button asks for, read by the board's one click listener. */
    static final String ACTION_ATTRIBUTE = "data-rt-action";
    /** The kinds of action, each followed by ":" and the entry's id (empty for the gap before the first entry). */
    static final String ADD_NOTE = "add-note";
    static final String ANALYSE = "analyse";
    static final String MISSING_EVENT = "missing-event";

    private static final Pattern COLOUR = Pattern.compile("#[0-9a-fA-F]{3,8}");
    /** Enough for every note and entry of a large event in every viewer's variant; the oldest unused go first. */
    private static final int CACHE_SIZE = 8192;
    private static final RecentlyUsed<Object, String> CACHE = new RecentlyUsed<>(CACHE_SIZE);

    /** One string per kind, not one per note per screen: every screen's class list holds it. */
    private static final Map<NoteKind, String> KIND_CLASSES = Arrays.stream(NoteKind.values()).collect(
            Collectors.toUnmodifiableMap(kind -> kind, kind -> "rt-note-" + kind.name().toLowerCase(Locale.ROOT)
                    .replace('_', '-')));

    private TimelineMarkup() {
    }

    // Keys of the shared cache: everything a fragment is made from, so equal keys mean equal HTML.
    private record NoteKey(Note note, Optional<Agency> agency, Locale locale) {
    }

    private record EntryKey(TimelineEntry entry, Optional<Agency> agency, boolean addNote, boolean analyse,
            Locale locale) {
    }

    private record MissingEventKey(Optional<TimelineEntry> after, Locale locale) {
    }

    /** A note's head (author's chip, kind, tags), its text and the facilitator's decision, in {@code locale}'s words. */
    static String note(LearningEvent event, Note note, Locale locale) {
        Byline by = note.byline();
        String code = by.agencyCode() == null ? by.label(locale) : by.agencyCode();
        return cached(new NoteKey(note, event.agency(code), locale), key -> {
            Element head = new Element("div");
            chip(head, key.agency(), code, chipTitle(key.agency(), by, locale));
            head.appendChild(span(Texts.label(locale, note.kind()), "rt-note-kind"));
            if (by.yours()) {
                head.appendChild(tag(Texts.get(locale, "board.timeline.yours"), "rt-note-yours-tag"));
            }
            if (note.privateNote()) {
                head.appendChild(tag(Texts.get(locale, "board.timeline.private"), "rt-note-private-tag"));
            }
            if (note.mergedCount() > 0) {
                head.appendChild(tag(Texts.get(locale, "board.timeline.merged-in", note.mergedCount()),
                        "rt-note-merged-count"));
            }
            if (note.perspective() == Perspective.HINDSIGHT) {
                head.appendChild(span(Texts.label(locale, Perspective.HINDSIGHT), "rt-note-perspective"));
            }
            List<Element> parts = new ArrayList<>(List.of(head, paragraph(note.text(), "rt-note-text")));
            String outcome = outcome(note, locale);
            if (outcome != null) {
                parts.add(paragraph(outcome, "rt-note-outcome"));
            }
            return html(parts);
        });
    }

    /** The class names of a note's list item: its kind and how it is marked. */
    static List<String> noteClasses(Note note) {
        List<String> classes = new ArrayList<>();
        classes.add("rt-note");
        classes.add(KIND_CLASSES.get(note.kind()));
        if (note.byline().yours()) {
            classes.add("rt-note-yours");
        }
        if (note.privateNote()) {
            classes.add("rt-note-private");
        }
        if (note.perspective() == Perspective.HINDSIGHT) {
            classes.add("rt-note-hindsight");
        }
        if (note.hidden()) {
            classes.add("rt-note-hidden");
        }
        if (note.merged()) {
            classes.add("rt-note-merged");
        }
        return classes;
    }

    /** What the facilitator decided, in words: on the author's own notes, and an answer for everyone. */
    static @Nullable String outcome(Note note, Locale locale) {
        List<String> lines = new ArrayList<>();
        if (note.triage().outcome() == NoteOutcome.ACCEPTED) {
            lines.add(Texts.get(locale, "board.timeline.accepted"));
        } else if (note.triage().outcome() == NoteOutcome.ANSWERED && note.triage().answer() != null) {
            lines.add(Texts.get(locale, "board.timeline.answered", note.triage().answer()));
        } else if (note.merged()) {
            lines.add(Texts.get(locale, "board.timeline.merged"));
        }
        if (note.hidden()) {
            lines.add(Texts.get(locale, "board.timeline.hidden"));
        }
        return lines.isEmpty() ? null : String.join(" · ", lines);
    }

    /**
     * An entry's head (agency chip, date, key event, origin), what happened, who recorded it where,
     * and under it the buttons asked for: "Add a note" and "Analyse", each naming its action for
     * the board's click listener.
     */
    static String entry(LearningEvent event, TimelineEntry entry, boolean addNote, boolean analyse, Locale locale) {
        return cached(new EntryKey(entry, event.agency(entry.agencyCode()), addNote, analyse, locale), key -> {
            Element head = new Element("div").addClass("rt-entry-head");
            chip(head, key.agency(), entry.agencyCode(), key.agency().map(Agency::name).orElse(null));
            head.appendChild(span(entry.when(locale), "rt-entry-date"));
            if (entry.keyEvent()) {
                head.appendChild(span(Texts.get(locale, "board.timeline.key-event"), "rt-key-event"));
            }
            if (entry.origin() != EntryOrigin.PREPARED) {
                head.appendChild(span(Texts.label(locale, entry.origin()), "rt-entry-origin"));
            }
            List<Element> parts = new ArrayList<>(List.of(head, paragraph(entry.whatHappened(), "rt-entry-text")));
            List<String> meta = new ArrayList<>();
            if (entry.practitionerRole() != null) {
                meta.add(entry.practitionerRole());
            }
            if (entry.source() != null) {
                meta.add(entry.source());
            }
            if (!meta.isEmpty()) {
                parts.add(span(String.join(" · ", meta), "rt-entry-source"));
            }
            if (addNote || analyse) {
                parts.add(entryActions(entry, addNote, analyse, locale));
            }
            return html(parts);
        });
    }

    private static Element entryActions(TimelineEntry entry, boolean addNote, boolean analyse, Locale locale) {
        Element actions = new Element("div").addClass("rt-entry-actions");
        String description = TimelineBoard.describe(entry, locale);
        if (addNote) {
            actions.appendChild(button(Texts.get(locale, "board.timeline.add-note"), "rt-add-note",
                    Texts.get(locale, "board.timeline.add-note-to", description), action(ADD_NOTE, entry.id())));
        }
        if (analyse) {
            actions.appendChild(button(Texts.get(locale, "board.timeline.analyse"), "rt-analyse",
                    Texts.get(locale, "board.timeline.analyse-entry", description), action(ANALYSE, entry.id())));
        }
        return actions;
    }

    /**
     * A gap's quiet "+ Missing event here" button, for the gap after {@code after} (null: before the
     * first entry); screen readers hear which entry it follows.
     */
    static String missingEventButton(@Nullable TimelineEntry after, Locale locale) {
        return cached(new MissingEventKey(Optional.ofNullable(after), locale), key -> {
            String label = after == null ? Texts.get(locale, "board.timeline.add-missing-first")
                    : Texts.get(locale, "board.timeline.add-missing-after", TimelineBoard.describe(after, locale));
            Element button = button(Texts.get(locale, "board.timeline.missing-event-here"), "rt-add-gap-note", label,
                    action(MISSING_EVENT, after == null ? null : after.id()));
            return html(List.of(button.attr("theme", "tertiary")));
        });
    }

    /** What a button asks for, as its {@link #ACTION_ATTRIBUTE} holds it. */
    static String action(String kind, @Nullable String entryId) {
        return kind + ":" + (entryId == null ? "" : entryId);
    }

    /** The agencies' own comment on an entry, for the facilitators. */
    static String comments(String text, Locale locale) {
        return html(List.of(span(Texts.get(locale, "board.timeline.agency-comments"), "rt-comments-label"),
                new Element("p").text(text)));
    }

    /** An entry's analysis as small labels: the factors, the mode of intervention, alternatives noted. */
    static String analysis(EntryAnalysis analysis, Locale locale) {
        List<Element> parts = new ArrayList<>();
        parts.add(span(Texts.get(locale, "board.timeline.analysis"), "rt-analysis-label"));
        for (Factor factor : Factor.values()) {
            if (analysis.factors().contains(factor)) {
                parts.add(span(Texts.label(locale, factor), "rt-factor"));
            }
        }
        if (analysis.mode() != null) {
            parts.add(span(Texts.get(locale, "board.timeline.intervention", Texts.label(locale, analysis.mode())),
                    "rt-intervention"));
        }
        if (analysis.alternatives() != null) {
            parts.add(span(Texts.get(locale, "board.timeline.alternatives-noted"), "rt-alternatives-noted"));
        }
        return html(parts);
    }

    private static <K> String cached(K key, Function<K, String> build) {
        return CACHE.get(key, same -> build.apply(key));
    }

    /** The tooltip of a note author's chip: the agency's name, or the name a facilitator may see. */
    private static @Nullable String chipTitle(Optional<Agency> agency, Byline by, Locale locale) {
        if (by.agencyCode() != null && !by.label().equals(agency.map(Agency::name).orElse(""))) {
            return by.label(locale);
        }
        return agency.map(Agency::name).orElse(null);
    }

    /**
     * An agency's short label on its colour, like {@code AgencyChip} (a neutral outlined chip for
     * an unknown code), into {@code head}. Its full name is the chip's tooltip and, for screen
     * readers (a tooltip is not read, nor shown on touch), hidden text beside it that replaces the code.
     */
    private static void chip(Element head, Optional<Agency> agency, String code, @Nullable String title) {
        Element chip = span(code, "rt-agency-chip");
        agency.map(Agency::colour).filter(colour -> COLOUR.matcher(colour).matches())
                .ifPresent(colour -> chip.attr("style", "background-color:" + colour));
        if (agency.isEmpty()) {
            chip.addClass("rt-agency-chip-neutral");
        }
        head.appendChild(chip);
        if (title != null) {
            chip.attr("title", title);
            chip.attr("aria-hidden", "true");
            head.appendChild(span(title, "rt-visually-hidden"));
        }
    }

    private static Element button(String text, String className, String label, String action) {
        return new Element("vaadin-button").addClass(className).attr("aria-label", label)
                .attr(ACTION_ATTRIBUTE, action).text(text);
    }

    private static Element tag(String text, String className) {
        return span(text, "rt-note-tag").addClass(className);
    }

    private static Element span(String text, String className) {
        return new Element("span").addClass(className).text(text);
    }

    private static Element paragraph(String text, String className) {
        return new Element("p").addClass(className).text(text);
    }

    /** The fragments as HTML, exactly as built: no pretty-printing, since some text keeps its line breaks. */
    private static String html(List<Element> parts) {
        Document document = Document.createShell("");
        document.outputSettings().prettyPrint(false);
        parts.forEach(document.body()::appendChild);
        return document.body().html();
    }
}
