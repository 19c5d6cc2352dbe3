package org.roundtable.board;

import java.util.Comparator;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.roundtable.access.AuditAction;
import org.roundtable.access.AuditTrail;
import org.roundtable.access.Caller;
import org.roundtable.event.EventRight;
import org.roundtable.event.LearningEvent;
import org.roundtable.event.LearningEvents;
import org.roundtable.live.ChangeLog;
import org.roundtable.shared.InvalidInput;
import org.roundtable.shared.UserText;
import org.roundtable.timeline.NewTimelineEntry;
import org.roundtable.timeline.TimelineEntry;
import org.roundtable.timeline.Timelines;
import org.springframework.stereotype.Service;

/**
 * The facilitator's triage of the room's notes: accept an additional event or a correction into
 * the agreed timeline, answer a query, merge duplicates, hide a note (and unhide it). Every
 * action is for the event's facilitators only and is checked with the rules of {@link Triage}
 * before it is logged; participants see the outcome on their own notes.
 */
@Service
public class NoteTriage {

    /** Which notes the queue lists. */
    public enum Filter {
        NEEDS_DECISION("Needs a decision"),
        HANDLED("Handled"),
        ALL("All");

        private final String label;

        Filter(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    private final ChangeLog changeLog;
    private final LearningEvents events;
    private final Timelines timelines;
    private final NoteStore store;
    private final Notes notes;
    private final AuditTrail audit;

    NoteTriage(ChangeLog changeLog, LearningEvents events, Timelines timelines, NoteStore store, Notes notes,
            AuditTrail audit) {
        this.audit = audit;
        this.changeLog = changeLog;
        this.events = events;
        this.timelines = timelines;
        this.store = store;
        this.notes = notes;
    }

    /** The notes needing a decision (open additional events, corrections and queries), oldest first. */
    public List<Note> triageQueueFor(Caller caller, String eventId) {
        return triageQueueFor(caller, eventId, Filter.NEEDS_DECISION);
    }

    /**
     * The triage queue, oldest first: the notes needing a decision, the handled ones (accepted,
     * answered, merged, hidden) or both. Comments and good practice need no decision; they are
     * listed as handled only once hidden.
     */
    public List<Note> triageQueueFor(Caller caller, String eventId, Filter filter) {
        LearningEvent event = events.facilitatedBy(caller, eventId);
        Notes.Bylines bylines = notes.bylines(caller, eventId);
        return store.notes(event.logId()).stream()
                .filter(note -> switch (filter) {
                    case NEEDS_DECISION -> note.triage().needsDecision();
                    case HANDLED -> handled(note.triage());
                    case ALL -> note.triage().needsDecision() || handled(note.triage());
                })
                .sorted(Comparator.comparing(NoteStore.StoredNote::at))
                .map(bylines::note)
                .toList();
    }

    private static boolean handled(Triage triage) {
        return triage.hidden() || triage.outcome() != NoteOutcome.OPEN;
    }

    /**
     * Accepts an additional event into the agreed timeline as a new entry, marked "added at the
     * learning event", with the date, agency and text the facilitator settled on.
     */
    public TimelineEntry acceptAsNewEntry(Caller caller, String eventId, String noteId, NewTimelineEntry entry) {
        LearningEvent event = events.runBy(caller, eventId, EventRight.MODERATE);
        NoteStore.StoredNote note = noteOf(event, noteId);
        note.triage().checkAcceptableAsNewEntry();
        TimelineEntry added = timelines.addAtEvent(caller, eventId, entry, noteId);
        changeLog.append(event.logId(), new BoardChange.NoteAccepted(noteId, added.id()), caller.actorId());
        audit.record(caller, AuditAction.MODERATED, eventId, "Accepted note " + noteId + " as a new timeline entry");
        return added;
    }

    /**
     * Accepts a correction onto the entry it is on: the entry's date, time and text become what
     * the facilitator settled on, it is marked "corrected at the learning event", and the
     * original is kept in the timeline's revisions.
     */
    public TimelineEntry acceptCorrection(Caller caller, String eventId, String noteId, NewTimelineEntry corrected) {
        LearningEvent event = events.runBy(caller, eventId, EventRight.MODERATE);
        NoteStore.StoredNote note = noteOf(event, noteId);
        note.triage().acceptedAsCorrection(note.place());
        TimelineEntry after = timelines.correctAtEvent(caller, eventId, Triage.entryToCorrect(note.place()), corrected,
                noteId);
        changeLog.append(event.logId(), new BoardChange.NoteAccepted(noteId, after.id()), caller.actorId());
        audit.record(caller, AuditAction.MODERATED, eventId, "Accepted note " + noteId + " as a correction");
        return after;
    }

    /** Answers a query; the answer is shown under it to everyone who sees the query. */
    public Note answer(Caller caller, String eventId, String noteId, @Nullable String answer) {
        LearningEvent event = events.runBy(caller, eventId, EventRight.MODERATE);
        NoteStore.StoredNote note = noteOf(event, noteId);
        String clean = UserText.required(answer, "board.field.answer", Triage.MAX_ANSWER_LENGTH);
        note.triage().answered(clean);
        return decided(caller, event, noteId, new BoardChange.QueryAnswered(noteId, clean));
    }

    /** Merges {@code duplicateId} into {@code intoId}: the duplicate leaves the board, the other shows the count. */
    public Note merge(Caller caller, String eventId, String duplicateId, String intoId) {
        LearningEvent event = events.runBy(caller, eventId, EventRight.MODERATE);
        NoteStore.StoredNote duplicate = noteOf(event, duplicateId);
        NoteStore.StoredNote into = noteOf(event, intoId);
        duplicate.triage().mergedInto(duplicateId, intoId, into.triage());
        return decided(caller, event, intoId, new BoardChange.NotesMerged(duplicateId, intoId));
    }

    /** Hides a note from participants and the projector; it stays, greyed, for the facilitators and its author. */
    public Note hide(Caller caller, String eventId, String noteId) {
        LearningEvent event = events.runBy(caller, eventId, EventRight.MODERATE);
        noteOf(event, noteId).triage().hiddenByFacilitator();
        return decided(caller, event, noteId, new BoardChange.NoteHidden(noteId));
    }

    /** Brings a hidden note back to the room. */
    public Note unhide(Caller caller, String eventId, String noteId) {
        LearningEvent event = events.runBy(caller, eventId, EventRight.MODERATE);
        noteOf(event, noteId).triage().unhidden();
        return decided(caller, event, noteId, new BoardChange.NoteUnhidden(noteId));
    }

    private Note decided(Caller caller, LearningEvent event, String noteId, BoardChange decision) {
        changeLog.append(event.logId(), decision, caller.actorId());
        audit.record(caller, AuditAction.MODERATED, event.id(), switch (decision) {
            case BoardChange.QueryAnswered answered -> "Answered query " + answered.noteId();
            case BoardChange.NotesMerged merged -> "Merged note " + merged.duplicateId() + " into " + merged.intoId();
            case BoardChange.NoteHidden hidden -> "Hid note " + hidden.noteId();
            case BoardChange.NoteUnhidden unhidden -> "Unhid note " + unhidden.noteId();
            default -> "Decided on note " + noteId;
        });
        return notes.bylines(caller, event.id()).note(noteOf(event, noteId));
    }

    /** The note, if it belongs to this event: a note id from another event is refused. */
    private NoteStore.StoredNote noteOf(LearningEvent event, @Nullable String noteId) {
        return store.note(event.logId(), noteId == null ? "" : noteId)
                .orElseThrow(() -> InvalidInput.because("board.refused.no-such-note"));
    }
}
