package org.roundtable;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.roundtable.live.ChangeNotSaved;
import org.roundtable.shared.Texts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * What a person sees when something fails that no screen handles itself: a change the cluster
 * could not save (a node cut off from the others, a timeout) says so and that they may try again;
 * anything else says that nothing saved is lost, each in the person's language. Details go to the log,
 * never to the screen.
 */
@Component
class ScreenErrors implements VaadinServiceInitListener, ErrorHandler {

    private static final Logger log = LoggerFactory.getLogger(ScreenErrors.class);

    static final String NOT_SAVED = "common.error.not-saved";
    static final String FAILED = "common.error.failed";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(this));
    }

    @Override
    public void error(ErrorEvent event) {
        Throwable failure = event.getThrowable();
        boolean notSaved = causedBy(failure, ChangeNotSaved.class);
        if (notSaved) {
            log.warn("A change was not saved: {}", rootMessage(failure));
        } else {
            log.error("A screen's request failed", failure);
        }
        UI ui = UI.getCurrent();
        if (ui != null) {
            Notification shown = Notification.show(Texts.get(ui.getLocale(), notSaved ? NOT_SAVED : FAILED), 8_000,
                    Notification.Position.MIDDLE);
            shown.addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    static boolean causedBy(Throwable failure, Class<? extends Throwable> kind) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (kind.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }

    private static String rootMessage(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return String.valueOf(cause.getMessage());
    }
}
