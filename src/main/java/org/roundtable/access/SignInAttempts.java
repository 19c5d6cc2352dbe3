package org.roundtable.access;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.http.HttpSession;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Follows every sign-in: records successes and failures in the audit trail, and locks an account
 * after {@code roundtable.access.max-failures} failed sign-ins within the failure window. Failures
 * are counted in this node's memory; the lock itself goes into the accounts log, so every node
 * refuses the account.
 */
@Component
class SignInAttempts {

    /** Session attribute set when this browser's failed sign-in locked the account. */
    static final String LOCKED_NOW = SignInAttempts.class.getName() + ".lockedNow";

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm 'UTC'", Locale.UK)
            .withZone(ZoneOffset.UTC);

    private final Accounts accounts;
    private final AuditTrail audit;
    private final AccessProperties properties;
    private final SessionLimits limits;
    private final Clock clock;
    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    @Autowired
    SignInAttempts(Accounts accounts, AuditTrail audit, AccessProperties properties, SessionLimits limits) {
        this(accounts, audit, properties, limits, Clock.systemUTC());
    }

    SignInAttempts(Accounts accounts, AuditTrail audit, AccessProperties properties, SessionLimits limits,
            Clock clock) {
        this.accounts = accounts;
        this.audit = audit;
        this.properties = properties;
        this.limits = limits;
        this.clock = clock;
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent success) {
        Authentication authentication = success.getAuthentication();
        accounts.byUsername(authentication.getName()).ifPresent(account -> {
            failures.remove(account.username());
            audit.record(account, AuditAction.SIGNED_IN, null, from(authentication));
            HttpSession session = currentSession();
            if (session != null) {
                limits.signedIn(account.accountId(), session);
            }
        });
    }

    @EventListener
    void failed(AbstractAuthenticationFailureEvent failure) {
        Authentication attempt = failure.getAuthentication();
        String typed = attempt.getName() == null ? "" : attempt.getName();
        var account = accounts.byUsername(typed);
        if (account.isEmpty()) {
            audit.recordUnknown(typed, AuditAction.SIGN_IN_FAILED, null, "no such account, " + from(attempt));
            return;
        }
        String username = account.get().username();
        if (failure.getException() instanceof LockedException) {
            audit.recordUnknown(username, AuditAction.SIGN_IN_FAILED, null, "account locked, " + from(attempt));
            return;
        }
        audit.recordUnknown(username, AuditAction.SIGN_IN_FAILED, null, "wrong password, " + from(attempt));
        if (tooMany(username)) {
            Instant until = clock.instant().plus(properties.lockDuration());
            accounts.lock(username, until);
            audit.record(Caller.SYSTEM, AuditAction.ACCOUNT_LOCKED, null, username + " until " + TIME.format(until)
                    + " after " + properties.maxFailures() + " failed sign-ins");
            HttpSession session = currentSession();
            if (session != null) {
                session.setAttribute(LOCKED_NOW, Boolean.TRUE);
            }
        }
    }

    /** Counts one more failure; true (and the count starts again) when it reaches the limit. */
    private boolean tooMany(String username) {
        Instant now = clock.instant();
        Instant since = now.minus(properties.failureWindow());
        boolean[] reached = {false};
        failures.compute(username, (name, recent) -> {
            Deque<Instant> kept = recent == null ? new ArrayDeque<>() : recent;
            kept.removeIf(at -> !at.isAfter(since));
            kept.addLast(now);
            if (kept.size() >= properties.maxFailures()) {
                reached[0] = true;
                return null;
            }
            return kept;
        });
        return reached[0];
    }

    private static String from(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails web && web.getRemoteAddress() != null
                ? "from " + web.getRemoteAddress() : "not over the web";
    }

    private static @Nullable HttpSession currentSession() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes servlet
                ? servlet.getRequest().getSession(true) : null;
    }
}
