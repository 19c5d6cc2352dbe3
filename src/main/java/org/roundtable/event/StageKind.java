package org.roundtable.event;

/**
 * What happens in an agenda stage. Later features use it to decide what every screen shows while
 * the stage runs, so the names are stable.
 */
public enum StageKind {
    INTRODUCTIONS("Introductions"),
    PURPOSE_AND_PRINCIPLES("Purpose of the day and working principles"),
    CASE_OVERVIEW("Overview of the case and terms of reference"),
    TIMELINE("Factual information (timeline)"),
    LIVED_EXPERIENCE("Lived experience of the child"),
    GROUP_ANALYSIS("Analysis in groups on key themes"),
    GROUP_FEEDBACK("Feedback from groups"),
    LEARNING_THEMES("Learning themes"),
    EVALUATION_AND_CLOSE("Evaluation and close"),
    BREAK("Break"),
    OTHER("Other");

    private final String label;

    StageKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
