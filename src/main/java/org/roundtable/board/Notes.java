package org.roundtable.board;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.roundtable.access.Caller;
import org.roundtable.event.LearningEvent;
import org.roundtable.event.LearningEvents;
import org.roundtable.live.ChangeLog;
import org.roundtable.shared.InvalidInput;
import org.roundtable.shared.NotAllowed;
import org.roundtable.shared.UserText;
import org.roundtable.timeline.Timelines;
import org.springframework.stereotype.Service;

/**
 * Notes on the merged timeline. A participant or facilitator of an open event adds them; everyone
 * of the event sees them with the author's agency.
 */
@Service
public class Notes {

    public static final int MAX_LENGTH = 2_000;

    private final ChangeLog changeLog;
    private final LearningEvents events;
    private final Timelines timelines;
    private final NoteStore store;

    Notes(ChangeLog changeLog, LearningEvents events, Timelines timelines, NoteStore store) {
        this.changeLog = changeLog;
        this.events = events;
        this.timelines = timelines;
        this.store = store;
    }

    /** Adds a note of what was known at the time; see {@link #add(Caller, String, NotePlace, NoteKind, Perspective, String)}. */
    public Note add(Caller caller, String eventId, NotePlace place, @Nullable NoteKind kind, @Nullable String text) {
        return add(caller, eventId, place, kind, Perspective.AT_THE_TIME, text);
    }

    /** Adds a note; refused with a message for an empty or too long text, an unknown entry, or a closed event. */
    public Note add(Caller caller, String eventId, NotePlace place, @Nullable NoteKind kind,
            @Nullable Perspective perspective, @Nullable String text) {
        LearningEvent event = events.openTo(caller, eventId);
        String agencyCode = switch (caller) {
            case Caller.Participant participant -> participant.agencyCode();
            case Caller.Account account -> Note.FACILITATOR;
            default -> throw new NotAllowed("Only people in the room can add notes.");
        };
        if (kind == null) {
            throw new InvalidInput("Please choose what kind of note this is.");
        }
        if (perspective == null) {
            throw new InvalidInput("Please say whether this is what was known then or hindsight.");
        }
        String clean = UserText.required(text, "The note", MAX_LENGTH);
        if (place.entryId() != null && timelines.timelineFor(caller, eventId).entry(place.entryId()).isEmpty()) {
            throw new InvalidInput("That timeline entry is not part of this learning event.");
        }
        if (place.kind() == NotePlace.Kind.ON_ENTRY && place.entryId() == null) {
            throw new InvalidInput("Please choose the timeline entry the note is about.");
        }
        var added = new BoardChange.NoteAdded(UUID.randomUUID().toString(), place, kind, clean, agencyCode,
                perspective);
        var logged = changeLog.append(event.logId(), added, caller.actorId());
        return new Note(added.noteId(), place, kind, perspective, clean, agencyCode, logged.at());
    }

    /**
     * Every note of the event the caller may see, in the order they were added. The projector
     * leaves out hindsight notes while a facilitator has chosen so.
     */
    public List<Note> notesFor(Caller caller, String eventId) {
        LearningEvent event = events.readableBy(caller, eventId);
        List<Note> notes = store.notes(event.logId());
        if (caller instanceof Caller.Projector && !store.hindsightOnProjector(event.logId())) {
            return notes.stream().filter(n -> n.perspective() != Perspective.HINDSIGHT).toList();
        }
        return notes;
    }

    /** Whether the projector shows hindsight notes now. */
    public boolean hindsightOnProjector(Caller caller, String eventId) {
        return store.hindsightOnProjector(events.readableBy(caller, eventId).logId());
    }

    /** A facilitator chooses whether the projector shows hindsight notes. */
    public void showHindsightOnProjector(Caller caller, String eventId, boolean shown) {
        LearningEvent event = events.runBy(caller, eventId);
        if (store.hindsightOnProjector(event.logId()) != shown) {
            changeLog.append(event.logId(), new BoardChange.HindsightOnProjector(shown), caller.actorId());
        }
    }
}
