package org.roundtable.board;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.roundtable.access.Caller;
import org.roundtable.event.Byline;
import org.roundtable.event.Contributors;
import org.roundtable.event.EventRight;
import org.roundtable.event.LearningEvent;
import org.roundtable.event.LearningEvents;
import org.roundtable.live.ChangeLog;
import org.roundtable.shared.InvalidInput;
import org.roundtable.shared.NotAllowed;
import org.roundtable.shared.RecentlyUsed;
import org.roundtable.shared.UserText;
import org.roundtable.timeline.Timelines;
import org.springframework.stereotype.Service;

/**
 * Notes on the merged timeline. A participant or facilitator of an open event adds them; everyone
 * of the event sees them with a byline that honours the event's anonymity settings. While a
 * facilitator has the room writing privately, new notes are seen only by their author and the
 * facilitators until they are revealed. Hidden notes and duplicates merged into another note
 * leave the room's screens; their authors and the facilitators still see them.
 */
@Service
public class Notes {

    public static final int MAX_LENGTH = 2_000;

    /** Enough for every note of a large event in the few ways it is seen (by its author, by the rest). */
    private static final int NOTES_SEEN_ALIKE = 16_384;
    /** A tablet's id for one draft: a UUID fits, and nothing that could smuggle markup or paths does. */
    private static final Pattern SUBMISSION_KEY = Pattern.compile("[A-Za-z0-9-]{1,64}");

    private final ChangeLog changeLog;
    private final LearningEvents events;
    private final Timelines timelines;
    private final NoteStore store;
    private final Contributors contributors;
    /**
     * Notes as viewers see them, one instance for all who see a note alike (everyone but its author
     * and the facilitators, mostly): every screen keeps the notes it shows, so a room of 500 would
     * otherwise hold 500 copies of each. The least recently seen go first.
     */
    private final RecentlyUsed<SeenAs, Note> seenAlike = new RecentlyUsed<>(NOTES_SEEN_ALIKE);

    Notes(ChangeLog changeLog, LearningEvents events, Timelines timelines, NoteStore store,
            Contributors contributors) {
        this.changeLog = changeLog;
        this.events = events;
        this.timelines = timelines;
        this.store = store;
        this.contributors = contributors;
    }

    /** Adds a note of what was known at the time; see {@link #add(Caller, String, NotePlace, NoteKind, Perspective, String)}. */
    public Note add(Caller caller, String eventId, NotePlace place, @Nullable NoteKind kind, @Nullable String text) {
        return add(caller, eventId, place, kind, Perspective.AT_THE_TIME, text);
    }

    /** Adds a note; refused with a message for an empty or too long text, an unknown entry, or a closed event. */
    public Note add(Caller caller, String eventId, NotePlace place, @Nullable NoteKind kind,
            @Nullable Perspective perspective, @Nullable String text) {
        return add(caller, eventId, place, kind, perspective, text, null);
    }

