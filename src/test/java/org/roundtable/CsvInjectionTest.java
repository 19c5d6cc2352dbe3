package org.roundtable;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.roundtable.access.AuditAction;
import org.roundtable.access.AuditTrail;
import org.roundtable.access.Caller;
import org.roundtable.evaluation.Answer;
import org.roundtable.evaluation.EvaluationForm;
import org.roundtable.evaluation.EvaluationQuestion;
import org.roundtable.evaluation.Evaluations;
import org.roundtable.event.LearningEvent;
import org.roundtable.testing.TestRoom;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * Text a spreadsheet would run as a formula, put into every CSV we write through the services
 * that write them, comes back from the file as inert text: a single quote in front.
 */
@SpringBootTest
@ActiveProfiles("test")
class CsvInjectionTest {

    /** OWASP's formula starters, each with a marker so the test finds its own cells. */
    private static List<String> hostile(String marker) {
        return List.of("=HYPERLINK(\"http://x/" + marker + "\")", "+1 " + marker, "-1 " + marker,
                "@SUM(A1) " + marker, "\t=1+1 " + marker, "\r=1+1 " + marker);
    }

    @Autowired
    TestRoom room;
    @Autowired
    Evaluations evaluations;
    @Autowired
    AuditTrail audit;

    @Test
    void hostile_answers_options_and_questions_are_inert_in_the_evaluation_csv() throws IOException {
        String marker = UUID.randomUUID().toString();
        List<String> hostile = hostile(marker);
        Caller.Account owner = room.anotherFacilitator();
        LearningEvent event = room.newEvent(owner, "Child C");
        EvaluationForm form = evaluations.changeQuestions(owner, event.id(), List.of(
                EvaluationQuestion.freeText(hostile.getFirst(), false),
                EvaluationQuestion.singleChoice("Which? " + marker, hostile.subList(1, 4), false)));
        evaluations.open(owner, event.id());
        EvaluationQuestion freeText = form.questions().get(0);
        EvaluationQuestion choice = form.questions().get(1);
        for (String text : hostile) {
            Caller.Participant participant = room.join(event, owner, "POL");
            evaluations.saveAnswers(participant, event.id(), Map.of(freeText.id(), Answer.text(text),
                    choice.id(), Answer.choice(choice.options().get(hostile.indexOf(text) % 3))), true);
        }

        List<String> cells = cells(evaluations.resultsCsv(owner, event.id()));

        assertInert(cells, marker, 2 * hostile.size() + 3);
    }

    @Test
    void hostile_names_and_details_are_inert_in_the_audit_trail_csv() throws IOException {
        String marker = UUID.randomUUID().toString();
        for (String text : hostile(marker)) {
            audit.recordUnknown(text, AuditAction.SIGN_IN_FAILED, null, text);
        }

        List<String> cells = cells(audit.csvFor(room.facilitator()));

        assertInert(cells, marker, 2 * hostile(marker).size());
    }

    /** Every cell of the file, after the byte order mark. */
    private static List<String> cells(byte[] csv) throws IOException {
        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        List<String> cells = new ArrayList<>();
        for (CSVRecord record : CSVFormat.RFC4180.parse(new StringReader(text.substring(1)))) {
            record.forEach(cells::add);
        }
        return cells;
    }

    /**
     * No cell of the file starts a formula, and every cell made from our hostile text starts with
     * exactly one quote. (A tab or carriage return in front is stripped from user text on the way
     * in, which leaves the formula character behind it to be quoted.)
     */
    private static void assertInert(List<String> cells, String marker, int hostileCells) {
        assertThat(cells).allSatisfy(cell -> assertThat(cell).doesNotMatch("(?s)[=+\\-@\\t\\r].*"));
        List<String> ours = cells.stream().filter(cell -> cell.contains(marker) && !cell.startsWith("Which?"))
                .toList();
        assertThat(ours).hasSizeGreaterThanOrEqualTo(hostileCells)
                .allSatisfy(cell -> assertThat(cell).matches("(?s)'[=+\\-@\\t\\r].*"));
    }
}
