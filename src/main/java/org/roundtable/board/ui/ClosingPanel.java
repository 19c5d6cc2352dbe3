package org.roundtable.board.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

/**
 * What the room sees in a break or in the evaluation at the close: a
 * few words in large type and, where people should do something, a QR code to their tablet.
 */
final class ClosingPanel extends Div implements LivePart {

    private ClosingPanel(String titleKey, String textKey) {
        addClassName("rt-closing");
        H2 heading = new H2(getTranslation(titleKey));
        Paragraph words = new Paragraph(getTranslation(textKey));
        add(heading, words);
    }

    /** The break: the room sees when it comes back from the stage timer in the stage bar. */
    static ClosingPanel breakTime() {
        return new ClosingPanel("board.closing.break", "board.closing.break-text");
    }

    /**
     * The evaluation at the close: a QR code for anyone not yet on their tablet, which opens the
     * event's room where the evaluation form is.
     */
    static ClosingPanel evaluation(String roomLink, String joinCode) {
        ClosingPanel panel = new ClosingPanel("board.closing.evaluation", "board.closing.evaluation-text");
        if (!joinCode.isEmpty()) {
            Span code = new Span(joinCode);
            code.addClassName("rt-join-code");
            Div qr = new Div(JoinQrCode.of(roomLink), code);
            qr.addClassName("rt-closing-qr");
            panel.add(qr);
        }
        return panel;
    }

    @Override
    public void refresh() {
        // nothing changes on these screens between stages
    }
}
