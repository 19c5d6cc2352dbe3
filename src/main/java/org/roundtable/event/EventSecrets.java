package org.roundtable.event;

/**
 * What only the event's facilitators see: the code people join with and the token of the
 * projector's read-only link.
 */
public record EventSecrets(String joinCode, String projectorToken) {

    /** The join code as people type it, {@code XXXX-XXXX}. */
    public String displayJoinCode() {
        return JoinCode.display(joinCode);
    }
}
