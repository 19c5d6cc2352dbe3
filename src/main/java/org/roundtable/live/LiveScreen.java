package org.roundtable.live;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import org.jspecify.annotations.Nullable;

/**
 * For views: keeps a screen in step with one event's log: subscribed while the screen is attached, it
 * refreshes the screen by push on every (coalesced) change, and unsubscribes when the screen is
 * detached. Attaching again, as a resynchronisation does, subscribes afresh and catches up at once.
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
                current.access(action::run);
            } catch (UIDetachedException gone) {
                unsubscribe();
            }
        });
        action.run();
    }

    private void unsubscribe() {
        if (subscription != null) {
            subscription.close();
            subscription = null;
        }
    }
}
