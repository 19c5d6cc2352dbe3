package org.roundtable.access;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Component;

/**
 * Tells a view who is looking at it: the signed-in account, or the participant this browser
 * joined an event as (kept in the browser's session, one per event).
 */
@Component
public class Callers {

    private static final String PARTICIPANTS = Callers.class.getName() + ".participants";

    private final AuthenticationContext authentication;
    private final Accounts accounts;

    Callers(AuthenticationContext authentication, Accounts accounts) {
        this.authentication = authentication;
        this.accounts = accounts;
    }

    /** The signed-in account, if any. */
    public Optional<Caller.Account> account() {
        return authentication.getAuthenticatedUser(UserDetails.class)
                .flatMap(user -> accounts.byUsername(user.getUsername()));
    }

    /** The participant this browser joined {@code eventId} as, if it did. */
    public Optional<Caller.Participant> participantIn(String eventId) {
        return Optional.ofNullable(participants().get(eventId));
    }

    /** Remembers that this browser joined an event as {@code participant}. */
    public void rememberParticipant(Caller.Participant participant) {
        participants().put(participant.eventId(), participant);
    }

    public void signOut() {
        authentication.logout();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Caller.Participant> participants() {
        VaadinSession session = VaadinSession.getCurrent();
        if (session == null) {
            throw new IllegalStateException("No browser session here");
        }
        Object stored = session.getAttribute(PARTICIPANTS);
        if (stored == null) {
            stored = new HashMap<String, Caller.Participant>();
            session.setAttribute(PARTICIPANTS, stored);
        }
        return (Map<String, Caller.Participant>) stored;
    }
}
