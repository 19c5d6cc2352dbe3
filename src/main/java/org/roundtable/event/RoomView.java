package org.roundtable.event;

/**
 * What the projector shows, and what "bring everyone here" pulls the tablets to. Each agenda
 * stage has a default; the facilitator may show another at any time.
 */
public enum RoomView {
    ROOM_LIST("Who is here"),
    PRINCIPLES("Working principles"),
    OVERVIEW("Overview of the case"),
    TIMELINE("The merged timeline"),
    LIVED_EXPERIENCE("The child's lived experience"),
    GROUPS("Breakout groups"),
    GROUP_FEEDBACK("Feedback from the groups"),
    LEARNING_WALL("The learning wall"),
    FACTOR_SUMMARY("The factors found, by agency"),
    EVALUATION("Evaluation"),
    BREAK("Break");

    private final String label;

    RoomView(String label) {
        this.label = label;
    }

    /** In plain words, as the facilitator chooses it. */
    public String label() {
        return label;
    }

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
