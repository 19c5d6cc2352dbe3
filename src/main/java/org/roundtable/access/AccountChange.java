package org.roundtable.access;

import java.time.Instant;
import java.util.Map;
import java.util.Set;

import org.roundtable.live.Change;
import org.roundtable.live.ChangeTypes;

/** Changes to the accounts log. */
sealed interface AccountChange extends Change {

    String LOG_ID = "accounts";

    ChangeTypes TYPES = new ChangeTypes(Map.of(
            "AccountCreated", AccountCreated.class,
            "AccountLocked", AccountLocked.class,
            "AccountUnlocked", AccountUnlocked.class,
            "SessionsRevoked", SessionsRevoked.class));

    /** An account was created; the password is stored only as a one-way hash. */
    record AccountCreated(String accountId, String username, String passwordHash, Set<Role> roles)
            implements AccountChange {
    }

    /** Too many failed sign-ins: every node refuses the account until {@code until}. */
    record AccountLocked(String accountId, Instant until) implements AccountChange {
    }

    /** An administrator lifted a lock early. */
    record AccountUnlocked(String accountId) implements AccountChange {
    }

    /** Every session of the account signed in before this change ends, on every node. */
    record SessionsRevoked(String accountId) implements AccountChange {
    }
}
