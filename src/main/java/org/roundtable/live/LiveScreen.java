package org.roundtable.live;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.notification.Notification;
import org.jspecify.annotations.Nullable;
import org.roundtable.shared.NotAllowed;

/**
 * For views: keeps a screen in step with one event's log: subscribed while the screen is attached, it
 * refreshes the screen by push on every (coalesced) change, and unsubscribes when the screen is
 * detached. Attaching again, as a resynchronisation does, subscribes afresh and catches up at once.
 * A refresh the services refuse with {@link NotAllowed} (a purged event) leaves the screen as it
 * was with the refusal's message shown, and stops following.
 */
public final class LiveScreen {

    private final LiveUpdates updates;
    private @Nullable String logId;
    private @Nullable Runnable refresh;
    private LiveUpdates.@Nullable Subscription subscription;
    private @Nullable UI ui;

    public LiveScreen(Component screen, LiveUpdates updates) {
        this.updates = updates;
        screen.addAttachListener(attach -> {
            ui = attach.getUI();
            subscribe();
        });
        screen.addDetachListener(detach -> {
            unsubscribe();
            ui = null;
        });
    }

    /** Follows {@code logId} from now on, refreshing with {@code refresh} (run once at once when attached). */
    public void follow(String logId, Runnable refresh) {
        this.logId = logId;
        this.refresh = refresh;
        if (ui != null) {
            subscribe();
        }
    }

    private void subscribe() {
        unsubscribe();
        UI current = ui;
        Runnable action = refresh;
        if (current == null || logId == null || action == null) {
            return;
        }
        subscription = updates.subscribe(logId, () -> {
            try {
                current.access(() -> refreshUnlessRefused(current, action));
            } catch (UIDetachedException gone) {
                unsubscribe();
            }
        });
        refreshUnlessRefused(current, action);
    }

    /**
     * Refreshes; when the service refuses (the event was purged, or the caller lost the right),
     * the screen keeps what it shows, says why once, and stops following instead of failing.
     */
    private void refreshUnlessRefused(UI current, Runnable action) {
        try {
            action.run();
        } catch (NotAllowed refused) {
            unsubscribe();
            Notification notice = Notification.show(refused.getMessage(), 0, Notification.Position.MIDDLE);
            notice.addClassName("rt-refused");
        }
    }

    private void unsubscribe() {
        if (subscription != null) {
            subscription.close();
            subscription = null;
        }
    }
}
