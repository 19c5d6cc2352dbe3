package org.roundtable.access;

import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.http.Cookie;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Component;

/**
 * Tells a view who is looking at it: the signed-in account, or the participant this browser
 * joined an event as (kept in the browser's session, one per event, and as a signed capability
 * in an http-only cookie per event that outlives the session).
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

    /**
     * Gives this browser the participant's capability for their event, as an http-only cookie
     * (sent back to the server only, never readable by the page's scripts), so the device gets
     * back into the room after a new session. Works in a request's response (a navigation, or a
     * UI event's XHR); push over a WebSocket has none.
     */
    public void keepCapability(String eventId, String token, Duration lifetime) {
        VaadinResponse response = VaadinResponse.getCurrent();
        if (response != null) {
            response.addCookie(capabilityCookie(eventId, token, (int) lifetime.toSeconds()));
        }
    }

    /** The capability this browser sent for {@code eventId} with the current request, if any. */
    public Optional<String> capabilityFor(String eventId) {
        VaadinRequest request = VaadinRequest.getCurrent();
        Cookie[] cookies = request == null ? null : request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        String name = cookieName(eventId);
        return Arrays.stream(cookies).filter(cookie -> name.equals(cookie.getName())).map(Cookie::getValue)
                .findFirst();
    }

    /**
     * Forgets that this browser was a participant of {@code eventId} (the facilitator removed
     * them): out of the session now, and the cookie deleted with the current response.
     */
    public void forgetParticipant(String eventId) {
        participants().remove(eventId);
        VaadinResponse response = VaadinResponse.getCurrent();
        if (response != null) {
            response.addCookie(capabilityCookie(eventId, "", 0));
        }
    }

    /** The cookie that carries the capability for one event; a name per event, so one device can be in several. */
    static String cookieName(String eventId) {
        return "rt-room-" + eventId.replaceAll("[^0-9A-Za-z-]", "");
    }

    private static Cookie capabilityCookie(String eventId, String value, int maxAgeSeconds) {
        Cookie cookie = new Cookie(cookieName(eventId), value);
        cookie.setHttpOnly(true);
        cookie.setPath("/");
        cookie.setMaxAge(maxAgeSeconds);
        cookie.setAttribute("SameSite", "Lax");
        VaadinRequest request = VaadinRequest.getCurrent();
        cookie.setSecure(request != null && request.isSecure());
        return cookie;
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