    /**
     * Adds a note sent from a tablet's draft named {@code submissionKey}, once: sent again with
     * the same key by the same person (a retry after the connection dropped, from this node or
     * another), it returns the note already added and adds nothing. Refused as
     * {@link #add(Caller, String, NotePlace, NoteKind, Perspective, String)} is, and for a key that
     * is not 1 to 64 letters, digits and hyphens.
     *
     * @param submissionKey the draft's id, made by the tablet; null adds the note without one
     */
    public Note add(Caller caller, String eventId, NotePlace place, @Nullable NoteKind kind,
            @Nullable Perspective perspective, @Nullable String text, @Nullable String submissionKey) {
        if (submissionKey != null) {
            if (!SUBMISSION_KEY.matcher(submissionKey).matches()) {
                throw InvalidInput.because("board.note.bad-submission");
            }
            // Already accepted: the retry gets its note even if the room has paused or closed since.
            var earlier = store.submitted(events.readableBy(caller, eventId).logId(), caller.actorId(),
                    submissionKey);
            if (earlier.isPresent()) {
                return bylines(caller, eventId).note(earlier.get());
            }
        }
        LearningEvent event = events.openTo(caller, eventId);
        String agencyCode = switch (caller) {
            case Caller.Participant participant -> participant.agencyCode();
            case Caller.Account account -> Byline.FACILITATOR;
            default -> throw NotAllowed.because("board.note.not-in-room");
        };
        if (kind == null) {
            throw InvalidInput.because("board.note.no-kind");
        }
        if (perspective == null) {
            throw InvalidInput.because("board.note.no-perspective");
        }
        String clean = UserText.required(text, "board.note.field", MAX_LENGTH);
        if (place.entryId() != null && timelines.timelineFor(caller, eventId).entry(place.entryId()).isEmpty()) {
            throw InvalidInput.because("board.note.unknown-entry");
        }
        if (place.kind() == NotePlace.Kind.ON_ENTRY && place.entryId() == null) {
            throw InvalidInput.because("board.note.no-entry");
        }
        var added = new BoardChange.NoteAdded(UUID.randomUUID().toString(), place, kind, clean, agencyCode,
                perspective, submissionKey);
        changeLog.append(event.logId(), added, caller.actorId());
        // Read back from this node's read model (applied before append returns): it knows whether it is private,
        // and whether a retry of the same draft got into the log first.
        var stored = submissionKey == null ? store.note(event.logId(), added.noteId())
                : store.submitted(event.logId(), caller.actorId(), submissionKey);
        return bylines(caller, eventId).note(stored.orElseThrow());
    }

    /**
     * Every note of the event the caller may see on the board, in the order they were added.
     * Private notes not yet revealed and hidden notes only for their author, the facilitators and
     * the note-taker;
     * a note merged into another only for its author; the projector leaves out hindsight notes
     * while a facilitator has chosen so.
     */
    public List<Note> notesFor(Caller caller, String eventId) {
        LearningEvent event = events.readableBy(caller, eventId);
        boolean facilitator = events.seesAllContributions(caller, eventId);
        boolean hindsight = !(caller instanceof Caller.Projector) || store.hindsightOnProjector(event.logId());
        Bylines bylines = bylines(caller, eventId);
        return store.notes(event.logId()).stream()
                .filter(note -> onBoardFor(caller, facilitator, note))
                .filter(note -> hindsight || note.perspective() != Perspective.HINDSIGHT)
                .map(bylines::note)
                .toList();
    }

    /**
     * Follows the notes {@code caller} may see, for a screen that shows them: each
     * {@link NoteFeed#next()} gives only what changed since the previous one, so a room of screens
     * does not re-read every note on every change.
     */
    public NoteFeed follow(Caller caller, String eventId) {
        events.readableBy(caller, eventId);
        return new NoteFeed(caller, eventId);
    }

    /** One screen's reading of an event's notes; not shared between screens or threads. */
    public final class NoteFeed {
        private final Caller caller;
        private final String eventId;
        private NoteStore.@Nullable Mark mark;
        private @Nullable Object readWith;

        private NoteFeed(Caller caller, String eventId) {
            this.caller = caller;
            this.eventId = eventId;
        }

        /** What changed for this screen since the last call; everything on the first. */
        public NoteUpdate next() {
            LearningEvent event = events.readableBy(caller, eventId);
            boolean facilitator = events.seesAllContributions(caller, eventId);
            boolean hindsight = !(caller instanceof Caller.Projector) || store.hindsightOnProjector(event.logId());
            // What decides which notes this screen shows and how they are signed; when it changes, all are read again.
            // Facilitators see names, which change as people join: they read everything (a screen or two per room).
            Object with = facilitator ? new Object()
                    : List.of(event.agencies(), contributors.settingsFor(caller, eventId), hindsight);
            NoteStore.Changes changes = store.changesSince(event.logId(), with.equals(readWith) ? mark : null);
            mark = changes.mark();
            readWith = with;
            Bylines bylines = bylines(caller, eventId);
            List<NoteUpdate.OrderedNote> shown = new ArrayList<>();
            Set<String> gone = new HashSet<>();
            for (NoteStore.Ordered changed : changes.notes()) {
                NoteStore.StoredNote note = changed.note();
                if (onBoardFor(caller, facilitator, note) && (hindsight || note.perspective() != Perspective.HINDSIGHT)) {
                    shown.add(new NoteUpdate.OrderedNote(bylines.note(note), changed.order()));
                } else {
                    gone.add(note.id());
                }
            }
            return new NoteUpdate(changes.everything(), shown, gone);
        }
    }

