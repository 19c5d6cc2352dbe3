package org.roundtable.evaluation;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.roundtable.shared.CsvCells;

/**
 * The results as one CSV table a spreadsheet opens: a row per counted value of a scale or choice
 * (with count and percentage of the responses), and a row per free-text answer.
 */
final class EvaluationCsv {

    static final String[] HEADINGS = {"Question", "Kind", "Answer", "Count", "Percent of responses"};

    private EvaluationCsv() {
    }

    static byte[] write(EvaluationResults results) {
        StringWriter out = new StringWriter();
        // a byte order mark so spreadsheets read the file as UTF-8 (Welsh, emoji, right-to-left text)
        out.write('\uFEFF');
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(HEADINGS).get())) {
            csv.printRecord("Responses", "", "", results.responses(), "of " + results.inTheRoom() + " in the room");
            for (EvaluationResults.QuestionResult result : results.questions()) {
                String question = CsvCells.neutralise(result.question().text());
                String kind = result.question().kind().label();
                for (EvaluationResults.OptionCount count : result.counts()) {
                    csv.printRecord(question, kind, CsvCells.neutralise(count.label()), count.count(),
                            count.percentOf(results.responses()));
                }
                for (String text : result.texts()) {
                    csv.printRecord(question, kind, CsvCells.neutralise(text), "", "");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }
}
