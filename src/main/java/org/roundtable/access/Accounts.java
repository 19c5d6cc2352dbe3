package org.roundtable.access;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.roundtable.live.ChangeLog;
import org.roundtable.live.LoggedChange;
import org.roundtable.live.Projection;
import org.roundtable.shared.InvalidInput;
import org.roundtable.shared.NotAllowed;
import org.roundtable.shared.UserText;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/**
 * Facilitator, note-taker and administrator accounts. Kept in their own log, so they are durable and the
 * same on every node; passwords only as hashes.
 */
@Service
public class Accounts implements Projection, UserDetailsService {

    /** Shortest password we accept; long passphrases beat complexity rules. */
    public static final int MIN_PASSWORD_LENGTH = 12;

    private final ChangeLog changeLog;
    private final PasswordEncoder passwords;
    private final Map<String, AccountChange.AccountCreated> byUsername = new ConcurrentHashMap<>();

    Accounts(ChangeLog changeLog, PasswordEncoder passwords) {
        this.changeLog = changeLog;
        this.passwords = passwords;
    }

    public boolean noAccountYet() {
        return byUsername.isEmpty();
    }

    /**
     * Creates the first administrator (who is also a facilitator). Refused once any account
     * exists, so a setup link cannot be used twice.
     */
    public synchronized Caller.Account createFirstAdministrator(String username, String password) {
        if (!noAccountYet()) {
            throw new NotAllowed("The first administrator has already been created.");
        }
        return create(Caller.SYSTEM, username, password, Set.of(Role.ADMINISTRATOR, Role.FACILITATOR));
    }

    /** An administrator creates a facilitator account. */
    public Caller.Account createFacilitator(Caller caller, String username, String password) {
        if (!(caller instanceof Caller.Account account) || !account.has(Role.ADMINISTRATOR)) {
            throw new NotAllowed("Only an administrator can create accounts.");
        }
        return create(caller, username, password, Set.of(Role.FACILITATOR));
    }

    /**
     * A facilitator or an administrator creates a note-taker account, which a facilitator then
     * assigns to their event; the same rules for user names and passwords as for facilitators.
     */
    public Caller.Account createNoteTaker(Caller caller, String username, String password) {
        if (!(caller instanceof Caller.Account account)
                || !(account.has(Role.ADMINISTRATOR) || account.has(Role.FACILITATOR))) {
            throw new NotAllowed("Only a facilitator or an administrator can create a note-taker's account.");
        }
        return create(caller, username, password, Set.of(Role.NOTE_TAKER));
    }

    private Caller.Account create(Caller caller, String rawUsername, String password, Set<Role> roles) {
        String username = UserText.required(rawUsername, "The user name", 100).toLowerCase(Locale.ROOT);
        if (!username.matches("[a-z0-9._@-]{3,100}")) {
            throw new InvalidInput("A user name has 3 to 100 letters, digits or . _ @ -");
        }
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            throw new InvalidInput("A password needs at least " + MIN_PASSWORD_LENGTH + " characters.");
        }
        if (password.length() > 200) {
            throw new InvalidInput("A password has at most 200 characters.");
        }
        if (byUsername.containsKey(username)) {
            throw new InvalidInput("That user name is taken.");
        }
        var created = new AccountChange.AccountCreated(UUID.randomUUID().toString(), username,
                passwords.encode(password), roles);
        changeLog.append(AccountChange.LOG_ID, created, caller.actorId());
        return new Caller.Account(created.accountId(), username, roles);
    }

    /** The account signed in under {@code username}, as a caller. */
    public Optional<Caller.Account> byUsername(String username) {
        return Optional.ofNullable(byUsername.get(username.toLowerCase(Locale.ROOT)))
                .map(a -> new Caller.Account(a.accountId(), a.username(), a.roles()));
    }

    /** The user name of the account with {@code accountId}, if there is one. */
    public Optional<String> usernameOf(String accountId) {
        return byUsername.values().stream().filter(a -> a.accountId().equals(accountId))
                .map(AccountChange.AccountCreated::username).findFirst();
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        AccountChange.AccountCreated account = byUsername.get(username.toLowerCase(Locale.ROOT));
        if (account == null) {
            throw new UsernameNotFoundException("No such account");
        }
        return User.withUsername(account.username())
                .password(account.passwordHash())
                .authorities(account.roles().stream().map(r -> new SimpleGrantedAuthority("ROLE_" + r.name())).toList())
                .build();
    }

    @Override
    public void apply(LoggedChange change) {
        if (change.change() instanceof AccountChange.AccountCreated created) {
            byUsername.put(created.username(), created);
        }
    }
}
