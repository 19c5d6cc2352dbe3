package org.roundtable.board.ui;

import java.util.Objects;
import java.util.function.Supplier;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import org.jspecify.annotations.Nullable;

/**
 * A place on a screen that shows one live part at a time: the part is built when what should be
 * shown changes (another stage's view, another group), and only refreshed otherwise, so typed
 * text and scroll positions survive the room's changes. Parts are components.
 */
final class LiveSlot extends Div {

    private @Nullable Object shownKey;
    private @Nullable LivePart part;

    LiveSlot(String className) {
        addClassName(className);
    }

    /**
     * Shows the part for {@code key}: builds it with {@code build} if another key was shown,
     * otherwise refreshes the part already shown.
     *
     * @return whether a new part was built
     */
    boolean show(Object key, Supplier<? extends LivePart> build) {
        if (part != null && Objects.equals(key, shownKey)) {
            part.refresh();
            return false;
        }
        removeAll();
        LivePart built = build.get();
        shownKey = key;
        part = built;
        add((Component) built);
        built.refresh();
        return true;
    }

    /** Refreshes whatever is shown. */
    void refresh() {
        if (part != null) {
            part.refresh();
        }
    }

    @Nullable Object shownKey() {
        return shownKey;
    }
}
