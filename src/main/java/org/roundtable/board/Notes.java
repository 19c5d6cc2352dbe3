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

    /** Adds a note; refused with a message for an empty or too long text, an unknown entry, or a closed event. */
    public Note add(Caller caller, String eventId, NotePlace place, @Nullable NoteKind kind, @Nullable String text) {
        LearningEvent event = events.openTo(caller, eventId);
        String agencyCode = switch (caller) {
            case Caller.Participant participant -> participant.agencyCode();
            case Caller.Account account -> Note.FACILITATOR;
            default -> throw new NotAllowed("Only people in the room can add notes.");
        };
        if (kind == null) {
            throw new InvalidInput("Please choose what kind of note this is.");
        }
        String clean = UserText.required(text, "The note", MAX_LENGTH);
        if (place.entryId() != null && timelines.timelineFor(caller, eventId).entry(place.entryId()).isEmpty()) {
            throw new InvalidInput("That timeline entry is not part of this learning event.");
        }
        if (place.kind() == NotePlace.Kind.ON_ENTRY && place.entryId() == null) {
            throw new InvalidInput("Please choose the timeline entry the note is about.");
        }
        var added = new BoardChange.NoteAdded(UUID.randomUUID().toString(), place, kind, clean, agencyCode);
        var logged = changeLog.append(event.logId(), added, caller.actorId());
        return new Note(added.noteId(), place, kind, clean, agencyCode, logged.at());
    }

    /** Every note of the event, in the order they were added. */
    public List<Note> notesFor(Caller caller, String eventId) {
        LearningEvent event = events.readableBy(caller, eventId);
        return store.notes(event.logId());
    }
}
