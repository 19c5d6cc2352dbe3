package org.roundtable.event;

/**
 * How the room shows who contributed what. Whatever is chosen, no participant's name is ever
 * shown on a participant's or the projector's screen, nor attached to anything exported.
 *
 * @param anonymousContributions participants and the projector see "Anonymous" instead of the
 *                               author's agency (facilitators still see the agency, for triage)
 * @param facilitatorsSeeNames   the event's facilitators see the name a participant gave, next to
 *                               their contributions and in the room list
 * @param namesInRoomList        the room list of introductions shows the names people gave
 */
public record RoomSettings(boolean anonymousContributions, boolean facilitatorsSeeNames, boolean namesInRoomList) {

    /** Agencies shown, names shown to nobody. */
    public static final RoomSettings DEFAULT = new RoomSettings(false, false, false);
}
