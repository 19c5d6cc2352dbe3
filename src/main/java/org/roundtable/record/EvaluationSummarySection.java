package org.roundtable.record;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.roundtable.access.Caller;
import org.roundtable.evaluation.DefaultQuestions;
import org.roundtable.evaluation.EvaluationQuestion;
import org.roundtable.evaluation.EvaluationResults;
import org.roundtable.evaluation.Evaluations;
import org.roundtable.evaluation.FormStatus;
import org.roundtable.evaluation.QuestionKind;
import org.roundtable.shared.Texts;
import org.springframework.stereotype.Component;

/**
 * The evaluation summary in the exported record: how many responded, the counts for every scale
 * and choice question with a bar chart drawn in block characters (so Word, PDF and Markdown all
 * carry it), and the free-text answers. A name or job title the event may have asked
 * for stays out: the record is anonymised.
 */
@Component
class EvaluationSummarySection implements RecordExportSection {

    private final Evaluations evaluations;

    EvaluationSummarySection(Evaluations evaluations) {
        this.evaluations = evaluations;
    }

    @Override
    public int order() {
        return 200;
    }

    @Override
    public Optional<Section> sectionFor(Caller facilitator, String eventId, RecordExportOptions options,
            Locale language) {
        EvaluationResults results = evaluations.resultsFor(facilitator, eventId);
        if (results.status() == FormStatus.NOT_OPEN && results.responses() == 0) {
            return Optional.empty();
        }
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Paragraph(Texts.get(language, "record.evaluation.responses", results.responses(),
                results.inTheRoom())));
        for (EvaluationResults.QuestionResult result : results.questions()) {
            EvaluationQuestion question = result.question();
            boolean identifying = question.id().equals(DefaultQuestions.NAME.id())
                    || question.id().equals(DefaultQuestions.JOB_TITLE.id());
            if (identifying) {
                continue;
            }
            blocks.add(new Subheading(question.text()));
            if (question.kind() == QuestionKind.FREE_TEXT) {
                blocks.add(result.texts().isEmpty()
                        ? new Paragraph(Texts.get(language, "record.evaluation.no-answers"), true)
                        : new Bullets(result.texts()));
            } else {
                List<Row> rows = result.counts().stream().map(count -> new Row(count.label(),
                        String.valueOf(count.count()), count.percentOf(results.responses()) + "%",
                        bar(count.percentOf(results.responses())))).toList();
                blocks.add(new Table(List.of(Texts.get(language, "record.document.answer"),
                        Texts.get(language, "record.evaluation.count"), Texts.get(language, "record.evaluation.share"),
                        Texts.get(language, "record.evaluation.chart")), rows));
            }
        }
        return Optional.of(new Section(Texts.get(language, "record.evaluation.title"), blocks));
    }

    /** The share as a bar of up to 20 blocks: a chart every format can carry as text. */
    static String bar(int percent) {
        int blocks = Math.round(Math.max(0, Math.min(100, percent)) / 5f);
        return "\u2588".repeat(blocks);
    }
}
