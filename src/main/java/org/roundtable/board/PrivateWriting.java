package org.roundtable.board;

/**
 * Whether the room is writing privately: new notes are seen only by their author and the
 * event's facilitators until a facilitator reveals them all at once.
 *
 * @param on              private writing is on
 * @param untilStageEnds  it ends with a reveal when the room moves to another stage
 * @param waiting         how many private notes wait to be revealed (a count only, never their text)
 */
public record PrivateWriting(boolean on, boolean untilStageEnds, int waiting) {

    public static final PrivateWriting OFF = new PrivateWriting(false, false, 0);
}
