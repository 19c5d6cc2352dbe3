package org.roundtable.board.ui;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.jspecify.annotations.Nullable;
import org.roundtable.evaluation.EvaluationQuestion;
import org.roundtable.evaluation.QuestionKind;
import org.roundtable.shared.InvalidInput;
import org.roundtable.shared.Texts;

/**
 * The facilitator's editor of the evaluation questions before the form opens: add, remove and
 * reorder questions, choose each one's kind, options and whether it is required. Nothing is kept
 * until "Save questions"; a refused list keeps every row as typed, with the reason.
 */
final class EvaluationQuestionEditor extends Div {

    private final List<Row> rows = new ArrayList<>();
    private final Div list = new Div();
    private final Paragraph error = new Paragraph();
    private final Consumer<List<EvaluationQuestion>> onSave;

    EvaluationQuestionEditor(List<EvaluationQuestion> questions, Consumer<List<EvaluationQuestion>> onSave) {
        this.onSave = onSave;
        addClassName("rt-eval-editor");
        list.addClassName("rt-eval-editor-list");
        error.addClassName("rt-error");
        Button add = new Button(Texts.get(getLocale(), "board.evaluation.add-question"), click -> {
            rows.add(new Row(null));
            redraw();
        });
        Button save = new Button(Texts.get(getLocale(), "board.evaluation.save-questions"), click -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div actions = new Div(add, save);
        actions.addClassName("rt-eval-editor-actions");
        add(list, actions, error);
        questions.forEach(question -> rows.add(new Row(question)));
        redraw();
    }

    /** Shows why the questions were refused; the rows stay as typed. */
    void refused(String message) {
        error.setText(message);
    }

    private void save() {
        List<EvaluationQuestion> questions = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            try {
                questions.add(rows.get(i).question());
            } catch (InvalidInput refused) {
                error.setText(Texts.get(getLocale(), "board.evaluation.question-refused", i + 1, refused.messageIn(getLocale())));
                return;
            }
        }
        error.setText("");
        onSave.accept(questions);
    }

    private void redraw() {
        list.removeAll();
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            int at = i;
            Button up = new Button("↑", click -> move(at, -1));
            up.setAriaLabel(Texts.get(getLocale(), "board.evaluation.move-up", i + 1));
            up.setEnabled(i > 0);
            Button down = new Button("↓", click -> move(at, 1));
            down.setAriaLabel(Texts.get(getLocale(), "board.evaluation.move-down", i + 1));
            down.setEnabled(i < rows.size() - 1);
            Button remove = new Button(Texts.get(getLocale(), "board.evaluation.remove"), click -> {
                rows.remove(at);
                redraw();
            });
            remove.setAriaLabel(Texts.get(getLocale(), "board.evaluation.remove-question", i + 1));
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            Div controls = new Div(up, down, remove);
            controls.addClassName("rt-eval-editor-controls");
            Div item = new Div(row.text, row.kind, row.options, row.low, row.high, row.required, controls);
            item.addClassName("rt-eval-editor-row");
            list.add(item);
        }
    }

    private void move(int at, int by) {
        rows.add(at + by, rows.remove(at));
        redraw();
    }

    /** One question's fields; its id stays, so answers and results keep referring to it. */
    private final class Row {
        final String id;
        final TextField text = new TextField(Texts.get(getLocale(), "board.evaluation.question"));
        final Select<QuestionKind> kind = new Select<>();
        final TextArea options = new TextArea(Texts.get(getLocale(), "board.evaluation.options"));
        final TextField low = new TextField(Texts.get(getLocale(), "board.evaluation.low-label"));
        final TextField high = new TextField(Texts.get(getLocale(), "board.evaluation.high-label"));
        final Checkbox required = new Checkbox(Texts.get(getLocale(), "board.evaluation.required"));

        Row(@Nullable EvaluationQuestion question) {
            id = question == null ? EvaluationQuestion.newId() : question.id();
            text.setMaxLength(EvaluationQuestion.MAX_TEXT);
            text.setWidthFull();
            kind.setLabel(Texts.get(getLocale(), "board.evaluation.kind"));
            kind.setItems(QuestionKind.values());
            kind.setItemLabelGenerator(choice -> Texts.label(getLocale(), choice));
            kind.setValue(question == null ? QuestionKind.FREE_TEXT : question.kind());
            kind.addValueChangeListener(change -> showFieldsOfKind());
            if (question != null) {
                text.setValue(question.text());
                options.setValue(String.join("\n", question.options()));
                low.setValue(question.lowLabel() == null ? "" : question.lowLabel());
                high.setValue(question.highLabel() == null ? "" : question.highLabel());
                required.setValue(question.required());
            }
            showFieldsOfKind();
        }

        private void showFieldsOfKind() {
            QuestionKind chosen = kind.getValue();
            options.setVisible(chosen == QuestionKind.SINGLE_CHOICE || chosen == QuestionKind.MULTIPLE_CHOICE);
            low.setVisible(chosen == QuestionKind.SCALE);
            high.setVisible(chosen == QuestionKind.SCALE);
        }

        EvaluationQuestion question() {
            QuestionKind chosen = kind.getValue() == null ? QuestionKind.FREE_TEXT : kind.getValue();
            return new EvaluationQuestion(id, text.getValue(), chosen, Arrays.asList(options.getValue().split("\n")),
                    low.getValue(), high.getValue(), required.getValue());
        }
    }
}
