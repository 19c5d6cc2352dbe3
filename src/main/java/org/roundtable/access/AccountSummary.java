package org.roundtable.access;

import java.time.Instant;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * An account as an administrator sees it: never its password hash.
 *
 * @param accountId   the opaque id
 * @param username    what the person signs in with
 * @param roles       what the account may do
 * @param lockedUntil until when sign-ins are refused after too many failures; null when not locked
 * @param created     when the account was created
 */
public record AccountSummary(String accountId, String username, Set<Role> roles, @Nullable Instant lockedUntil,
        Instant created) {

    public AccountSummary {
        roles = Set.copyOf(roles);
    }
}
