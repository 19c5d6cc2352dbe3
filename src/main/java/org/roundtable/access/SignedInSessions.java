package org.roundtable.access;

import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * This node's signed-in browser sessions, by account, so that "sign out everywhere" can end them.
 * Sessions are kept on the node that serves them; each node ends its own when it applies the
 * revocation from the accounts log.
 */
@Component
class SignedInSessions implements HttpSessionListener {

    /** Session attribute: the account id the session signed in as. */
    static final String ACCOUNT = SignedInSessions.class.getName() + ".account";
    /** Session attribute: when the session signed in, an {@link Instant}. */
    static final String SIGNED_IN_AT = SignedInSessions.class.getName() + ".signedInAt";

    private final Map<String, Set<HttpSession>> byAccount = new ConcurrentHashMap<>();

    /** Remembers that {@code session} is signed in as {@code accountId}. */
    void register(String accountId, HttpSession session) {
        byAccount.computeIfAbsent(accountId, id -> ConcurrentHashMap.newKeySet()).add(session);
    }

    /** When {@code session} signed in, if it was stamped. */
    static @Nullable Instant signedInAt(HttpSession session) {
        return session.getAttribute(SIGNED_IN_AT) instanceof Instant at ? at : null;
    }

    /**
     * Ends every session of {@code accountId} on this node that signed in at or before
     * {@code revokedAt}: each of its screens is sent to the sign-in page, then the session is
     * invalidated. Does not wait, as it runs while the log is applied.
     */
    void endSessionsOf(String accountId, Instant revokedAt) {
        for (HttpSession session : byAccount.getOrDefault(accountId, Set.of())) {
            Instant signedIn = signedInAt(session);
            if (signedIn == null || !signedIn.isAfter(revokedAt)) {
                end(session);
            }
        }
    }

    /** Sends the session's screens to the sign-in page, then ends the session. */
    void end(HttpSession session) {
        try {
            forget(session);
            for (String name : Collections.list(session.getAttributeNames())) {
                if (session.getAttribute(name) instanceof VaadinSession vaadin) {
                    vaadin.access(() -> vaadin.getUIs().forEach(ui -> ui.getPage().setLocation("login")));
                }
            }
        } catch (IllegalStateException alreadyInvalid) {
            return;
        }
        // a moment for the push that moves the screens; requests after it are refused anyway
        CompletableFuture.delayedExecutor(1, TimeUnit.SECONDS).execute(() -> invalidate(session));
    }

    private static void invalidate(HttpSession session) {
        try {
            session.invalidate();
        } catch (IllegalStateException alreadyInvalid) {
            // ended already: nothing to do
        }
    }

    private void forget(HttpSession session) {
        if (session.getAttribute(ACCOUNT) instanceof String accountId) {
            byAccount.computeIfPresent(accountId, (id, set) -> {
                set.remove(session);
                return set.isEmpty() ? null : set;
            });
        }
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        try {
            forget(event.getSession());
        } catch (IllegalStateException alreadyInvalid) {
            byAccount.values().forEach(set -> set.remove(event.getSession()));
        }
    }
}
