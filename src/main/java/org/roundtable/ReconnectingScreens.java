package org.roundtable;

import com.vaadin.flow.component.ReconnectDialogConfiguration;
import com.vaadin.flow.server.CustomizedSystemMessages;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * How every screen lives through a bad room's Wi-Fi and a lost node. A dropped connection is
 * retried every few seconds for hours, so a 30-second drop resumes without a reload. A screen
 * whose session is gone (its node died and the load balancer sent it to another, or the server
 * restarted) reloads at once instead of showing "session expired": the tablet comes back as the
 * same participant from its capability cookie and sends what its outbox kept.
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
            ReconnectDialogConfiguration reconnect = init.getUI().getReconnectDialogConfiguration();
            reconnect.setReconnectAttempts(RECONNECT_ATTEMPTS);
            reconnect.setReconnectInterval(RECONNECT_INTERVAL_MILLIS);
            reconnect.setDialogText("Reconnecting… your typing is kept");
            reconnect.setDialogTextGaveUp("Offline — reload the page when the connection returns");
        });
    }
}
