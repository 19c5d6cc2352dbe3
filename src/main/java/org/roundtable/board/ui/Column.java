package org.roundtable.board.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;

/** Live parts one under another, refreshed together. */
final class Column extends Div implements LivePart {

    private final LivePart[] parts;

    Column(String className, LivePart... parts) {
        this.parts = parts;
        addClassNames("rt-column", className);
        for (LivePart part : parts) {
            add((Component) part);
        }
    }

    @Override
    public void refresh() {
        for (LivePart part : parts) {
            part.refresh();
        }
    }
}
