package org.roundtable.access;

/** What an account may do across the installation. */
public enum Role {
    /** Manages accounts and reads the audit trail. */
    ADMINISTRATOR,
    /** Prepares and runs learning events. */
    FACILITATOR
}
