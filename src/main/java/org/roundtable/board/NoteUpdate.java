package org.roundtable.board;

import java.util.List;
import java.util.Set;

/**
 * What a screen shows differently since it last read the notes: the notes it now shows that
 * changed (new, edited by a decision, revealed), with their place in the order notes were added,
 * and the ids of notes that changed and it no longer shows (hidden, merged away). When
 * {@code everything} is set, {@code shown} is every note the screen shows and any other note it
 * shows must go.
 */
public record NoteUpdate(boolean everything, List<OrderedNote> shown, Set<String> gone) {

    /** A note and its place among the event's notes in the order they were added. */
    public record OrderedNote(Note note, int order) {
    }

    public NoteUpdate {
        shown = List.copyOf(shown);
        gone = Set.copyOf(gone);
    }

    /** Every note of a list, in its order: for screens that read the whole list. */
    public static NoteUpdate everything(List<Note> notes) {
        return new NoteUpdate(true, java.util.stream.IntStream.range(0, notes.size())
                .mapToObj(i -> new OrderedNote(notes.get(i), i)).toList(), Set.of());
    }
}
