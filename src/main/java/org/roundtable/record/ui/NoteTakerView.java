package org.roundtable.record.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;
import org.roundtable.access.Caller;
import org.roundtable.access.Callers;
import org.roundtable.event.AgencyChip;
import org.roundtable.event.LearningEvent;
import org.roundtable.event.LearningEvents;
import org.roundtable.event.RoomState;
import org.roundtable.live.LiveScreen;
import org.roundtable.live.LiveUpdates;
import org.roundtable.record.Contribution;
import org.roundtable.record.NoteTaking;
import org.roundtable.record.RecordEntry;
import org.roundtable.record.RecordTag;
import org.roundtable.shared.InvalidInput;
import org.roundtable.shared.LanguageChoice;
import org.roundtable.shared.SkipLink;
import org.roundtable.shared.NotAllowed;
import org.roundtable.shared.Texts;

/**
 * The note-taker's console: a big field to type the running record in all day (Ctrl+Enter adds
 * an entry, Alt+1..Alt+5 toggle the quick tags), the record so far with its edits, and beside it
 * every contribution of the room as it arrives, private and hidden ones marked, each of which an
 * entry can be linked to. A facilitator may take notes here too; a note-taker without an account
 * gets the same console through the event's note-taker link ({@link LinkedNoteTakerView}).
 */
