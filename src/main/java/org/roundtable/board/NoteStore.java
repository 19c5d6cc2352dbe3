package org.roundtable.board;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;
import org.roundtable.event.StageStarted;
import org.roundtable.live.LoggedChange;
import org.roundtable.live.Projection;
import org.roundtable.shared.InvalidInput;
import org.springframework.stereotype.Component;

/**
 * Read model of every event's notes in the order they were added, with private writing and the
 * facilitator's triage, fed by the event logs. It also follows the room's {@link StageStarted}
 * in the same log: private writing started "for this stage" ends there with a reveal, in log
 * order on every node.
 */
@Component
class NoteStore implements Projection {

    /**
     * A note as recorded, with its author's actor id: only services read this, screens get a
     * {@link Note} with a byline.
     *
     * @param agencyCode the author's agency, or "Facilitator" for a facilitator's note
     */
    record StoredNote(String id, NotePlace place, NoteKind kind, Perspective perspective, String text,
            String author, String agencyCode, Instant at, boolean privateNote, Triage triage, int mergedCount) {

        StoredNote with(Triage changed) {
            return new StoredNote(id, place, kind, perspective, text, author, agencyCode, at, privateNote, changed,
                    mergedCount);
        }

        StoredNote revealed() {
            return new StoredNote(id, place, kind, perspective, text, author, agencyCode, at, false, triage,
                    mergedCount);
        }

        StoredNote withMergedCount(int count) {
            return new StoredNote(id, place, kind, perspective, text, author, agencyCode, at, privateNote, triage,
                    count);
        }
    }

    /** One author's one draft, as the tablet named it. */
    private record Submission(String author, String key) {
    }

    private enum Writing {
        OPEN, PRIVATE_FOR_STAGE, PRIVATE_UNTIL_REVEALED
    }

    /** One event's notes; the immutable copy every screen reads is made at most once per change. */
    private static final class EventNotes {
        final Map<String, StoredNote> notes = new LinkedHashMap<>();
        /** The note each (author, submission key) pair first added: later ones are retries. */
        final Map<Submission, String> submitted = new HashMap<>();
        boolean hindsightOnProjector = true;
        Writing writing = Writing.OPEN;
        @Nullable List<StoredNote> snapshot;

        void revealAll() {
            notes.replaceAll((id, note) -> note.privateNote() ? note.revealed() : note);
            writing = Writing.OPEN;
        }

        /** Applies a facilitator's decision by the same rules the service checked; a stale one is ignored. */
        void decide(String noteId, java.util.function.UnaryOperator<StoredNote> decision) {
            StoredNote note = notes.get(noteId);
            if (note == null) {
                return;
            }
            try {
                notes.put(noteId, decision.apply(note));
            } catch (InvalidInput stale) {
                // Two facilitators decided at once: the first in the log wins, here as on every node.
            }
        }

        void merge(String duplicateId, String intoId) {
            StoredNote duplicate = notes.get(duplicateId);
            StoredNote into = notes.get(intoId);
            if (duplicate == null || into == null) {
                return;
            }
            try {
                notes.put(duplicateId, duplicate.with(duplicate.triage().mergedInto(duplicateId, intoId,
                        into.triage())));
            } catch (InvalidInput stale) {
                return;
            }
            // Notes merged into the duplicate follow it, so merges never chain.
            notes.replaceAll((id, note) -> duplicateId.equals(note.triage().mergedInto())
                    ? note.with(note.triage().repointedTo(intoId)) : note);
        }
    }

    private final Map<String, EventNotes> byLog = new ConcurrentHashMap<>();

