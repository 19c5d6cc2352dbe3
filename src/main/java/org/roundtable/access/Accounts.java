package org.roundtable.access;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
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
 * same on every node; passwords only as hashes. Locks and "sign out everywhere" go through the same log,
 * so every node refuses a locked account and ends a revoked account's sessions.
 */
@Service
public class Accounts implements Projection, UserDetailsService {

    /** Shortest password we accept; long passphrases beat complexity rules. */
    public static final int MIN_PASSWORD_LENGTH = 12;
    /** Longest password we accept. */
    public static final int MAX_PASSWORD_LENGTH = 200;

    /** What the log says about one account. */
    private record State(AccountChange.AccountCreated created, Instant createdAt, @Nullable Instant lockedUntil,
            @Nullable Instant revokedAt) {

        State with(@Nullable Instant locked, @Nullable Instant revoked) {
            return new State(created, createdAt, locked, revoked);
        }
    }

    private final ChangeLog changeLog;
    private final PasswordEncoder passwords;
    private final AuditTrail audit;
    private final SignedInSessions sessions;
    private final Clock clock = Clock.systemUTC();
    private final Map<String, State> byUsername = new ConcurrentHashMap<>();
    private final Map<String, String> usernameById = new ConcurrentHashMap<>();

    Accounts(ChangeLog changeLog, PasswordEncoder passwords, AuditTrail audit, SignedInSessions sessions) {
        this.changeLog = changeLog;
        this.passwords = passwords;
        this.audit = audit;
        this.sessions = sessions;
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
            throw refused("access.refused.first-administrator-exists");
        }
        return create(Caller.SYSTEM, username, password, Set.of(Role.ADMINISTRATOR, Role.FACILITATOR));
    }

    /** An administrator creates a facilitator account. */
    public Caller.Account createFacilitator(Caller caller, String username, String password) {
        administrator(caller, "access.refused.only-administrator-creates");
        return create(caller, username, password, Set.of(Role.FACILITATOR));
    }

    /**
     * A facilitator or an administrator creates a note-taker account, which a facilitator then
     * assigns to their event; the same rules for user names and passwords as for facilitators.
     */
    public Caller.Account createNoteTaker(Caller caller, String username, String password) {
        if (!(caller instanceof Caller.Account account)
                || !(account.has(Role.ADMINISTRATOR) || account.has(Role.FACILITATOR))) {
            throw refused("access.refused.only-facilitator-creates-note-taker");
        }
        return create(caller, username, password, Set.of(Role.NOTE_TAKER));
    }

    private Caller.Account create(Caller caller, String rawUsername, String password, Set<Role> roles) {
        String username = UserText.required(rawUsername, "access.field.username", 100).toLowerCase(Locale.ROOT);
        if (!username.matches("[a-z0-9._@-]{3,100}")) {
            throw InvalidInput.because("access.refused.username-form");
        }
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            throw InvalidInput.because("access.refused.password-too-short", MIN_PASSWORD_LENGTH);
        }
        if (password.length() > MAX_PASSWORD_LENGTH) {
            throw InvalidInput.because("access.refused.password-too-long", MAX_PASSWORD_LENGTH);
        }
        if (byUsername.containsKey(username)) {
            throw InvalidInput.because("access.refused.username-taken");
        }
        var created = new AccountChange.AccountCreated(UUID.randomUUID().toString(), username,
                passwords.encode(password), roles);
        changeLog.append(AccountChange.LOG_ID, created, caller.actorId());
        audit.record(caller, AuditAction.ACCOUNT_CREATED, null, username + " as " + roleNames(roles));
        return new Caller.Account(created.accountId(), username, roles);
    }

    /** Every account, by user name, for an administrator; no password hashes. */
    public List<AccountSummary> list(Caller caller) {
        administrator(caller, "access.refused.only-administrator-lists");
        Instant now = clock.instant();
        return byUsername.values().stream()
                .map(s -> new AccountSummary(s.created().accountId(), s.created().username(), s.created().roles(),
                        lockedAt(s, now), s.createdAt()))
                .sorted(Comparator.comparing(AccountSummary::username))
                .toList();
    }

    /** An administrator lifts the lock on {@code username} before it runs out. */
    public void unlock(Caller caller, String username) {
        administrator(caller, "access.refused.only-administrator-unlocks");
        State state = existing(username);
        changeLog.append(AccountChange.LOG_ID, new AccountChange.AccountUnlocked(state.created().accountId()),
                caller.actorId());
        audit.record(caller, AuditAction.ACCOUNT_UNLOCKED, null, state.created().username());
    }

    /**
     * Ends every session of {@code username} on every node, this one included: the account holder
     * for themselves, or an administrator for anyone.
     */
    public void signOutEverywhere(Caller caller, String username) {
        boolean self = caller instanceof Caller.Account account && account.username().equalsIgnoreCase(username);
        if (!self) {
            administrator(caller, "access.refused.only-administrator-signs-out-others");
        }
        State state = existing(username);
        changeLog.append(AccountChange.LOG_ID, new AccountChange.SessionsRevoked(state.created().accountId()),
                caller.actorId());
        audit.record(caller, AuditAction.SIGNED_OUT_EVERYWHERE, null, self ? "own sessions"
                : "sessions of " + state.created().username());
    }

    /** Until when sign-ins to {@code username} are refused; empty when it is not locked now. */
    public Optional<Instant> lockedUntil(String username) {
        State state = byUsername.get(username.toLowerCase(Locale.ROOT));
        return state == null ? Optional.empty() : Optional.ofNullable(lockedAt(state, clock.instant()));
    }

    /** Locks an account after too many failed sign-ins; every node refuses it until {@code until}. */
    void lock(String username, Instant until) {
        State state = existing(username);
        changeLog.append(AccountChange.LOG_ID, new AccountChange.AccountLocked(state.created().accountId(), until),
                Caller.SYSTEM.actorId());
    }

    /** When the account last signed out everywhere; sessions signed in before then are over. */
    Optional<Instant> revokedAt(String accountId) {
        String username = usernameById.get(accountId);
        return username == null ? Optional.empty() : Optional.ofNullable(byUsername.get(username).revokedAt());
    }

    private static @Nullable Instant lockedAt(State state, Instant now) {
        return state.lockedUntil() != null && now.isBefore(state.lockedUntil()) ? state.lockedUntil() : null;
    }

    private State existing(String username) {
        State state = byUsername.get(username.toLowerCase(Locale.ROOT));
        if (state == null) {
            throw InvalidInput.because("access.refused.no-such-account", UserText.clean(username));
        }
        return state;
    }

    private static void administrator(Caller caller, String refusalKey) {
        if (!(caller instanceof Caller.Account account) || !account.has(Role.ADMINISTRATOR)) {
            throw refused(refusalKey);
        }
    }

    /**
     * A refusal for someone without the right: its text from the bundles, in English, as a
     * {@link NotAllowed} carries no language; screens say it in the person's own words.
     */
    static NotAllowed refused(String key) {
        return NotAllowed.because(key);
    }

    private static String roleNames(Set<Role> roles) {
        return roles.stream().map(r -> r.name().toLowerCase(Locale.ROOT).replace('_', '-')).sorted()
                .collect(Collectors.joining(" and "));
    }

    /** The account signed in under {@code username}, as a caller. */
    public Optional<Caller.Account> byUsername(String username) {
        return Optional.ofNullable(byUsername.get(username.toLowerCase(Locale.ROOT)))
                .map(s -> new Caller.Account(s.created().accountId(), s.created().username(), s.created().roles()));
    }

    /** The user name of the account with {@code accountId}, if there is one. */
    public Optional<String> usernameOf(String accountId) {
        return Optional.ofNullable(usernameById.get(accountId));
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        State state = byUsername.get(username.toLowerCase(Locale.ROOT));
        if (state == null) {
            throw new UsernameNotFoundException("No such account");
        }
        AccountChange.AccountCreated account = state.created();
        return User.withUsername(account.username())
                .password(account.passwordHash())
                .authorities(account.roles().stream().map(r -> new SimpleGrantedAuthority("ROLE_" + r.name())).toList())
                // Spring Security refuses a locked account before it checks the password
                .accountLocked(lockedAt(state, clock.instant()) != null)
                .build();
    }

    @Override
    public void apply(LoggedChange change) {
        switch (change.change()) {
            case AccountChange.AccountCreated created -> {
                byUsername.put(created.username(), new State(created, change.at(), null, null));
                usernameById.put(created.accountId(), created.username());
            }
            case AccountChange.AccountLocked locked ->
                    update(locked.accountId(), s -> s.with(locked.until(), s.revokedAt()));
            case AccountChange.AccountUnlocked unlocked ->
                    update(unlocked.accountId(), s -> s.with(null, s.revokedAt()));
            case AccountChange.SessionsRevoked revoked -> {
                update(revoked.accountId(), s -> s.with(s.lockedUntil(), change.at()));
                sessions.endSessionsOf(revoked.accountId(), change.at());
            }
            default -> {
            }
        }
    }

    private void update(String accountId, UnaryOperator<State> how) {
        String username = usernameById.get(accountId);
        if (username != null) {
            byUsername.computeIfPresent(username, (u, s) -> how.apply(s));
        }
    }
}
