package org.roundtable.access;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends an account's session {@code roundtable.access.session-max-age} after it signed in, however
 * busy it has been, and refuses a session that signed in before its account signed out
 * everywhere (so a node that missed the moment still refuses it). Runs after Spring Security on
 * every request, Vaadin's heartbeats included. Participants and projectors have no account and
 * pass untouched.
 */
@Component
class SessionLimits extends OncePerRequestFilter {

    private final Accounts accounts;
    private final SignedInSessions sessions;
    private final AccessProperties properties;
    private final Clock clock;

    @Autowired
    SessionLimits(Accounts accounts, SignedInSessions sessions, AccessProperties properties) {
        this(accounts, sessions, properties, Clock.systemUTC());
    }

    SessionLimits(Accounts accounts, SignedInSessions sessions, AccessProperties properties, Clock clock) {
        this.accounts = accounts;
        this.sessions = sessions;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Whether a session of {@code accountId} that signed in at {@code signedInAt} is over: too
     * old, or signed out everywhere since.
     */
    boolean isOver(String accountId, Instant signedInAt) {
        if (!clock.instant().isBefore(signedInAt.plus(properties.sessionMaxAge()))) {
            return true;
        }
        return accounts.revokedAt(accountId).filter(revoked -> !signedInAt.isAfter(revoked)).isPresent();
    }

    /** Stamps a session that has just signed in, so its age and revocations can be judged. */
    void signedIn(String accountId, HttpSession session) {
        session.setAttribute(SignedInSessions.ACCOUNT, accountId);
        session.setAttribute(SignedInSessions.SIGNED_IN_AT, clock.instant());
        sessions.register(accountId, session);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        HttpSession session = request.getSession(false);
        if (session == null || authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            chain.doFilter(request, response);
            return;
        }
        var account = accounts.byUsername(authentication.getName());
        if (account.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        String accountId = account.get().accountId();
        Instant signedInAt = SignedInSessions.signedInAt(session);
        if (signedInAt == null || !accountId.equals(session.getAttribute(SignedInSessions.ACCOUNT))) {
            // signed in through a way the sign-in listener did not see: it starts now
            signedIn(accountId, session);
        } else if (isOver(accountId, signedInAt)) {
            session.invalidate();
            SecurityContextHolder.clearContext();
            if (request.getQueryString() != null && request.getQueryString().contains("v-r=")) {
                // Vaadin's own requests find no session and the page reloads to the sign-in
                chain.doFilter(request, response);
            } else {
                response.sendRedirect(request.getContextPath() + "/login");
            }
            return;
        } else {
            sessions.register(accountId, session);
        }
        chain.doFilter(request, response);
    }
}
