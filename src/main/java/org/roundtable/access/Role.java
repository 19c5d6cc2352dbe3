package org.roundtable.access;

/** What an account may do across the installation. */
public enum Role {
    /** Manages accounts and reads the audit trail. */
    ADMINISTRATOR,
    /** Prepares and runs learning events. */
    FACILITATOR,
    /**
     * Keeps the running record of the learning events a facilitator assigned them to: sees every
     * contribution there, but does not run the room.
     */
    NOTE_TAKER
}
