package org.roundtable.access;

import com.vaadin.flow.server.WrappedSession;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.WebAttributes;

/** Tells the sign-in page that the last failed sign-in in this browser met a locked account. */
public final class LockOutNotice {

    private LockOutNotice() {
    }

    /**
     * Whether this browser's last failed sign-in was refused because the account is locked, or
     * locked it; the answer is given once.
     */
    public static boolean lockedOut(WrappedSession session) {
        boolean lockedNow = Boolean.TRUE.equals(session.getAttribute(SignInAttempts.LOCKED_NOW));
        session.removeAttribute(SignInAttempts.LOCKED_NOW);
        return lockedNow || session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION) instanceof LockedException;
    }
}
