package org.roundtable.evaluation;

import org.roundtable.shared.Texts;

/** How a question of the evaluation form is answered; its name in {@code evaluation.question-kind.*}. */
public enum QuestionKind {
    /** A rating from 1 to 5 with a label at each end. */
    SCALE,
    /** One of a few options. */
    SINGLE_CHOICE,
    /** Any number of a few options. */
    MULTIPLE_CHOICE,
    /** Words in the person's own words. */
    FREE_TEXT;

    /** The kind in English, as the results file has it; screens use {@link Texts#label}. */
    public String label() {
        return Texts.label(Texts.ENGLISH, this);
    }

    /** Whether answers are counted per option (and drawn as bars) rather than listed. */
    public boolean counted() {
        return this != FREE_TEXT;
    }
}
