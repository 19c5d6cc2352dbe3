package org.roundtable.access;

import org.roundtable.shared.Texts;

/**
 * What the audit trail records; each says in a few words what happened, in English and Welsh
 * ({@code access.audit-action.*}).
 */
public enum AuditAction {
    SIGNED_IN,
    SIGN_IN_FAILED,
    ACCOUNT_LOCKED,
    ACCOUNT_UNLOCKED,
    ACCOUNT_CREATED,
    SIGNED_OUT_EVERYWHERE,
    JOINED,
    JOIN_REFUSED,
    PARTICIPANT_REMOVED,
    RIGHTS_CHANGED,
    SETTING_CHANGED,
    MODERATED,
    EXPORTED,
    PURGED,
    AUDIT_EXPORTED;

    /** The action in English; screens and the audit trail's CSV use {@link Texts#label} in their language. */
    public String label() {
        return Texts.label(Texts.ENGLISH, this);
    }
}
