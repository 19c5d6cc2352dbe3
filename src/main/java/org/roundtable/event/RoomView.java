package org.roundtable.event;

/**
 * What the projector shows, and what "bring everyone here" pulls the tablets to. Each agenda
 * stage has a default; the facilitator may show another at any time.
 */
public enum RoomView {
    ROOM_LIST, PRINCIPLES, OVERVIEW, TIMELINE, LIVED_EXPERIENCE, GROUPS, GROUP_FEEDBACK, LEARNING_WALL, EVALUATION,
    BREAK;

    /** The view a stage of {@code kind} starts with. */
    public static RoomView defaultFor(StageKind kind) {
        return switch (kind) {
            case INTRODUCTIONS -> ROOM_LIST;
            case PURPOSE_AND_PRINCIPLES -> PRINCIPLES;
            case CASE_OVERVIEW, OTHER -> OVERVIEW;
            case TIMELINE -> TIMELINE;
            case LIVED_EXPERIENCE -> LIVED_EXPERIENCE;
            case GROUP_ANALYSIS -> GROUPS;
            case GROUP_FEEDBACK -> GROUP_FEEDBACK;
            case LEARNING_THEMES -> LEARNING_WALL;
            case EVALUATION_AND_CLOSE -> EVALUATION;
            case BREAK -> BREAK;
        };
    }
}
