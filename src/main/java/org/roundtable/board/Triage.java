package org.roundtable.board;

import org.jspecify.annotations.Nullable;
import org.roundtable.shared.InvalidInput;

/**
 * Where a note stands in the facilitator's triage, and the rules of what may happen to it next.
 * The service checks a decision with these rules before it is logged, and the read model applies
 * logged decisions with the same rules, so a decision that lost a race is ignored the same way
 * on every node.
 *
 * @param kind       the note's kind, which decides what it can become
 * @param outcome    open, accepted, answered or merged
 * @param answer     the facilitator's answer to a query
 * @param entryId    the timeline entry it was accepted as or onto
 * @param mergedInto the note it was merged into (never itself merged: merges do not chain)
 * @param hidden     hidden by the facilitator: off participants' and the projector's screens, recoverable
 */
public record Triage(NoteKind kind, NoteOutcome outcome, @Nullable String answer, @Nullable String entryId,
        @Nullable String mergedInto, boolean hidden) {

    public static final int MAX_ANSWER_LENGTH = 2_000;

    /** A note nobody has decided on yet. */
    public static Triage open(NoteKind kind) {
        return new Triage(kind, NoteOutcome.OPEN, null, null, null, false);
    }

    /** Whether notes of this kind ask the facilitator for a decision (additional events, corrections, queries). */
    public static boolean asksForDecision(NoteKind kind) {
        return kind == NoteKind.ADDITIONAL_EVENT || kind == NoteKind.CORRECTION || kind == NoteKind.QUERY;
    }

    /** Whether the note waits in the triage queue: a kind that asks for a decision, still open and not hidden. */
    public boolean needsDecision() {
        return asksForDecision(kind) && outcome == NoteOutcome.OPEN && !hidden;
    }

    public boolean merged() {
        return outcome == NoteOutcome.MERGED;
    }

    /** An additional event becomes a new timeline entry. */
    public Triage acceptedAsNewEntry(String newEntryId) {
        checkAcceptableAsNewEntry();
        return new Triage(kind, NoteOutcome.ACCEPTED, answer, newEntryId, null, false);
    }

    /** Throws {@link InvalidInput} unless this note can become a new timeline entry now. */
    public void checkAcceptableAsNewEntry() {
        if (kind != NoteKind.ADDITIONAL_EVENT) {
            throw InvalidInput.because("board.refused.accept-additional-only");
        }
        checkCanBeAccepted();
    }

    /** A correction is accepted onto the entry it is on. */
    public Triage acceptedAsCorrection(NotePlace place) {
        if (kind != NoteKind.CORRECTION) {
            throw InvalidInput.because("board.refused.correct-correction-only");
        }
        String corrected = entryToCorrect(place);
        checkCanBeAccepted();
        return new Triage(kind, NoteOutcome.ACCEPTED, answer, corrected, null, false);
    }

    /** The entry a correction at {@code place} corrects: only a correction on an entry has one. */
    public static String entryToCorrect(NotePlace place) {
        if (place.kind() != NotePlace.Kind.ON_ENTRY || place.entryId() == null) {
            throw InvalidInput.because("board.refused.correction-in-gap");
        }
        return place.entryId();
    }

    /** A query gets its answer; an answered query can be answered again (the new answer replaces the old). */
    public Triage answered(String text) {
        if (kind != NoteKind.QUERY) {
            throw InvalidInput.because("board.refused.answer-query-only");
        }
        checkOnTheBoard();
        return new Triage(kind, NoteOutcome.ANSWERED, text, entryId, null, false);
    }

    /**
     * This note, a duplicate, is merged into {@code target}. A note is never merged into itself,
     * nor into a note that was itself merged, so merges never chain or loop.
     */
    public Triage mergedInto(String selfId, String targetId, Triage target) {
        if (selfId.equals(targetId)) {
            throw InvalidInput.because("board.refused.merge-into-itself");
        }
        if (merged()) {
            throw InvalidInput.because("board.refused.already-merged");
        }
        if (outcome == NoteOutcome.ACCEPTED) {
            throw InvalidInput.because("board.refused.accepted-not-merged");
        }
        if (target.merged()) {
            throw InvalidInput.because("board.refused.target-merged");
        }
        if (target.hidden()) {
            throw InvalidInput.because("board.refused.target-hidden");
        }
        return new Triage(kind, NoteOutcome.MERGED, answer, entryId, targetId, hidden);
    }

    /** The same merge, pointing at {@code targetId}: notes merged into a note that is merged follow it. */
    Triage repointedTo(String targetId) {
        return new Triage(kind, outcome, answer, entryId, targetId, hidden);
    }

    /** Hidden from the room (soft: it can be unhidden). */
    public Triage hiddenByFacilitator() {
        if (hidden) {
            throw InvalidInput.because("board.refused.already-hidden");
        }
        return new Triage(kind, outcome, answer, entryId, mergedInto, true);
    }

    public Triage unhidden() {
        if (!hidden) {
            throw InvalidInput.because("board.refused.not-hidden");
        }
        return new Triage(kind, outcome, answer, entryId, mergedInto, false);
    }

    private void checkCanBeAccepted() {
        checkOnTheBoard();
        if (outcome == NoteOutcome.ACCEPTED) {
            throw InvalidInput.because("board.refused.already-accepted");
        }
    }

    private void checkOnTheBoard() {
        if (hidden) {
            throw InvalidInput.because("board.refused.hidden");
        }
        if (merged()) {
            throw InvalidInput.because("board.refused.merged");
        }
    }
}