@Route("events/:eventId/record")
@RolesAllowed({"NOTE_TAKER", "FACILITATOR"})
@StyleSheet("themes/record.css")
class NoteTakerView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    static final ZoneId LONDON = ZoneId.of("Europe/London");
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final List<Key> DIGITS = List.of(Key.DIGIT_1, Key.DIGIT_2, Key.DIGIT_3, Key.DIGIT_4, Key.DIGIT_5);

    private final NoteTaking record;
    private final LearningEvents events;
    private final Callers callers;
    private final LiveScreen live;

    final TextArea entryText = new TextArea();
    final Button addEntry = new Button();
    final Span stage = new Span();
    final Span linkedTo = new Span();
    final Button clearLink = new Button();
    final Map<RecordTag, Button> tagButtons = new EnumMap<>(RecordTag.class);
    final UnorderedList entries = new UnorderedList();
    final UnorderedList feed = new UnorderedList();
    private final Set<RecordTag> tags = EnumSet.noneOf(RecordTag.class);
    private @Nullable String linkedEntryId;
    private @Nullable String linkedPointId;
    private @Nullable Caller caller;
    private @Nullable LearningEvent event;

    NoteTakerView(NoteTaking record, LearningEvents events, Callers callers, LiveUpdates updates) {
        this.record = record;
        this.events = events;
        this.callers = callers;
        this.live = new LiveScreen(this, updates);
        addClassNames("rt-page", "rt-record-console");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent enter) {
        String eventId = enter.getRouteParameters().get("eventId").orElse("");
        try {
            Caller who = callerFor(eventId);
            LearningEvent found = events.readableBy(who, eventId);
            record.recordFor(who, eventId);
            LanguageChoice.useEventDefault(UI.getCurrent(), events.language(who, eventId));
            build(who, found);
        } catch (NotAllowed e) {
            notAvailable(Texts.reason(e, getLocale()));
        }
    }

    /**
     * The signed-in account if it keeps this event's record, otherwise the note-taker link this
     * browser opened for it; anyone else is refused.
     */
    private Caller callerFor(String eventId) {
        Optional<Caller.Account> account = callers.account();
        if (account.isPresent() && events.seesAllContributions(account.get(), eventId)) {
            return account.get();
        }
        Optional<Caller.NoteTakerLink> link = NoteTakerLinks.in(eventId);
        if (link.isPresent()) {
            return link.get();
        }
        if (account.isPresent()) {
            return account.get();
        }
        throw new NotAllowed(getTranslation("record.console.sign-in"));
    }

    private void notAvailable(String message) {
        removeAll();
        add(new H1(getTranslation("record.not-available")), new Paragraph(message),
                new Anchor("", getTranslation("record.back-to-events")));
    }

    private void build(Caller who, LearningEvent found) {
        this.caller = who;
        this.event = found;
        removeAll();
        H1 title = new H1(getTranslation("record.console.title", found.pseudonym()));
        Header header = who instanceof Caller.NoteTakerLink
                ? new Header(title, new LanguageChoice())
                : new Header(new Anchor("", getTranslation("record.console.events")), title, new LanguageChoice());
        entryText.setLabel(getTranslation("record.console.entry"));
        addEntry.setText(getTranslation("record.console.add"));
        clearLink.setText(getTranslation("record.console.remove-link"));
        header.addClassName("rt-record-header");

        stage.addClassName("rt-record-stage");
        entryText.addClassName("rt-record-text");
        entryText.setHelperText(getTranslation("record.console.help"));
        entryText.setWidthFull();
        entryText.setAutofocus(true);

        Div tagBar = new Div();
        tagBar.addClassName("rt-record-tags");
        RecordTag[] all = RecordTag.values();
        for (int i = 0; i < all.length; i++) {
            RecordTag tag = all[i];
            Button toggle = new Button((i + 1) + " · " + tag.label(getLocale()), click -> toggle(tag));
            toggle.addClassName("rt-record-tag");
            toggle.getElement().setAttribute("aria-pressed", "false");
            tagButtons.put(tag, toggle);
            tagBar.add(toggle);
            // Alt+digit, anywhere in the console, without taking the focus from the field.
            Shortcuts.addShortcutListener(this, () -> toggle(tag), DIGITS.get(i), KeyModifier.ALT)
                    .listenOn(this);
        }

        linkedTo.addClassName("rt-record-link");
        clearLink.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        clearLink.addClickListener(click -> link(null, null, null));
        Div link = new Div(linkedTo, clearLink);
        link.addClassName("rt-record-link-row");

        addEntry.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        addEntry.addClickListener(click -> addEntry());
        // Commit the field's value before the shortcut runs, so the last words typed are kept.
        addEntry.addClickShortcut(Key.ENTER, KeyModifier.CONTROL).listenOn(entryText).resetFocusOnActiveElement();

        entries.addClassName("rt-record-entries");
        Section writing = new Section(stage, entryText, tagBar, link, addEntry,
                new H2(getTranslation("record.console.so-far")), entries);
        writing.addClassName("rt-record-writing");

        feed.addClassName("rt-record-feed");
        Section room = new Section(new H2(getTranslation("record.console.contributions")), feed);
        room.addClassName("rt-record-room");
        Div body = new Div(writing, room);
        body.addClassName("rt-record-body");

        add(SkipLink.to(entryText, getTranslation("board.skip-to-main")), header, body);
        link(null, null, null);
        live.follow(found.logId(), this::refresh);
        entryText.focus();
    }

    /** Re-reads the stage, the record and the feed; the typed text, tags and link stay as they are. */
    void refresh() {
        if (caller == null || event == null) {
            return;
        }
        try {
            show(caller, event);
        } catch (NotAllowed stopped) {
            // The link was revoked or replaced, or the account removed, while this screen was open.
            caller = null;
            notAvailable(stopped.getMessage());
        }
    }

    private void show(Caller caller, LearningEvent event) {
        String eventId = event.id();
        RoomState room = record.roomFor(caller, eventId);
        stage.setText(room.started()
                ? getTranslation("record.console.recording-during", room.stageIndex() + 1, room.stage().title())
                : getTranslation("record.console.recording-before"));
        entries.removeAll();
        List<RecordEntry> written = record.recordFor(caller, eventId);
        if (written.isEmpty()) {
            entries.add(new ListItem(getTranslation("record.console.nothing-recorded")));
        }
        for (RecordEntry entry : written) {
            entries.add(entryItem(entry));
        }
        feed.removeAll();
        List<Contribution> contributions = record.feedFor(caller, eventId);
        if (contributions.isEmpty()) {
            feed.add(new ListItem(getTranslation("record.console.nothing-contributed")));
        }
        for (Contribution contribution : contributions) {
            feed.add(feedItem(contribution));
        }
    }

    private ListItem entryItem(RecordEntry entry) {
        Span time = new Span(TIME.format(entry.at().atZone(LONDON)));
        time.addClassName("rt-record-time");
        Span stageOf = new Span(entry.stageLabel(getLocale()));
        stageOf.addClassName("rt-record-entry-stage");
        Div meta = new Div(time, stageOf);
        meta.addClassName("rt-record-meta");
        for (RecordTag tag : RecordTag.values()) {
            if (!entry.tags().contains(tag)) {
                continue;
            }
            Span chip = new Span(tag.label(getLocale()));
            chip.addClassName("rt-record-chip");
            meta.add(chip);
        }
        if (entry.timelineEntryId() != null || entry.groupPointId() != null) {
            Span linked = new Span(getTranslation(entry.groupPointId() != null ? "record.console.linked-point"
                    : "record.console.linked-entry"));
            linked.addClassName("rt-record-linked");
            meta.add(linked);
        }
        if (entry.edited()) {
            Span edited = new Span(getTranslation("record.console.edited"));
            edited.addClassName("rt-record-edited");
            meta.add(edited);
        }
        Paragraph text = new Paragraph(entry.text());
        text.addClassName("rt-record-entry-text");
        Button edit = new Button(getTranslation("record.console.edit"),
                click -> new RecordEntryDialog(record, caller, event, entry).open());
        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        edit.setAriaLabel(getTranslation("record.console.edit-at", time.getText()));
        ListItem item = new ListItem(meta, text, edit);
        item.addClassName("rt-record-entry");
        return item;
    }

    private ListItem feedItem(Contribution contribution) {
        String where = contribution.sourceIn(getLocale());
        Span source = new Span(where);
        source.addClassName("rt-feed-source");
        Span time = new Span(TIME.format(contribution.at().atZone(LONDON)));
        time.addClassName("rt-record-time");
        Div meta = new Div(time, source, AgencyChip.of(event, contribution.by()));
        meta.addClassName("rt-record-meta");
        if (contribution.marked()) {
            Span marks = new Span(contribution.marksIn(getLocale()));
            marks.addClassName("rt-feed-mark");
            meta.add(marks);
        }
        ListItem item = new ListItem(meta, new Paragraph(contribution.text()));
        item.addClassName("rt-feed-item");
        if (contribution.timelineEntryId() != null || contribution.groupPointId() != null) {
            Button linkIt = new Button(getTranslation("record.console.link"),
                    click -> link(contribution.timelineEntryId(), contribution.groupPointId(),
                            where + ": " + contribution.text()));
            linkIt.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            linkIt.setAriaLabel(getTranslation("record.console.link-to", where));
            item.add(linkIt);
        }
        return item;
    }

    private void toggle(RecordTag tag) {
        if (!tags.remove(tag)) {
            tags.add(tag);
        }
        showTags();
    }

    private void showTags() {
        tagButtons.forEach((tag, button) -> {
            boolean on = tags.contains(tag);
            button.getElement().setAttribute("aria-pressed", Boolean.toString(on));
            if (on) {
                button.addClassName("rt-tag-on");
                button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            } else {
                button.removeClassName("rt-tag-on");
                button.removeThemeVariants(ButtonVariant.LUMO_PRIMARY);
            }
        });
    }

    /** Links the next entry to a timeline entry or group point, or to nothing. */
    void link(@Nullable String timelineEntryId, @Nullable String groupPointId, @Nullable String what) {
        linkedEntryId = timelineEntryId;
        linkedPointId = groupPointId;
        boolean linked = timelineEntryId != null || groupPointId != null;
        linkedTo.setText(linked ? getTranslation("record.console.linked-to", shorten(what)) : "");
        clearLink.setVisible(linked);
        entryText.focus();
    }

    private void addEntry() {
        try {
            record.add(caller, event.id(), entryText.getValue(), Set.copyOf(tags), linkedEntryId, linkedPointId);
        } catch (InvalidInput refused) {
            // The typed text stays in the field to be fixed.
            entryText.setInvalid(true);
            entryText.setErrorMessage(refused.messageIn(getLocale()));
            return;
        } catch (NotAllowed refused) {
            entryText.setInvalid(true);
            entryText.setErrorMessage(Texts.reason(refused, getLocale()));
            return;
        }
        entryText.setInvalid(false);
        entryText.clear();
        tags.clear();
        showTags();
        link(null, null, null);
        refresh();
    }

    private static String shorten(@Nullable String text) {
        if (text == null) {
            return "";
        }
        return text.codePointCount(0, text.length()) <= 80 ? text
                : text.codePoints().limit(79).collect(StringBuilder::new, StringBuilder::appendCodePoint,
                        StringBuilder::append) + "…";
    }

    @Override
    public String getPageTitle() {
        return getTranslation("record.console.page-title");
    }

    /** The tags switched on for the next entry (for tests). */
    Set<RecordTag> tagsOn() {
        return tags.stream().collect(Collectors.toUnmodifiableSet());
    }
}
