package org.roundtable.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.roundtable.shared.Texts;
import org.roundtable.testing.TestRoom;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** The audit trail's CSV speaks the language of the administrator who downloads it, headings first. */
@SpringBootTest
@ActiveProfiles("test")
class AuditTrailCsvLanguagesTest {

    @Autowired
    AuditTrail audit;
    @Autowired
    TestRoom room;

    String noteId;
    String participantId;

    @BeforeEach
    void aParticipantJoinsAndANoteIsHidden() {
        noteId = "n-" + UUID.randomUUID();
        participantId = UUID.randomUUID().toString().replace("-", "");
        audit.record(new Caller.Participant(participantId, "ev-csv", "CSC", "Social worker"), AuditAction.JOINED,
                "ev-csv", "joined with the code");
        audit.record(room.facilitator(), AuditAction.MODERATED, "ev-csv", "Hid note " + noteId);
    }

    @Test
    void in_welsh_the_headings_who_actions_and_details_are_welsh() throws IOException {
        List<CSVRecord> rows = parse(Texts.WELSH);

        assertThat(rows.getFirst().getParser().getHeaderNames()).containsExactly("Pryd (UTC)", "Pwy", "Gweithred",
                "Digwyddiad", "Manylion");
        CSVRecord joined = rows.stream().filter(r -> r.get("Pwy").contains(participantId.substring(0, 8)))
                .findFirst().orElseThrow();
        assertThat(joined.get("Pwy")).isEqualTo("cyfranogwr " + participantId.substring(0, 8) + " (CSC)");
        assertThat(joined.get("Gweithred")).isEqualTo("Wedi ymuno â digwyddiad");
        assertThat(joined.get("Manylion")).isEqualTo("ymunodd gan ddefnyddio'r cod");
        CSVRecord hidden = rows.stream().filter(r -> r.get("Manylion").contains(noteId)).findFirst().orElseThrow();
        assertThat(hidden.get("Manylion")).isEqualTo("Cuddiwyd nodyn " + noteId);
        assertThat(hidden.get("Gweithred")).isEqualTo("Wedi'i gymedroli");
        assertThat(hidden.get("Digwyddiad")).isEqualTo("ev-csv");
    }

    @Test
    void in_english_it_reads_as_the_services_wrote_it() throws IOException {
        List<CSVRecord> rows = parse(Texts.ENGLISH);

        assertThat(rows.getFirst().getParser().getHeaderNames()).containsExactly("When (UTC)", "Who", "Action",
                "Event", "Detail");
        CSVRecord hidden = rows.stream().filter(r -> r.get("Detail").contains(noteId)).findFirst().orElseThrow();
        assertThat(hidden.get("Detail")).isEqualTo("Hid note " + noteId);
        assertThat(hidden.get("Action")).isEqualTo("Moderated");
        assertThat(rows).anySatisfy(r -> assertThat(r.get("Who"))
                .isEqualTo("participant " + participantId.substring(0, 8) + " (CSC)"));
    }

    private List<CSVRecord> parse(Locale language) throws IOException {
        String csv = new String(audit.csvFor(room.facilitator(), language), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFF");
        try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv.substring(1)))) {
            return parser.getRecords();
        }
    }
}
