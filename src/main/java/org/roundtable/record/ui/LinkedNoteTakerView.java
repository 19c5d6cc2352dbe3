package org.roundtable.record.ui;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.roundtable.access.Callers;
import org.roundtable.event.LearningEvents;
import org.roundtable.live.LiveUpdates;
import org.roundtable.record.NoteTaking;

/**
 * The note-taker's console for whoever opened the event's note-taker link, without an account.
 * Open to anyone at the door; the console itself refuses a browser that holds no working link
 * for the event (nor a signed-in account that keeps its record). Signed-in people use
 * {@link NoteTakerView}, which sends strangers to the sign-in page.
 */
@Route("events/:eventId/notes")
@AnonymousAllowed
class LinkedNoteTakerView extends NoteTakerView {

    LinkedNoteTakerView(NoteTaking record, LearningEvents events, Callers callers, LiveUpdates updates) {
        super(record, events, callers, updates);
    }
}
