package org.roundtable.evaluation;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.roundtable.shared.CsvCells;
import org.roundtable.shared.Texts;

/**
 * The results as one CSV table a spreadsheet opens: a row per counted value of a scale or choice
 * (with count and percentage of the responses), and a row per free-text answer. Its headings and
 * the words it adds (question kinds, the response count) are in the language asked for; questions
 * and answers as people wrote them.
 */
final class EvaluationCsv {

    private EvaluationCsv() {
    }

    static byte[] write(EvaluationResults results, Locale language) {
        StringWriter out = new StringWriter();
        // a byte order mark so spreadsheets read the file as UTF-8 (Welsh, emoji, right-to-left text)
        out.write('\uFEFF');
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(headings(language)).get())) {
            csv.printRecord(Texts.get(language, "evaluation.csv.responses"), "", "", results.responses(),
                    Texts.get(language, "evaluation.csv.of-in-the-room", results.inTheRoom()));
            for (EvaluationResults.QuestionResult result : results.questions()) {
                String question = CsvCells.neutralise(result.question().text());
                String kind = Texts.label(language, result.question().kind());
                for (EvaluationResults.OptionCount count : result.counts()) {
                    csv.printRecord(question, kind, CsvCells.neutralise(count.label()), count.count(),
                            count.percentOf(results.responses()));
                }
                for (String text : result.texts()) {
                    csv.printRecord(question, kind, CsvCells.neutralise(text), "", "");
                }
                if (!result.question().kind().counted() && result.texts().isEmpty()) {
                    csv.printRecord(question, kind, Texts.get(language, "evaluation.csv.no-answers"), "", "");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The header row, in {@code language}. */
    static String[] headings(Locale language) {
        return new String[] {Texts.get(language, "evaluation.csv.question"), Texts.get(language, "evaluation.csv.kind"),
                Texts.get(language, "evaluation.csv.answer"), Texts.get(language, "evaluation.csv.count"),
                Texts.get(language, "evaluation.csv.percent")};
    }
}
