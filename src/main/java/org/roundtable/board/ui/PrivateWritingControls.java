package org.roundtable.board.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import org.roundtable.access.Caller;
import org.roundtable.board.Notes;
import org.roundtable.board.PrivateWriting;
import org.roundtable.event.LearningEvent;

/**
 * For the facilitator's console: start private writing for this stage (revealed when the room
 * moves on) or until revealed, and reveal every private note at once, with how many wait.
 */
final class PrivateWritingControls extends Section implements LivePart {

    private final Notes notes;
    private final Caller caller;
    private final LearningEvent event;
    final Paragraph status = new Paragraph();
    final Button forStage = new Button();
    final Button untilRevealed = new Button();
    final Button revealAll = new Button();

    PrivateWritingControls(Notes notes, Caller caller, LearningEvent event) {
        this.notes = notes;
        this.caller = caller;
        this.event = event;
        addClassName("rt-private-writing-controls");
        getElement().setAttribute("aria-label", getTranslation("board.private.title"));
        forStage.setText(getTranslation("board.private.for-stage"));
        untilRevealed.setText(getTranslation("board.private.until-revealed"));
        status.addClassName("rt-private-writing-status");
        status.getElement().setAttribute("role", "status");
        forStage.addClickListener(click -> show(notes.startPrivateWriting(caller, event.id(), true)));
        untilRevealed.addClickListener(click -> show(notes.startPrivateWriting(caller, event.id(), false)));
        revealAll.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        revealAll.addClickListener(click -> show(notes.revealAll(caller, event.id())));
        Div buttons = new Div(forStage, untilRevealed, revealAll);
        buttons.addClassName("rt-private-writing-buttons");
        add(new H2(getTranslation("board.private.title")), status, buttons);
        refresh();
    }

    @Override
    public void refresh() {
        show(notes.privateWriting(caller, event.id()));
    }

    private void show(PrivateWriting writing) {
        status.setText(!writing.on() ? getTranslation("board.private.off")
                : getTranslation(writing.untilStageEnds() ? "board.private.on-for-stage" : "board.private.on-until-revealed",
                        writing.waiting()));
        forStage.setEnabled(!writing.on() || !writing.untilStageEnds());
        untilRevealed.setEnabled(!writing.on() || writing.untilStageEnds());
        revealAll.setText(writing.waiting() > 0 ? getTranslation("board.private.reveal-all-count", writing.waiting())
                : getTranslation("board.private.reveal-all"));
        revealAll.setEnabled(writing.on() || writing.waiting() > 0);
    }
}