    private static boolean onBoardFor(Caller caller, boolean facilitator, NoteStore.StoredNote note) {
        boolean own = note.author().equals(caller.actorId());
        if (note.triage().merged()) {
            return own;
        }
        return own || facilitator || !(note.privateNote() || note.triage().hidden());
    }

    /** Whether the room is writing privately, and how many private notes wait: for anyone of the event. */
    public PrivateWriting privateWriting(Caller caller, String eventId) {
        return store.privateWriting(events.readableBy(caller, eventId).logId());
    }

    /**
     * A facilitator starts private writing: from now on new notes are seen only by their author
     * and the facilitators until revealed.
     *
     * @param untilStageEnds the notes are revealed when the room moves to another stage; otherwise
     *                       only "Reveal all" reveals them
     */
    public PrivateWriting startPrivateWriting(Caller caller, String eventId, boolean untilStageEnds) {
        LearningEvent event = events.runBy(caller, eventId, EventRight.RUN_ROOM);
        PrivateWriting now = store.privateWriting(event.logId());
        if (!now.on() || now.untilStageEnds() != untilStageEnds) {
            changeLog.append(event.logId(), new BoardChange.PrivateWritingStarted(untilStageEnds), caller.actorId());
        }
        return store.privateWriting(event.logId());
    }

    /** A facilitator reveals every private note to everyone at once; private writing ends. */
    public PrivateWriting revealAll(Caller caller, String eventId) {
        LearningEvent event = events.runBy(caller, eventId, EventRight.RUN_ROOM);
        PrivateWriting now = store.privateWriting(event.logId());
        if (now.on() || now.waiting() > 0) {
            changeLog.append(event.logId(), new BoardChange.NotesRevealed(), caller.actorId());
        }
        return store.privateWriting(event.logId());
    }

    /** How {@code viewer} sees stored notes, for this feature's services. */
    Bylines bylines(Caller viewer, String eventId) {
        return new Bylines(viewer, eventId);
    }

    /** Turns stored notes into what one viewer sees, asking once per author how to attribute them. */
    final class Bylines {
        private final Caller viewer;
        private final String eventId;
        private final Map<String, Byline> byAuthor = new HashMap<>();

        Bylines(Caller viewer, String eventId) {
            this.viewer = viewer;
            this.eventId = eventId;
        }

        Note note(NoteStore.StoredNote note) {
            Byline byline = byAuthor.computeIfAbsent(note.author() + "|" + note.agencyCode(),
                    key -> contributors.byline(viewer, eventId, note.author(), note.agencyCode()));
            return seenAlike.get(new SeenAs(note, byline), seen -> new Note(note.id(), note.place(),
                    note.kind(), note.perspective(), note.text(), byline, note.at(), note.privateNote(), note.triage(),
                    note.mergedCount()));
        }
    }

    /**
     * A stored note as one byline shows it. The store keeps one instance per version of a note, so
     * the instance names the version: comparing it by identity spares hashing the note's text for
     * every screen that reads it.
     */
    private record SeenAs(NoteStore.StoredNote stored, Byline byline) {
        @Override
        public boolean equals(@Nullable Object other) {
            return other instanceof SeenAs seen && seen.stored == stored && seen.byline.equals(byline);
        }

        @Override
        public int hashCode() {
            return 31 * System.identityHashCode(stored) + byline.hashCode();
        }
    }

    /** Whether the projector shows hindsight notes now. */
    public boolean hindsightOnProjector(Caller caller, String eventId) {
        return store.hindsightOnProjector(events.readableBy(caller, eventId).logId());
    }

    /** A facilitator chooses whether the projector shows hindsight notes. */
    public void showHindsightOnProjector(Caller caller, String eventId, boolean shown) {
        LearningEvent event = events.runBy(caller, eventId, EventRight.RUN_ROOM);
        if (store.hindsightOnProjector(event.logId()) != shown) {
            changeLog.append(event.logId(), new BoardChange.HindsightOnProjector(shown), caller.actorId());
        }
    }
}
