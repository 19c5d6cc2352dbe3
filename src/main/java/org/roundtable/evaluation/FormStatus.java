package org.roundtable.evaluation;

/** Where the evaluation form of an event stands. */
public enum FormStatus {
    /** Being prepared: the facilitator may change the questions; participants see a waiting line. */
    NOT_OPEN,
    /** Participants fill it in; the questions no longer change. */
    OPEN,
    /** No more answers are taken. */
    CLOSED
}
