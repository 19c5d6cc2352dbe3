package org.roundtable.board.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import org.roundtable.access.Caller;
import org.roundtable.board.Note;
import org.roundtable.board.NoteTriage;
import org.roundtable.board.Triage;
import org.roundtable.event.LearningEvent;
import org.roundtable.shared.InvalidInput;
import org.roundtable.shared.NotAllowed;

/** The facilitator answers a query (or answers it again); a refused answer keeps its text. */
final class AnswerDialog extends Dialog {

    final TextArea answer = new TextArea();
    final Button save = new Button();

    AnswerDialog(NoteTriage triage, Caller caller, LearningEvent event, Note query) {
        addClassName("rt-answer-dialog");
        setHeaderTitle(getTranslation("board.triage.answer-dialog.title"));
        answer.setLabel(getTranslation("board.triage.answer-dialog.answer"));
        save.setText(getTranslation("board.triage.answer-dialog.save"));
        setWidth("min(36rem, 96vw)");
        Paragraph asked = new Paragraph(getTranslation("board.triage.answer-dialog.asks", query.byline().label(),
                query.text()));
        asked.addClassName("rt-accept-note");
        answer.setWidthFull();
        // The answer is what the dialog is for: its field takes the focus, so the facilitator types at once.
        answer.setAutofocus(true);
        answer.setMinHeight("6em");
        answer.setMaxLength(Triage.MAX_ANSWER_LENGTH);
        answer.setHelperText(getTranslation("board.triage.answer-dialog.help"));
        if (query.triage().answer() != null) {
            answer.setValue(query.triage().answer());
        }
        add(asked, answer);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> {
            try {
                triage.answer(caller, event.id(), query.id(), answer.getValue());
                close();
            } catch (InvalidInput | NotAllowed refused) {
                answer.setErrorMessage(Refusals.reason(refused, getLocale()));
                answer.setInvalid(true);
            }
        });
        getFooter().add(new Button(getTranslation("board.triage.cancel"), click -> close()), save);
    }
}
