package org.roundtable.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.roundtable.access.Caller;
import org.roundtable.evaluation.Answer;
import org.roundtable.evaluation.DefaultQuestions;
import org.roundtable.evaluation.Evaluations;
import org.roundtable.event.LearningEvent;
import org.roundtable.event.RoomStages;
import org.roundtable.testing.TestRoom;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The export carries the note-taker's record and the evaluation summary, the sections other
 * features add, and still no name: not even one the evaluation asked for.
 */
@SpringBootTest
@ActiveProfiles("test")
class RecordSectionsExportTest {

    @Autowired
    TestRoom room;
    @Autowired
    RecordExport export;
    @Autowired
    NoteTaking noteTaking;
    @Autowired
    Evaluations evaluations;
    @Autowired
    RoomStages stages;

    @Test
    void the_record_and_the_evaluation_are_in_every_document_and_the_name_given_in_the_evaluation_is_not()
            throws IOException {
        Caller.Account facilitator = room.anotherFacilitator();
        LearningEvent event = room.newEvent(facilitator, "Child E");
        Caller.Participant participant = room.join(event, facilitator, "POL");
        stages.moveTo(facilitator, event.id(), 3);
        noteTaking.add(facilitator, event.id(), "Housing had not been asked about the heating.",
                Set.of(RecordTag.values()[0]), null, null);
        evaluations.askForNameAndRole(facilitator, event.id(), true);
        evaluations.open(facilitator, event.id());
        evaluations.saveAnswers(participant, event.id(), Map.of(
                DefaultQuestions.NAME.id(), Answer.text("Zelda Quartermaine"),
                "objectives-met", Answer.choice("Partly"),
                "overall-rating", Answer.rating(4),
                "learning-taken-back", Answer.text("Ask who else lives in the home.")), true);

        String word = text(RecordExportFormat.DOCX, facilitator, event);
        assertThat(word).contains("The note-taker's record", "Housing had not been asked about the heating.",
                "Factual information", "Evaluation", "1 of 1 people in the room sent the evaluation.",
                "Did the event meet its objectives?", "Partly", "Ask who else lives in the home.");
        assertThat(word.indexOf("The note-taker's record")).isLessThan(word.indexOf("people in the room sent"));
        // The one response chose "Partly": a full bar of 20 blocks, in the PDF as in Word.
        assertThat(word).contains("\u2588".repeat(20));
        assertThat(text(RecordExportFormat.PDF, facilitator, event)).contains("\u2588".repeat(20));
        for (RecordExportFormat format : RecordExportFormat.values()) {
            assertThat(text(format, facilitator, event)).as(format.name()).doesNotContain("Zelda", "Quartermaine");
        }
    }

    private String text(RecordExportFormat format, Caller facilitator, LearningEvent event) throws IOException {
        return RecordExportTest.textOf(format,
                export.export(facilitator, event.id(), RecordExportOptions.ANONYMISED, format).bytes());
    }
}
