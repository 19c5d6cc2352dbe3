package org.roundtable.record.ui;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import com.vaadin.flow.server.VaadinSession;
import org.roundtable.access.Caller;

/**
 * The note-taker links this browser opened, one per event, kept in its session: the link's
 * secret leaves the address bar, and the record view finds the caller here. Whether the link
 * still works is checked by the services on every call.
 */
final class NoteTakerLinks {

    private static final String ATTRIBUTE = NoteTakerLinks.class.getName();

    private NoteTakerLinks() {
    }

    static void remember(Caller.NoteTakerLink link) {
        links().put(link.eventId(), link);
    }

    static Optional<Caller.NoteTakerLink> in(String eventId) {
        return Optional.ofNullable(links().get(eventId));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Caller.NoteTakerLink> links() {
        VaadinSession session = VaadinSession.getCurrent();
        if (session == null) {
            throw new IllegalStateException("No browser session here");
        }
        Object stored = session.getAttribute(ATTRIBUTE);
        if (stored == null) {
            stored = new HashMap<String, Caller.NoteTakerLink>();
            session.setAttribute(ATTRIBUTE, stored);
        }
        return (Map<String, Caller.NoteTakerLink>) stored;
    }
}
