package org.roundtable.board.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import org.jspecify.annotations.Nullable;
import org.roundtable.access.Caller;
import org.roundtable.board.NoteKind;
import org.roundtable.board.NotePlace;
import org.roundtable.board.Notes;
import org.roundtable.board.Perspective;
import org.roundtable.shared.InvalidInput;
import org.roundtable.shared.NotAllowed;
import org.roundtable.shared.Texts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a tablet keeps of its notes while the connection is unsure, in the tab's
 * {@code sessionStorage} (never {@code localStorage}: this is child-protection text and must go
 * when the tab closes): the draft being typed for each note place, and an outbox of notes the
 * participant pressed Send on, written in the browser before the server is asked. The server
 * takes a note out of the outbox once it is added; when the tablet's view is opened again (a
 * reload, or a new session on another node) {@link #resendAll} sends what is left, each with its
 * draft's key, so it is added once however often it is sent.
 *
 * <p>What the browser hands back is treated as hostile: every field is checked here and again by
 * {@link Notes}; anything malformed is logged and left out, never thrown into the view.
 */
final class TabletOutbox {

    private static final Logger log = LoggerFactory.getLogger(TabletOutbox.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** More than any real outbox or draft; a bigger one is not read at all. */
    private static final int MAX_JSON = 200_000;
    private static final int MAX_ENTRIES = 50;
    private static final int MAX_ID = 100;

    /** The key of what the participant reads when a note kept through a dropped connection went. */
    static final String SENT_AFTER_DROP = "board.outbox.sent";

    /** One note the participant pressed Send on, as the tablet kept it. */
    record Entry(String key, NotePlace place, NoteKind kind, Perspective perspective, String text) {
    }

    /** Text being typed for one place, with the choices made so far (null where none was kept). */
    record Draft(String text, @Nullable NoteKind kind, @Nullable Perspective perspective) {
    }

    private TabletOutbox() {
    }

    /** The sessionStorage item of one event's outbox. */
    static String outboxItem(String eventId) {
        return "rt-outbox|" + eventId;
    }

    /** The sessionStorage item of the draft for one place of one event. */
    static String draftItem(String eventId, NotePlace place) {
        return "rt-draft|" + eventId + "|" + place.kind() + "|" + (place.entryId() == null ? "" : place.entryId());
    }

    /** Browser script: removes one note from the outbox and, unless {@code $2} is null, the draft it came from. */
    static final String FORGET_SENT = """
            try {
              const box = JSON.parse(sessionStorage.getItem($0) || '{}');
              if (box && typeof box === 'object') { delete box[$1]; sessionStorage.setItem($0, JSON.stringify(box)); }
            } catch (e) { sessionStorage.removeItem($0); }
            if ($2) { sessionStorage.removeItem($2); }
            """;

    /** Browser script: keeps {@code $1} as the draft {@code $0} (a note that could not be sent goes back there). */
    static final String KEEP_DRAFT = "sessionStorage.setItem($0, $1);";

    /** The valid entries of an outbox as the browser returned it; malformed ones are logged and left out. */
    static List<Entry> parseOutbox(@Nullable String json) {
        JsonNode root = tree(json, "outbox");
        if (root == null) {
            return List.of();
        }
        if (!root.isObject()) {
            log.warn("A tablet's outbox was not a JSON object; it is ignored");
            return List.of();
        }
        List<Entry> entries = new ArrayList<>();
        for (var item : root.properties()) {
            if (entries.size() == MAX_ENTRIES) {
                log.warn("A tablet's outbox held more than {} notes; the rest are ignored", MAX_ENTRIES);
                break;
            }
            Optional<Entry> entry = entry(item.getValue()).filter(e -> e.key().equals(item.getKey()));
            if (entry.isPresent()) {
                entries.add(entry.get());
            } else {
                log.warn("A malformed note in a tablet's outbox is ignored");
            }
        }
        return entries;
    }

    /** A draft as the browser returned it, if it is one. */
    static Optional<Draft> parseDraft(@Nullable String json) {
        JsonNode root = tree(json, "draft");
        if (root == null || !root.isObject()) {
            return Optional.empty();
        }
        String text = string(root.get("text"), Notes.MAX_LENGTH * 4);
        if (text == null) {
            log.warn("A malformed draft from a tablet is ignored");
            return Optional.empty();
        }
        return Optional.of(new Draft(text, named(root.get("kind"), NoteKind::valueOf),
                named(root.get("perspective"), Perspective::valueOf)));
    }

    /** The draft as the browser keeps it. */
    static String draftJson(Draft draft) {
        var node = JSON.createObjectNode().put("text", draft.text());
        node.put("kind", draft.kind() == null ? null : draft.kind().name());
        node.put("perspective", draft.perspective() == null ? null : draft.perspective().name());
        return JSON.writeValueAsString(node);
    }

    /**
     * Asks the browser for this event's outbox and sends every note in it, each with its key;
     * tells the participant what happened. A note the room refuses (input paused, the event
     * closed, an entry gone) goes back to its place's draft, so its text is not lost.
     */
    static void resendAll(UI ui, Notes notes, Caller.Participant participant, String eventId) {
        String outbox = outboxItem(eventId);
        ui.getPage().executeJs("return sessionStorage.getItem($0) || ''", outbox).then(String.class,
                json -> parseOutbox(json).forEach(entry -> resend(ui, notes, participant, eventId, entry)),
                failure -> log.warn("Could not read a tablet's outbox: {}", failure));
    }

    private static void resend(UI ui, Notes notes, Caller.Participant participant, String eventId, Entry entry) {
        String draft = draftItem(eventId, entry.place());
        try {
            notes.add(participant, eventId, entry.place(), entry.kind(), entry.perspective(), entry.text(),
                    entry.key());
            ui.getPage().executeJs(FORGET_SENT, outboxItem(eventId), entry.key(), draft);
            Notification.show(Texts.get(ui.getLocale(), SENT_AFTER_DROP), 6000, Notification.Position.BOTTOM_CENTER)
                    .addClassName("rt-outbox-sent");
        } catch (InvalidInput | NotAllowed refused) {
            ui.getPage().executeJs(FORGET_SENT, outboxItem(eventId), entry.key(), draft);
            ui.getPage().executeJs(KEEP_DRAFT, draft,
                    draftJson(new Draft(entry.text(), entry.kind(), entry.perspective())));
            String reason = Texts.reason(refused, ui.getLocale());
            Notification.show(Texts.get(ui.getLocale(), "board.outbox.refused", reason), 10_000, Notification.Position.BOTTOM_CENTER).addClassName("rt-refused");
        }
    }

    private static @Nullable JsonNode tree(@Nullable String json, String what) {
        if (json == null || json.isBlank()) {
            return null;
        }
        if (json.length() > MAX_JSON) {
            log.warn("A tablet's {} of {} characters is too big to read; it is ignored", what, json.length());
            return null;
        }
        try {
            return JSON.readTree(json);
        } catch (JacksonException malformed) {
            log.warn("A tablet's {} was not JSON; it is ignored", what);
            return null;
        }
    }

    private static Optional<Entry> entry(JsonNode node) {
        if (node == null || !node.isObject()) {
            return Optional.empty();
        }
        String key = string(node.get("key"), 64);
        JsonNode place = node.get("place");
        NoteKind kind = named(node.get("kind"), NoteKind::valueOf);
        Perspective perspective = named(node.get("perspective"), Perspective::valueOf);
        String text = string(node.get("text"), Notes.MAX_LENGTH * 4);
        if (key == null || place == null || !place.isObject() || kind == null || perspective == null
                || text == null) {
            return Optional.empty();
        }
        NotePlace.Kind placeKind = named(place.get("kind"), NotePlace.Kind::valueOf);
        JsonNode entryNode = place.get("entryId");
        String entryId = entryNode == null || entryNode.isNull() ? null : string(entryNode, MAX_ID);
        boolean entryIdValid = entryNode == null || entryNode.isNull() || entryId != null;
        if (placeKind == null || !entryIdValid) {
            return Optional.empty();
        }
        return Optional.of(new Entry(key, new NotePlace(placeKind, entryId), kind, perspective, text));
    }

    private static @Nullable String string(@Nullable JsonNode node, int maxLength) {
        return node != null && node.isString() && node.stringValue().length() <= maxLength ? node.stringValue()
                : null;
    }

    private static <T> @Nullable T named(@Nullable JsonNode node, Function<String, T> valueOf) {
        String name = string(node, 40);
        if (name == null) {
            return null;
        }
        try {
            return valueOf.apply(name);
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }
}
