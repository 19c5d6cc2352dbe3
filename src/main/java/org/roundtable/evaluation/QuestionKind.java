package org.roundtable.evaluation;

/** How a question of the evaluation form is answered. */
public enum QuestionKind {
    /** A rating from 1 to 5 with a label at each end. */
    SCALE("Rating 1 to 5"),
    /** One of a few options. */
    SINGLE_CHOICE("One choice"),
    /** Any number of a few options. */
    MULTIPLE_CHOICE("Several choices"),
    /** Words in the person's own words. */
    FREE_TEXT("Free text");

    private final String label;

    QuestionKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether answers are counted per option (and drawn as bars) rather than listed. */
    public boolean counted() {
        return this != FREE_TEXT;
    }
}
