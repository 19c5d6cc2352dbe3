package org.roundtable.board.ui;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;

import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import org.roundtable.access.Caller;
import org.roundtable.evaluation.BarChartSvg;
import org.roundtable.evaluation.EvaluationForm;
import org.roundtable.evaluation.EvaluationQuestion;
import org.roundtable.evaluation.EvaluationResults;
import org.roundtable.evaluation.Evaluations;
import org.roundtable.evaluation.FormStatus;
import org.roundtable.event.LearningEvent;
import org.roundtable.shared.InvalidInput;
import org.roundtable.shared.NotAllowed;
import org.roundtable.shared.Texts;

/**
 * The evaluation on the facilitator's CONSOLE: open and close the form, edit its questions (and
 * whether it asks for name and job title) before opening, and follow the results live: responses
 * against people in the room, a bar chart per scale or choice question, the free-text answers, and
 * the results as CSV and PDF files.
 */
final class EvaluationResultsPanel extends Div implements LivePart {

    private final Evaluations evaluations;
    private final Caller caller;
    private final LearningEvent event;
    private final Paragraph status = new Paragraph();
    private final Button open = new Button(Texts.get(getLocale(), "board.evaluation.open"), click -> act(Evaluations::open));
    private final Button close = new Button(Texts.get(getLocale(), "board.evaluation.close"), click -> act(Evaluations::close));
    private final Checkbox asksNameAndRole = new Checkbox(Texts.get(getLocale(), "board.evaluation.ask-name"));
    private final Div editorSlot = new Div();
    private final Paragraph count = new Paragraph();
    private final Div results = new Div();
    private final Paragraph error = new Paragraph();
    private FormStatus drawnFor = FormStatus.NOT_OPEN;
    private List<EvaluationQuestion> editedFrom = List.of();
    private EvaluationResults drawn = new EvaluationResults("", FormStatus.NOT_OPEN, -1, -1, List.of());
    private boolean settingUp;

    EvaluationResultsPanel(Evaluations evaluations, Caller caller, LearningEvent event) {
        this.evaluations = evaluations;
        this.caller = caller;
        this.event = event;
        addClassName("rt-eval-results");
        open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        error.addClassName("rt-error");
        count.addClassName("rt-eval-count");
        results.addClassName("rt-eval-charts");
        asksNameAndRole.addValueChangeListener(change -> {
            if (!settingUp) {
                act((service, c, id) -> service.askForNameAndRole(c, id, change.getValue()));
            }
        });
        // the file speaks the language of the person downloading it, as the screen does
        Locale language = getLocale();
        Anchor csv = download(Texts.get(getLocale(), "board.evaluation.download-csv"), "evaluation.csv",
                "text/csv; charset=utf-8", // not text: a media type
                (who, eventId) -> evaluations.resultsCsv(who, eventId, language));
        Anchor pdf = download(Texts.get(getLocale(), "board.evaluation.download-pdf"), "evaluation.pdf", "application/pdf", // not text: a media type
                (who, eventId) -> evaluations.resultsPdf(who, eventId, language));
        Div downloads = new Div(csv, pdf);
        downloads.addClassName("rt-eval-downloads");
        Div actions = new Div(open, close);
        actions.addClassName("rt-eval-actions");
        add(new H2(Texts.get(getLocale(), "board.evaluation.title")), status, actions, error, asksNameAndRole, editorSlot, count, results, downloads);
        refresh();
    }

