package org.roundtable.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.roundtable.live.LoggedChange;
import org.roundtable.live.store.ChangeCodec;

/** The evaluation's changes survive the store and the cluster: what a restart or another node reads back. */
class EvaluationChangeCodecTest {

    private final ChangeCodec codec = new ChangeCodec(List.of(EvaluationChange.TYPES));

    private LoggedChange roundTrip(EvaluationChange change) {
        LoggedChange logged = new LoggedChange("event:e", 7, Instant.parse("2026-11-30T16:00:00Z"), "participant:p",
                change);
        return codec.decode(codec.encode(logged));
    }

    @Test
    void questions_and_answers_read_back_as_they_were_written() {
        var questions = new EvaluationChange.EvaluationQuestionsChanged(List.of(
                EvaluationQuestion.scale("Rate it", "Poor", "Great", true),
                EvaluationQuestion.multipleChoice("Which?", List.of("A", "B"), false),
                EvaluationQuestion.freeText("Comments?", false)));
        var answers = new EvaluationChange.EvaluationAnswersSaved(Map.of("q1", Answer.rating(3),
                "q2", Answer.choices(List.of("A", "B")), "q3", Answer.text("Diolch 👍")), true);

        assertThat(roundTrip(questions).change()).isEqualTo(questions);
        assertThat(roundTrip(answers).change()).isEqualTo(answers);
        assertThat(roundTrip(new EvaluationChange.EvaluationOpened()).change())
                .isEqualTo(new EvaluationChange.EvaluationOpened());
        assertThat(roundTrip(new EvaluationChange.EvaluationNameAndRoleAsked(true)).change())
                .isEqualTo(new EvaluationChange.EvaluationNameAndRoleAsked(true));
    }
}
