package org.roundtable.board.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.shared.Registration;
import org.jspecify.annotations.Nullable;
import org.roundtable.live.LiveUpdates;

/**
 * Keeps a screen in step with its event's log: subscribes when the screen is attached, refreshes
 * it by push on every (coalesced) change, and unsubscribes when it is detached. Attaching again,
 * as a resynchronisation does, replaces the old subscription and catches up at once.
 */
final class LiveScreen {

    private LiveUpdates.@Nullable Subscription subscription;

    private LiveScreen() {
    }

    static void keepFresh(Component screen, LiveUpdates updates, String logId, Runnable refresh) {
        LiveScreen live = new LiveScreen();
        screen.addAttachListener(attach -> {
            live.close();
            UI ui = attach.getUI();
            live.subscription = updates.subscribe(logId, () -> {
                try {
                    ui.access(refresh::run);
                } catch (UIDetachedException gone) {
                    live.close();
                }
            });
            refresh.run();
        });
        Registration unused = screen.addDetachListener(detach -> live.close());
    }

    private void close() {
        if (subscription != null) {
            subscription.close();
            subscription = null;
        }
    }
}
