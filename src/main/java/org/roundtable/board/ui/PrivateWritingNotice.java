package org.roundtable.board.ui;

import com.vaadin.flow.component.html.Paragraph;
import org.jspecify.annotations.Nullable;
import org.roundtable.access.Caller;
import org.roundtable.board.Notes;
import org.roundtable.board.PrivateWriting;
import org.roundtable.event.LearningEvent;

/**
 * For the tablets and the projector: while the room writes privately, says so and how many notes
 * wait to be revealed (a count only); hidden otherwise.
 */
final class PrivateWritingNotice extends Paragraph implements LivePart {

    private final Notes notes;
    private final Caller caller;
    private final LearningEvent event;
    private @Nullable PrivateWriting shown;

    PrivateWritingNotice(Notes notes, Caller caller, LearningEvent event) {
        this.notes = notes;
        this.caller = caller;
        this.event = event;
        addClassName("rt-private-writing-notice");
        getElement().setAttribute("role", "status");
        refresh();
    }

    @Override
    public void refresh() {
        PrivateWriting writing = notes.privateWriting(caller, event.id());
        if (writing.equals(shown)) {
            return;
        }
        shown = writing;
        setVisible(writing.on());
        Redraw.text(this, getTranslation(caller instanceof Caller.Participant ? "board.private.notice-yours"
                : "board.private.notice", writing.waiting()));
    }
}