    @Override
    public void refresh() {
        EvaluationForm form = evaluations.formFor(caller, event.id());
        status.setText(switch (form.status()) {
            case NOT_OPEN -> Texts.get(getLocale(), "board.evaluation.status-not-open");
            case OPEN -> Texts.get(getLocale(), "board.evaluation.status-open");
            case CLOSED -> Texts.get(getLocale(), "board.evaluation.status-closed");
        });
        open.setVisible(form.status() != FormStatus.OPEN);
        open.setText(Texts.get(getLocale(), form.status() == FormStatus.CLOSED ? "board.evaluation.open-again"
                : "board.evaluation.open"));
        close.setVisible(form.status() == FormStatus.OPEN);
        settingUp = true;
        asksNameAndRole.setValue(form.asksNameAndRole());
        settingUp = false;
        asksNameAndRole.setEnabled(form.status() == FormStatus.NOT_OPEN);
        // the editor is redrawn only when the saved questions change, so unsaved edits survive a refresh
        if (form.status() != FormStatus.NOT_OPEN) {
            editorSlot.removeAll();
            editedFrom = List.of();
        } else if (editorSlot.getComponentCount() == 0 || drawnFor != FormStatus.NOT_OPEN
                || !form.questions().equals(editedFrom)) {
            editorSlot.removeAll();
            editedFrom = form.questions();
            editorSlot.add(new EvaluationQuestionEditor(form.questions(), this::saveQuestions));
        }
        drawnFor = form.status();
        EvaluationResults now = evaluations.resultsFor(caller, event.id());
        if (!now.equals(drawn)) {
            drawn = now;
            drawResults(now);
        }
    }

    private void saveQuestions(List<EvaluationQuestion> questions) {
        try {
            evaluations.changeQuestions(caller, event.id(), questions);
            error.setText("");
            refresh();
        } catch (InvalidInput | NotAllowed refused) {
            editorSlot.getChildren().filter(EvaluationQuestionEditor.class::isInstance)
                    .map(EvaluationQuestionEditor.class::cast)
                    .forEach(editor -> editor.refused(Refusals.reason(refused, getLocale())));
        }
    }

    private void drawResults(EvaluationResults now) {
        count.setText(Texts.get(getLocale(), "board.evaluation.responses", now.responses(), now.inTheRoom()));
        results.removeAll();
        for (EvaluationResults.QuestionResult result : now.questions()) {
            Div block = new Div(new H3(result.question().text()));
            block.addClassName("rt-eval-result");
            if (result.question().kind().counted()) {
                List<BarChartSvg.Bar> bars = result.counts().stream()
                        .map(c -> new BarChartSvg.Bar(c.label(), c.count())).toList();
                block.add(new Svg(BarChartSvg.render(result.question().text(), bars, now.responses())));
            } else if (result.texts().isEmpty()) {
                block.add(new Paragraph(Texts.get(getLocale(), "board.evaluation.no-answers")));
            } else {
                UnorderedList answers = new UnorderedList();
                answers.addClassName("rt-eval-texts");
                result.texts().forEach(text -> answers.add(new ListItem(text)));
                block.add(answers);
            }
            results.add(block);
        }
    }

    private Anchor download(String text, String fileName, String contentType,
            BiFunction<Caller, String, byte[]> file) {
        DownloadHandler handler = DownloadHandler.fromInputStream(request -> {
            byte[] bytes = file.apply(caller, event.id());
            return new DownloadResponse(new ByteArrayInputStream(bytes), fileName, contentType, bytes.length);
        });
        Anchor anchor = new Anchor();
        anchor.setText(text);
        anchor.addClassName("rt-eval-download");
        // a download link is registered with the UI, so it is set once the panel is on a screen
        anchor.addAttachListener(attached -> anchor.setHref(handler, AttachmentType.DOWNLOAD));
        return anchor;
    }

    /** A facilitator's action on the form, by the service's rules; a refusal shows its reason. */
    private void act(FormAction action) {
        try {
            action.apply(evaluations, caller, event.id());
            error.setText("");
        } catch (InvalidInput | NotAllowed refused) {
            error.setText(Refusals.reason(refused, getLocale()));
        }
        refresh();
    }

    @FunctionalInterface
    private interface FormAction {
        EvaluationForm apply(Evaluations evaluations, Caller caller, String eventId);
    }
}