    @Override
    public void apply(LoggedChange logged) {
        if (logged.change() instanceof StageStarted) {
            EventNotes event = byLog.get(logged.logId());
            if (event != null) {
                synchronized (event) {
                    if (event.writing == Writing.PRIVATE_FOR_STAGE) {
                        event.revealAll();
                        event.snapshot = null;
                    }
                }
            }
            return;
        }
        if (!(logged.change() instanceof BoardChange change)) {
            return;
        }
        EventNotes event = byLog.computeIfAbsent(logged.logId(), id -> new EventNotes());
        synchronized (event) {
            event.snapshot = null;
            switch (change) {
                case BoardChange.NoteAdded added -> {
                    if (added.submissionKey() != null && event.submitted.putIfAbsent(
                            new Submission(logged.actor(), added.submissionKey()), added.noteId()) != null) {
                        // The same draft sent again (a retry that raced the first): the first in the log wins.
                        return;
                    }
                    Perspective perspective = added.perspective() == null ? Perspective.AT_THE_TIME
                            : added.perspective();
                    event.notes.put(added.noteId(), new StoredNote(added.noteId(), added.place(), added.kind(),
                            perspective, added.text(), logged.actor(), added.agencyCode(), logged.at(),
                            event.writing != Writing.OPEN, Triage.open(added.kind()), 0));
                }
                case BoardChange.HindsightOnProjector shown -> event.hindsightOnProjector = shown.shown();
                case BoardChange.PrivateWritingStarted started -> event.writing = started.untilStageEnds()
                        ? Writing.PRIVATE_FOR_STAGE : Writing.PRIVATE_UNTIL_REVEALED;
                case BoardChange.NotesRevealed revealed -> event.revealAll();
                case BoardChange.NoteAccepted accepted -> event.decide(accepted.noteId(), note -> note.with(
                        note.kind() == NoteKind.ADDITIONAL_EVENT ? note.triage().acceptedAsNewEntry(accepted.entryId())
                                : note.triage().acceptedAsCorrection(note.place())));
                case BoardChange.QueryAnswered answered -> event.decide(answered.noteId(),
                        note -> note.with(note.triage().answered(answered.answer())));
                case BoardChange.NotesMerged merged -> event.merge(merged.duplicateId(), merged.intoId());
                case BoardChange.NoteHidden hidden -> event.decide(hidden.noteId(),
                        note -> note.with(note.triage().hiddenByFacilitator()));
                case BoardChange.NoteUnhidden unhidden -> event.decide(unhidden.noteId(),
                        note -> note.with(note.triage().unhidden()));
            }
        }
    }

    /** Whether the projector shows hindsight notes (it does until a facilitator hides them). */
    boolean hindsightOnProjector(String logId) {
        EventNotes event = byLog.get(logId);
        if (event == null) {
            return true;
        }
        synchronized (event) {
            return event.hindsightOnProjector;
        }
    }

    PrivateWriting privateWriting(String logId) {
        EventNotes event = byLog.get(logId);
        if (event == null) {
            return PrivateWriting.OFF;
        }
        synchronized (event) {
            int waiting = (int) event.notes.values().stream().filter(StoredNote::privateNote).count();
            return new PrivateWriting(event.writing != Writing.OPEN, event.writing == Writing.PRIVATE_FOR_STAGE,
                    waiting);
        }
    }

    /** Every note of the event in the order added, with how many duplicates were merged into each. */
    List<StoredNote> notes(String logId) {
        EventNotes event = byLog.get(logId);
        if (event == null) {
            return List.of();
        }
        synchronized (event) {
            if (event.snapshot == null) {
                Map<String, Integer> merged = new HashMap<>();
                event.notes.values().forEach(note -> {
                    if (note.triage().mergedInto() != null) {
                        merged.merge(note.triage().mergedInto(), 1, Integer::sum);
                    }
                });
                List<StoredNote> copy = new ArrayList<>(event.notes.size());
                event.notes.values().forEach(note -> copy.add(note.withMergedCount(merged.getOrDefault(note.id(), 0))));
                event.snapshot = List.copyOf(copy);
            }
            return event.snapshot;
        }
    }

    Optional<StoredNote> note(String logId, String noteId) {
        return notes(logId).stream().filter(note -> note.id().equals(noteId)).findFirst();
    }

    /** The note {@code author} added from the draft named {@code submissionKey}, if one was. */
    Optional<StoredNote> submitted(String logId, String author, String submissionKey) {
        EventNotes event = byLog.get(logId);
        if (event == null) {
            return Optional.empty();
        }
        String noteId;
        synchronized (event) {
            noteId = event.submitted.get(new Submission(author, submissionKey));
        }
        return noteId == null ? Optional.empty() : note(logId, noteId);
    }

    /** The event was purged: nothing of it stays here. */
    @Override
    public void forget(String logId) {
        byLog.remove(logId);
    }
}
