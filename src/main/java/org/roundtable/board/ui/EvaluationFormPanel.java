package org.roundtable.board.ui;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import org.roundtable.access.Caller;
import org.roundtable.evaluation.Answer;
import org.roundtable.evaluation.EvaluationForm;
import org.roundtable.evaluation.EvaluationQuestion;
import org.roundtable.evaluation.Evaluations;
import org.roundtable.evaluation.FormStatus;
import org.roundtable.evaluation.MyResponse;
import org.roundtable.evaluation.QuestionKind;
import org.roundtable.event.LearningEvent;
import org.roundtable.shared.InvalidInput;
import org.roundtable.shared.NotAllowed;
import org.roundtable.shared.Texts;

/**
 * The evaluation form on a participant's TABLET: the questions with a field each, saved as the
 * person answers (so a tablet that lost its connection comes back to its half-filled form), a Send
 * button, and a line saying where the response stands. Before the facilitator opens the form it
 * says when it will open; after the close it thanks the person.
 */
final class EvaluationFormPanel extends Div implements LivePart {

    /** The keys of what the form's status line says. */
    static final String NOT_OPEN = "board.evaluation.not-open";
    static final String SAVED = "board.evaluation.saved";
    static final String SENT = "board.evaluation.sent";
    static final String CLOSED = "board.evaluation.closed";
    private static final int TYPING_PAUSE_MS = 1_500;

    private final Evaluations evaluations;
    private final Caller caller;
    private final LearningEvent event;
    private final Div fields = new Div();
    private final Paragraph state = new Paragraph();
    private final Button send = new Button(Texts.get(getLocale(), "board.evaluation.send"), click -> save(true));
    private final Map<String, HasValue<?, ?>> byQuestion = new LinkedHashMap<>();
    private List<EvaluationQuestion> shown = List.of();
    private FormStatus status = FormStatus.NOT_OPEN;
    private boolean sent;
    private boolean filling;

    EvaluationFormPanel(Evaluations evaluations, Caller caller, LearningEvent event) {
        this.evaluations = evaluations;
        this.caller = caller;
        this.event = event;
        addClassName("rt-eval-form");
        fields.addClassName("rt-eval-fields");
        state.addClassName("rt-eval-state");
        state.getElement().setAttribute("aria-live", "polite");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClassName("rt-eval-send");
        add(new H2(Texts.get(getLocale(), "board.evaluation.title")), fields, send, state);
        refresh();
    }

    @Override
    public void refresh() {
        EvaluationForm form = evaluations.formFor(caller, event.id());
        List<EvaluationQuestion> questions = form.fields();
        if (form.status() == FormStatus.CLOSED && status == FormStatus.OPEN && questions.equals(shown)) {
            lock();
        } else if (form.status() != status || !questions.equals(shown)) {
            status = form.status();
            shown = questions;
            // what the person has typed since the last save stays: only a new form or status redraws the fields
            MyResponse mine = evaluations.myResponse(caller, event.id());
            sent = mine.sent();
            draw(mine);
        }
        send.setVisible(status == FormStatus.OPEN);
        fields.setVisible(status != FormStatus.NOT_OPEN);
        switch (status) {
            case NOT_OPEN -> state.setText(Texts.get(getLocale(), NOT_OPEN));
            case CLOSED -> state.setText(Texts.get(getLocale(), CLOSED));
            case OPEN -> {
                if (state.getText().isEmpty() || Texts.get(getLocale(), NOT_OPEN).equals(state.getText())
                        || Texts.get(getLocale(), CLOSED).equals(state.getText())) {
                    state.setText(sent ? Texts.get(getLocale(), SENT) : "");
                }
            }
        }
    }

    private void draw(MyResponse mine) {
        fields.removeAll();
        byQuestion.clear();
        if (status == FormStatus.NOT_OPEN) {
            return;
        }
        filling = true;
        for (EvaluationQuestion question : shown) {
            AbstractField<?, ?> field = fieldFor(question, mine.answer(question.id()));
            field.setReadOnly(status == FormStatus.CLOSED);
            field.addValueChangeListener(change -> {
                if (!filling) {
                    save(false);
                }
            });
            byQuestion.put(question.id(), field);
            Div row = new Div(field);
            row.addClassName("rt-eval-question");
            fields.add(row);
        }
        filling = false;
    }

    /** The form was closed: what is on the screen stays, but can no longer change. */
    private void lock() {
        status = FormStatus.CLOSED;
        byQuestion.values().forEach(field -> field.setReadOnly(true));
    }

    private static AbstractField<?, ?> fieldFor(EvaluationQuestion question, Answer answer) {
        String label = question.required() ? question.text() + " *" : question.text();
        return switch (question.kind()) {
            case SCALE, SINGLE_CHOICE -> {
                RadioButtonGroup<String> group = new RadioButtonGroup<>(label);
                group.setItems(question.countedValues());
                group.setItemLabelGenerator(value -> scaleLabel(question, value));
                if (!answer.isEmpty()) {
                    group.setValue(answer.first());
                }
                group.addClassName(question.kind() == QuestionKind.SCALE
                        ? "rt-eval-scale" : "rt-eval-choice");
                yield group;
            }
            case MULTIPLE_CHOICE -> {
                CheckboxGroup<String> group = new CheckboxGroup<>(label);
                group.setItems(question.options());
                group.setValue(new LinkedHashSet<>(answer.values()));
                group.addClassName("rt-eval-choice");
                yield group;
            }
            case FREE_TEXT -> {
                TextArea text = new TextArea(label);
                text.setMaxLength(EvaluationQuestion.MAX_ANSWER);
                text.setValueChangeMode(ValueChangeMode.LAZY);
                text.setValueChangeTimeout(TYPING_PAUSE_MS);
                text.setValue(answer.first());
                text.setWidthFull();
                yield text;
            }
        };
    }

    private static String scaleLabel(EvaluationQuestion question, String value) {
        if (question.kind() != QuestionKind.SCALE) {
            return value;
        }
        if (value.equals("1") && question.lowLabel() != null) {
            return "1 " + question.lowLabel();
        }
        if (value.equals("5") && question.highLabel() != null) {
            return "5 " + question.highLabel();
        }
        return value;
    }

    private void save(boolean sending) {
        Map<String, Answer> answers = new LinkedHashMap<>();
        byQuestion.forEach((id, field) -> answers.put(id, answerOf(field.getValue())));
        try {
            MyResponse saved = evaluations.saveAnswers(caller, event.id(), answers, sending);
            sent = saved.sent();
            state.setText(Texts.get(getLocale(), sent ? SENT : SAVED));
            state.removeClassName("rt-error");
        } catch (InvalidInput | NotAllowed refused) {
            // the fields keep what was typed; the line says why it was not taken
            state.setText(Refusals.reason(refused, getLocale()));
            state.addClassName("rt-error");
            if (Evaluations.CLOSED_MESSAGE.equals(refused.getMessage())) {
                lock();
                send.setVisible(false);
            }
        }
    }

    private static Answer answerOf(Object value) {
        return switch (value) {
            case null -> Answer.none();
            case String text -> text.isBlank() ? Answer.none() : Answer.text(text);
            case Set<?> chosen -> Answer.choices(chosen.stream().map(Object::toString).toList());
            default -> Answer.text(value.toString());
        };
    }
}
