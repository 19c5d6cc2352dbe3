package org.roundtable.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.roundtable.access.Caller;
import org.roundtable.event.LearningEvent;
import org.roundtable.shared.Texts;
import org.roundtable.testing.TestRoom;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The evaluation results' CSV speaks the language of the person who downloads it: headings,
 * question kinds, the response count and "no answers"; questions and answers stay as written.
 */
@SpringBootTest
@ActiveProfiles("test")
class EvaluationCsvLanguagesTest {

    @Autowired
    Evaluations evaluations;
    @Autowired
    TestRoom room;

    Caller.Account owner;
    LearningEvent event;

    @BeforeEach
    void oneResponseSent() {
        owner = room.facilitator();
        event = room.newEvent(owner, "Plentyn G");
        Caller.Participant police = room.join(event, owner, "POL");
        room.join(event, owner, "HV");
        evaluations.open(owner, event.id());
        evaluations.saveAnswers(police, event.id(), Map.of("objectives-met", Answer.choice("Yes"), "overall-rating",
                Answer.rating(4), "most-helpful", Answer.text("Clywed llais y teulu")), true);
    }

    @Test
    void in_welsh_the_headings_kinds_and_counts_are_welsh_and_the_answers_as_written() throws IOException {
        List<CSVRecord> rows = parse(Texts.WELSH);

        assertThat(rows.getFirst().getParser().getHeaderNames()).containsExactly("Cwestiwn", "Math o gwestiwn", "Ateb",
                "Nifer", "Canran yr ymatebion");
        assertThat(rows.getFirst().values()).containsExactly("Ymatebion", "", "", "1", "o 2 yn yr ystafell");
        assertThat(row(rows, "Sgôr o 1 i 5", "4")).isNotNull();
        assertThat(row(rows, "Un dewis", "Yes").get("Nifer")).isEqualTo("1");
        assertThat(row(rows, "Testun rhydd", "Clywed llais y teulu")).isNotNull();
        assertThat(rows).anySatisfy(r -> assertThat(r.get("Ateb")).isEqualTo("Dim atebion"));
        assertThat(rows).flatExtracting(CSVRecord::toList).doesNotContain("Responses", "Rating 1 to 5", "One choice",
                "Free text", "No answers");
    }

    @Test
    void in_english_it_reads_as_it_always_has() throws IOException {
        List<CSVRecord> rows = parse(Texts.ENGLISH);

        assertThat(rows.getFirst().getParser().getHeaderNames()).containsExactly("Question", "Kind", "Answer",
                "Count", "Percent of responses");
        assertThat(rows.getFirst().values()).containsExactly("Responses", "", "", "1", "of 2 in the room");
        assertThat(row(rows, "Rating 1 to 5", "4").get("Percent of responses")).isEqualTo("100");
        assertThat(rows).anySatisfy(r -> assertThat(r.get("Answer")).isEqualTo("No answers"));
        assertThat(rows).flatExtracting(CSVRecord::toList).doesNotContain("Ymatebion", "Sgôr o 1 i 5", "Dim atebion");
    }

    private List<CSVRecord> parse(Locale language) throws IOException {
        String csv = new String(evaluations.resultsCsv(owner, event.id(), language), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFF");
        try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv.substring(1)))) {
            return parser.getRecords();
        }
    }

    /** The row of a question of {@code kind} with {@code answer}, by position: kind, then answer. */
    private static CSVRecord row(List<CSVRecord> rows, String kind, String answer) {
        return rows.stream().filter(r -> r.get(1).equals(kind) && r.get(2).startsWith(answer)).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + kind + " / " + answer + " in " + rows));
    }
}
