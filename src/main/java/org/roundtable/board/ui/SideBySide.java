package org.roundtable.board.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;

/** Two live parts next to each other (the timeline and the child's lived experience). */
final class SideBySide extends Div implements LivePart {

    private final LivePart left;
    private final LivePart right;

    SideBySide(String className, LivePart left, LivePart right) {
        this.left = left;
        this.right = right;
        addClassNames("rt-side-by-side", className);
        add((Component) left, (Component) right);
    }

    @Override
    public void refresh() {
        left.refresh();
        right.refresh();
    }
}
