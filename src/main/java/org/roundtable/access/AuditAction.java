package org.roundtable.access;

/** What the audit trail records; each says in a few words what happened. */
public enum AuditAction {
    SIGNED_IN("Signed in"),
    SIGN_IN_FAILED("Sign-in failed"),
    ACCOUNT_LOCKED("Account locked"),
    ACCOUNT_UNLOCKED("Account unlocked"),
    ACCOUNT_CREATED("Account created"),
    SIGNED_OUT_EVERYWHERE("Signed out everywhere"),
    JOINED("Joined an event"),
    JOIN_REFUSED("Join refused"),
    PARTICIPANT_REMOVED("Participant removed"),
    RIGHTS_CHANGED("Rights changed"),
    SETTING_CHANGED("Setting changed"),
    MODERATED("Moderated"),
    EXPORTED("Exported"),
    PURGED("Purged"),
    AUDIT_EXPORTED("Audit trail exported");

    private final String label;

    AuditAction(String label) {
        this.label = label;
    }

    /** The action as an administrator reads it. */
    public String label() {
        return label;
    }
}
