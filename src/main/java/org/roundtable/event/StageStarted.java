package org.roundtable.event;

/**
 * The facilitator moved the room to agenda stage {@code index}. Public so that other features'
 * read models can react in log order (private writing that lasts for a stage ends with it).
 */
public record StageStarted(int index, String title, StageKind kind, int plannedMinutes) implements RoomChange {
}
