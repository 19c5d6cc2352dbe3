package org.roundtable.event;

/**
 * What a family member wants the room to hear, gathered before the event.
 *
 * @param relationship who, by relationship to the child ("Mother", "Maternal grandmother"), never a name
 */
public record FamilyMessage(String relationship, String message) {
}
