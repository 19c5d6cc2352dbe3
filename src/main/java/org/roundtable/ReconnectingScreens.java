package org.roundtable;

import java.util.Locale;

import com.vaadin.flow.component.ReconnectDialogConfiguration;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.CustomizedSystemMessages;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.roundtable.shared.LanguageChoice;
import org.roundtable.shared.Texts;
import org.springframework.stereotype.Component;

/**
 * How every screen lives through a bad room's Wi-Fi and a lost node. A dropped connection is
 * retried every few seconds for hours, so a 30-second drop resumes without a reload. A screen
 * whose session is gone (its node died and the load balancer sent it to another, or the server
 * restarted) reloads at once instead of showing "session expired": the tablet comes back as the
 * same participant from its capability cookie and sends what its outbox kept. Vaadin's own
 * connection notice (its reconnect dialog texts) speaks the screen's language.
 */
@Component
class ReconnectingScreens implements VaadinServiceInitListener {

    /** How often the browser tries again; short, so the room carries on soon after the Wi-Fi returns. */
    static final int RECONNECT_INTERVAL_MILLIS = 2_000;
    /** About five and a half hours of tries: a whole learning event. */
    static final int RECONNECT_ATTEMPTS = 10_000;

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().setSystemMessagesProvider(info -> {
            CustomizedSystemMessages messages = new CustomizedSystemMessages();
            // No notice and no URL: Flow's client reloads the page it is on.
            messages.setSessionExpiredNotificationEnabled(false);
            return messages;
        });
        event.getSource().addUIInitListener(init -> {
            UI ui = init.getUI();
            ReconnectDialogConfiguration reconnect = ui.getReconnectDialogConfiguration();
            reconnect.setReconnectAttempts(RECONNECT_ATTEMPTS);
            reconnect.setReconnectInterval(RECONNECT_INTERVAL_MILLIS);
            // The person's language is known now; an event's screen may switch to the event's
            // default while it is built, so the texts follow the language again after each navigation.
            speak(reconnect, LanguageChoice.forRequest(VaadinRequest.getCurrent()));
            ui.addAfterNavigationListener(navigated -> speak(reconnect, ui.getLocale()));
        });
    }

    /** Vaadin's connection notice (shown while reconnecting, and once it gives up) in {@code language}. */
    static void speak(ReconnectDialogConfiguration reconnect, Locale language) {
        reconnect.setDialogText(Texts.get(language, "common.reconnect.trying"));
        reconnect.setDialogTextGaveUp(Texts.get(language, "common.reconnect.gave-up"));
    }
}
