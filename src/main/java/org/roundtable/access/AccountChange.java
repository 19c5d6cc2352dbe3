package org.roundtable.access;

import java.util.Map;
import java.util.Set;

import org.roundtable.live.Change;
import org.roundtable.live.ChangeTypes;

/** Changes to the accounts log. */
sealed interface AccountChange extends Change {

    String LOG_ID = "accounts";

    ChangeTypes TYPES = new ChangeTypes(Map.of("AccountCreated", AccountCreated.class));

    /** An account was created; the password is stored only as a one-way hash. */
    record AccountCreated(String accountId, String username, String passwordHash, Set<Role> roles)
            implements AccountChange {
    }
}
