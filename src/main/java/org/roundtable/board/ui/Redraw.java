package org.roundtable.board.ui;

import com.vaadin.flow.component.HasText;

/**
 * For the parts of a live screen that every change of the event refreshes: setting a text sends a
 * change to the browser even when the text is the same (an empty text clears the element's
 * children every time), so an unchanged text is left as it is and a note's push to a room of
 * screens carries only the note.
 */
final class Redraw {

    private Redraw() {
    }

    /** Sets {@code text} on {@code target} unless it already shows exactly that. */
    static void text(HasText target, String text) {
        if (!target.getText().equals(text)) {
            target.setText(text);
        }
    }
}
