package org.roundtable.board;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

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

    /**
     * Where a reader of an event's notes got to: the event's notes as this node built them
     * (a purge and a new start make new ones) and how far through their journal.
     */
    record Mark(long generation, int read) {
        static final Mark NOTHING = new Mark(0, 0);
    }

    /** A note with its place among the event's notes in the order they were added. */
    record Ordered(StoredNote note, int order) {
    }

    /**
     * What changed since a reader's mark: the notes changed since, each as it stands now, or
     * {@code everything} with every note when the reader must read it all again.
     */
    record Changes(Mark mark, boolean everything, List<Ordered> notes) {
    }

    private static final AtomicLong GENERATIONS = new AtomicLong();

    /** One event's notes; the immutable copy every screen reads is made at most once per change. */
    private static final class EventNotes {
        final long generation = GENERATIONS.incrementAndGet();
        final Map<String, StoredNote> notes = new LinkedHashMap<>();
        /**
         * The id of every note each change touched, in log order: a screen reads only what changed
         * since it last read. An empty id marks a change that touched what everyone reads (readers from
         * before it read everything again).
         */
        final List<String> journal = new ArrayList<>();
        int everythingFrom;
        /** The note each (author, submission key) pair first added: later ones are retries. */
        final Map<Submission, String> submitted = new HashMap<>();
        boolean hindsightOnProjector = true;
        Writing writing = Writing.OPEN;
        @Nullable List<StoredNote> snapshot;
        /** Each note's place in the snapshot, which is also its place in the order notes were added. */
        Map<String, Integer> order = Map.of();
        int privateWaiting;

        void changed(String noteId) {
            journal.add(noteId);
        }

        void changedForEveryone() {
            journal.add("");
            everythingFrom = journal.size();
        }

        void revealAll() {
            notes.replaceAll((id, note) -> note.privateNote() ? note.revealed() : note);
            writing = Writing.OPEN;
            changedForEveryone();
        }

        /** Applies a facilitator's decision by the same rules the service checked; a stale one is ignored. */
        void decide(String noteId, java.util.function.UnaryOperator<StoredNote> decision) {
            StoredNote note = notes.get(noteId);
            if (note == null) {
                return;
            }
            try {
                notes.put(noteId, decision.apply(note));
                changed(noteId);
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
            notes.replaceAll((id, note) -> {
                if (!duplicateId.equals(note.triage().mergedInto())) {
                    return note;
                }
                changed(id);
                return note.with(note.triage().repointedTo(intoId));
            });
            // The count of notes merged in changes on both.
            changed(duplicateId);
            changed(intoId);
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
                    event.changed(added.noteId());
                }
                case BoardChange.HindsightOnProjector shown -> {
                    event.hindsightOnProjector = shown.shown();
                    event.changedForEveryone();
                }
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
            snapshot(event);
            return new PrivateWriting(event.writing != Writing.OPEN, event.writing == Writing.PRIVATE_FOR_STAGE,
                    event.privateWaiting);
        }
    }

    /** Every note of the event in the order added, with how many duplicates were merged into each. */
    List<StoredNote> notes(String logId) {
        EventNotes event = byLog.get(logId);
        if (event == null) {
            return List.of();
        }
        synchronized (event) {
            return snapshot(event);
        }
    }

    /**
     * The notes changed since {@code since}, as they stand now; everything when the reader has never
     * read, read another generation of the event's notes, or missed a change everyone must re-read.
     */
    Changes changesSince(String logId, @Nullable Mark since) {
        EventNotes event = byLog.get(logId);
        if (event == null) {
            return new Changes(Mark.NOTHING, true, List.of());
        }
        synchronized (event) {
            List<StoredNote> all = snapshot(event);
            int size = event.journal.size();
            Mark now = new Mark(event.generation, size);
            boolean everything = since == null || since.generation() != event.generation
                    || since.read() < event.everythingFrom || since.read() > size
                    // More changes than notes: reading every note is as quick.
                    || size - since.read() > all.size();
            List<Ordered> notes = new ArrayList<>();
            if (everything) {
                for (int i = 0; i < all.size(); i++) {
                    notes.add(new Ordered(all.get(i), i));
                }
            } else {
                Set<String> seen = new HashSet<>();
                for (String id : event.journal.subList(since.read(), size)) {
                    Integer order = event.order.get(id);
                    if (order != null && seen.add(id)) {
                        notes.add(new Ordered(all.get(order), order));
                    }
                }
            }
            return new Changes(now, everything, List.copyOf(notes));
        }
    }

    /** The immutable copy of an event's notes, made once per change; call it holding the event's lock. */
    private static List<StoredNote> snapshot(EventNotes event) {
        if (event.snapshot == null) {
            Map<String, Integer> merged = new HashMap<>();
            event.notes.values().forEach(note -> {
                if (note.triage().mergedInto() != null) {
                    merged.merge(note.triage().mergedInto(), 1, Integer::sum);
                }
            });
            List<StoredNote> copy = new ArrayList<>(event.notes.size());
            Map<String, Integer> order = HashMap.newHashMap(event.notes.size());
            int waiting = 0;
            for (StoredNote note : event.notes.values()) {
                order.put(note.id(), copy.size());
                copy.add(note.withMergedCount(merged.getOrDefault(note.id(), 0)));
                waiting += note.privateNote() ? 1 : 0;
            }
            event.snapshot = List.copyOf(copy);
            event.order = order;
            event.privateWaiting = waiting;
        }
        return event.snapshot;
    }

    Optional<StoredNote> note(String logId, String noteId) {
        EventNotes event = byLog.get(logId);
        if (event == null) {
            return Optional.empty();
        }
        synchronized (event) {
            List<StoredNote> all = snapshot(event);
            Integer order = event.order.get(noteId);
            return order == null ? Optional.empty() : Optional.of(all.get(order));
        }
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
