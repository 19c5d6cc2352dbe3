package org.roundtable.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.roundtable.access.Caller;
import org.roundtable.event.LearningEvent;
import org.roundtable.live.ChangeLog;
import org.roundtable.shared.InvalidInput;
import org.roundtable.shared.NotAllowed;
import org.roundtable.shared.Texts;
import org.roundtable.testing.TestRoom;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** The evaluation form through the real service, log and read model. */
@SpringBootTest
@ActiveProfiles("test")
class EvaluationsTest {

    private static final String OBJECTIVES = "objectives-met";
    private static final String RATING = "overall-rating";
    private static final String MOST_HELPFUL = "most-helpful";

    @Autowired
    Evaluations evaluations;
    @Autowired
    ChangeLog changeLog;
    @Autowired
    TestRoom room;

    Caller.Account owner;
    LearningEvent event;
    Caller.Participant police;
    Caller.Participant healthVisitor;

    @BeforeEach
    void aRoomAtTheClose() {
        owner = room.facilitator();
        event = room.newEvent(owner, "Child E");
        police = room.join(event, owner, "POL");
        healthVisitor = room.join(event, owner, "HV");
    }

    private static Map<String, Answer> complete(String objectives, int rating, String helpful) {
        return Map.of(OBJECTIVES, Answer.choice(objectives), RATING, Answer.rating(rating), MOST_HELPFUL,
                Answer.text(helpful));
    }

    @Test
    void a_new_event_has_the_default_questions_and_a_form_not_yet_open() {
        EvaluationForm form = evaluations.formFor(police, event.id());

        assertThat(form.questions()).isEqualTo(DefaultQuestions.questions());
        assertThat(form.status()).isEqualTo(FormStatus.NOT_OPEN);
        assertThat(form.asksNameAndRole()).isFalse();
        assertThatThrownBy(() -> evaluations.saveAnswers(police, event.id(), complete("Yes", 5, "All"), true))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("opens at the close");
    }

    @Test
    void only_the_events_facilitators_change_the_questions() {
        List<EvaluationQuestion> questions = List.of(EvaluationQuestion.freeText("One thing?", true));

        assertThatThrownBy(() -> evaluations.changeQuestions(police, event.id(), questions))
                .isInstanceOf(NotAllowed.class);
        assertThatThrownBy(() -> evaluations.changeQuestions(room.anotherFacilitator(), event.id(), questions))
                .isInstanceOf(NotAllowed.class);
        assertThatThrownBy(() -> evaluations.askForNameAndRole(police, event.id(), true))
                .isInstanceOf(NotAllowed.class);
        assertThatThrownBy(() -> evaluations.open(police, event.id())).isInstanceOf(NotAllowed.class);

        assertThat(evaluations.changeQuestions(owner, event.id(), questions).questions()).isEqualTo(questions);
        assertThat(evaluations.formFor(healthVisitor, event.id()).questions()).isEqualTo(questions);
    }

    @Test
    void the_questions_are_frozen_once_the_form_has_been_opened() {
        evaluations.open(owner, event.id());
        List<EvaluationQuestion> questions = List.of(EvaluationQuestion.freeText("One thing?", true));

        assertThatThrownBy(() -> evaluations.changeQuestions(owner, event.id(), questions))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("opened");
        assertThatThrownBy(() -> evaluations.askForNameAndRole(owner, event.id(), true))
                .isInstanceOf(InvalidInput.class);
        evaluations.close(owner, event.id());
        assertThatThrownBy(() -> evaluations.changeQuestions(owner, event.id(), questions))
                .isInstanceOf(InvalidInput.class);
        assertThat(evaluations.formFor(owner, event.id()).questions()).isEqualTo(DefaultQuestions.questions());
    }

    @Test
    void a_participant_who_lost_connection_resumes_their_half_filled_form() {
        evaluations.open(owner, event.id());

        evaluations.saveAnswers(police, event.id(), Map.of(RATING, Answer.rating(4)), false);

        MyResponse resumed = evaluations.myResponse(police, event.id());
        assertThat(resumed.sent()).isFalse();
        assertThat(resumed.answer(RATING)).isEqualTo(Answer.choice("4"));
        assertThat(evaluations.myResponse(healthVisitor, event.id())).isEqualTo(MyResponse.empty());
        assertThat(evaluations.resultsFor(owner, event.id()).responses()).isZero();
    }

    @Test
    void sending_without_a_required_answer_names_the_question_and_keeps_the_draft() {
        evaluations.open(owner, event.id());
        evaluations.saveAnswers(police, event.id(), Map.of(RATING, Answer.rating(4)), false);

        assertThatThrownBy(() -> evaluations.saveAnswers(police, event.id(), Map.of(RATING, Answer.rating(4)), true))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("Did the event meet its objectives?");
        assertThat(evaluations.myResponse(police, event.id()).sent()).isFalse();
        assertThat(evaluations.myResponse(police, event.id()).answer(RATING)).isEqualTo(Answer.choice("4"));
    }

    @Test
    void an_answer_that_does_not_fit_its_question_is_refused_and_nothing_changes() {
        evaluations.open(owner, event.id());
        evaluations.saveAnswers(police, event.id(), complete("Yes", 4, "The timeline"), true);
        int logged = changeLog.read(event.logId()).size();

        assertThatThrownBy(() -> evaluations.saveAnswers(police, event.id(), complete("Maybe", 4, "x"), true))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("options");
        assertThatThrownBy(() -> evaluations.saveAnswers(police, event.id(), complete("Yes", 9, "x"), true))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("1 to 5");
        assertThatThrownBy(() -> evaluations.saveAnswers(police, event.id(),
                complete("Yes", 4, "x".repeat(EvaluationQuestion.MAX_ANSWER + 1)), true))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("2000");
        assertThatThrownBy(() -> evaluations.saveAnswers(police, event.id(),
                Map.of("forged-question", Answer.text("hello")), false))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("not on this evaluation form");
        assertThatThrownBy(() -> evaluations.saveAnswers(police, event.id(),
                Map.of("respondent-name", Answer.text("Sam")), false))
                .as("name is not asked for").isInstanceOf(InvalidInput.class);

        assertThat(changeLog.read(event.logId())).hasSize(logged);
        assertThat(evaluations.myResponse(police, event.id()).answer(MOST_HELPFUL))
                .isEqualTo(Answer.text("The timeline"));
    }

    @Test
    void facilitators_and_the_projector_do_not_answer_the_form() {
        evaluations.open(owner, event.id());
        Caller.Projector projector = projector();

        assertThatThrownBy(() -> evaluations.saveAnswers(owner, event.id(), complete("Yes", 5, "x"), true))
                .isInstanceOf(NotAllowed.class);
        assertThatThrownBy(() -> evaluations.saveAnswers(projector, event.id(), complete("Yes", 5, "x"), true))
                .isInstanceOf(NotAllowed.class);
    }

    @Test
    void a_second_send_replaces_the_first_so_each_participant_counts_once() {
        evaluations.open(owner, event.id());

        evaluations.saveAnswers(police, event.id(), complete("No", 2, "First thoughts"), true);
        MyResponse second = evaluations.saveAnswers(police, event.id(), complete("Yes", 5, "Second thoughts"), true);

        assertThat(second.sent()).isTrue();
        EvaluationResults results = evaluations.resultsFor(owner, event.id());
        assertThat(results.responses()).isEqualTo(1);
        assertThat(counts(results, OBJECTIVES)).containsExactly(1, 0, 0);
        assertThat(texts(results, MOST_HELPFUL)).containsExactly("Second thoughts");
    }

    @Test
    void once_sent_a_response_stays_sent_and_cannot_lose_a_required_answer() {
        evaluations.open(owner, event.id());
        evaluations.saveAnswers(police, event.id(), complete("Yes", 3, "All"), true);

        MyResponse edited = evaluations.saveAnswers(police, event.id(), complete("Partly", 3, "All"), false);

        assertThat(edited.sent()).isTrue();
        assertThatThrownBy(() -> evaluations.saveAnswers(police, event.id(), Map.of(RATING, Answer.rating(3)), false))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("objectives");
        assertThat(counts(evaluations.resultsFor(owner, event.id()), OBJECTIVES)).containsExactly(0, 1, 0);
    }

    @Test
    void a_form_sent_after_the_close_is_refused_with_a_message_and_nothing_changes() {
        evaluations.open(owner, event.id());
        evaluations.saveAnswers(police, event.id(), complete("Yes", 4, "Kept"), true);
        evaluations.close(owner, event.id());

        assertThatThrownBy(() -> evaluations.saveAnswers(police, event.id(), complete("No", 1, "Late"), true))
                .isInstanceOf(InvalidInput.class).hasMessage(Evaluations.CLOSED_MESSAGE);
        assertThatThrownBy(() -> evaluations.saveAnswers(healthVisitor, event.id(), complete("No", 1, "Late"), true))
                .isInstanceOf(InvalidInput.class);

        EvaluationResults results = evaluations.resultsFor(owner, event.id());
        assertThat(results.responses()).isEqualTo(1);
        assertThat(texts(results, MOST_HELPFUL)).containsExactly("Kept");
    }

    @Test
    void answers_that_reach_the_log_after_the_close_are_ignored_on_every_node() {
        evaluations.open(owner, event.id());
        evaluations.close(owner, event.id());

        // a tablet's save that passed the service's check just before the close, but landed after it
        changeLog.append(event.logId(), new EvaluationChange.EvaluationAnswersSaved(complete("No", 1, "Late"), true),
                healthVisitor.actorId());

        assertThat(evaluations.myResponse(healthVisitor, event.id())).isEqualTo(MyResponse.empty());
        assertThat(evaluations.resultsFor(owner, event.id()).responses()).isZero();
    }

    @Test
    void the_results_count_each_option_and_the_responses_against_the_people_in_the_room() {
        Caller.Participant third = room.join(event, owner, "POL");
        evaluations.open(owner, event.id());

        evaluations.saveAnswers(police, event.id(), complete("Yes", 5, "The chronology"), true);
        evaluations.saveAnswers(healthVisitor, event.id(), complete("Partly", 5, "Hearing health's view"), true);
        evaluations.saveAnswers(third, event.id(), Map.of(RATING, Answer.rating(2)), false);

        EvaluationResults results = evaluations.resultsFor(owner, event.id());
        assertThat(results.responses()).isEqualTo(2);
        assertThat(results.inTheRoom()).isEqualTo(3);
        assertThat(counts(results, OBJECTIVES)).containsExactly(1, 1, 0);
        assertThat(counts(results, RATING)).containsExactly(0, 0, 0, 0, 2);
        assertThat(result(results, RATING).counts().getFirst().label()).isEqualTo("1 (Poor)");
        assertThat(texts(results, MOST_HELPFUL)).containsExactly("The chronology", "Hearing health's view");
        assertThat(results.toString()).doesNotContain(police.actorId(), "POL", "HV", "Police", "Health Visiting");
    }

    @Test
    void name_and_job_title_are_asked_only_when_the_event_chose_to_and_then_appear_only_in_the_results() {
        evaluations.askForNameAndRole(owner, event.id(), true);
        evaluations.open(owner, event.id());
        Map<String, Answer> answers = new java.util.HashMap<>(complete("Yes", 4, "All"));
        answers.put(DefaultQuestions.NAME.id(), Answer.text("Sam Example"));
        answers.put(DefaultQuestions.JOB_TITLE.id(), Answer.text("Health visitor"));

        evaluations.saveAnswers(healthVisitor, event.id(), answers, true);

        assertThat(evaluations.formFor(healthVisitor, event.id()).fields().getFirst()).isEqualTo(DefaultQuestions.NAME);
        assertThat(texts(evaluations.resultsFor(owner, event.id()), DefaultQuestions.NAME.id()))
                .containsExactly("Sam Example");
    }

    @Test
    void the_results_are_for_the_facilitators_only() {
        assertThatThrownBy(() -> evaluations.resultsFor(police, event.id())).isInstanceOf(NotAllowed.class);
        assertThatThrownBy(() -> evaluations.resultsFor(projector(), event.id())).isInstanceOf(NotAllowed.class);
        assertThatThrownBy(() -> evaluations.resultsCsv(police, event.id())).isInstanceOf(NotAllowed.class);
        assertThatThrownBy(() -> evaluations.resultsPdf(projector(), event.id())).isInstanceOf(NotAllowed.class);
        assertThatThrownBy(() -> evaluations.resultsFor(room.anotherFacilitator(), event.id()))
                .isInstanceOf(NotAllowed.class);
    }

    @Test
    void the_csv_lists_counts_and_answers_with_spreadsheet_formulas_made_inert() {
        evaluations.open(owner, event.id());
        evaluations.saveAnswers(police, event.id(), complete("Yes", 4, "=HYPERLINK(\"http://x\")"), true);
        evaluations.saveAnswers(healthVisitor, event.id(), complete("Yes", 5, "Llongyfarchiadau, ŵyr 👍"), true);

        String csv = new String(evaluations.resultsCsv(owner, event.id()), StandardCharsets.UTF_8);

        assertThat(csv).contains("Question,Kind,Answer,Count,Percent of responses");
        assertThat(csv).contains("Responses,,,2,of 2 in the room");
        assertThat(csv).contains("Did the event meet its objectives?,One choice,Yes,2,100");
        assertThat(csv).contains("How would you rate the event overall?,Rating 1 to 5,4,1,50");
        assertThat(csv).contains("'=HYPERLINK(");
        assertThat(csv).doesNotContain(",=HYPERLINK");
        assertThat(csv).contains("Llongyfarchiadau, ŵyr 👍");
    }

    @Test
    void the_pdf_opens_and_holds_the_response_count_questions_and_answers() {
        evaluations.open(owner, event.id());
        evaluations.saveAnswers(police, event.id(), complete("Partly", 3, "Seeing the whole chronology"), true);

        String text = pdfText(evaluations.resultsPdf(owner, event.id()));

        assertThat(text).contains("Evaluation: Child E", "1 of 2 people in the room sent the form.",
                "Did the event meet its objectives?", "Partly", "1 (100%)", "Seeing the whole chronology",
                "Any other comments or suggestions?", "No answers.");
    }

    @Test
    void the_pdf_speaks_the_language_of_the_person_who_downloads_it() {
        evaluations.open(owner, event.id());
        evaluations.saveAnswers(police, event.id(), complete("Partly", 3, "Seeing the whole chronology"), true);

        String text = pdfText(evaluations.resultsPdf(owner, event.id(), org.roundtable.shared.Texts.WELSH));

        assertThat(text).contains("Gwerthusiad: Child E", "Anfonodd 1 o'r 2 o bobl yn yr ystafell y ffurflen.",
                "Dim atebion.", "Seeing the whole chronology");
        assertThat(text).doesNotContain("Evaluation:", "people in the room", "No answers.");
    }

    private Caller.Projector projector() {
        return room.projector(event, owner);
    }

    private static EvaluationResults.QuestionResult result(EvaluationResults results, String questionId) {
        return results.questions().stream().filter(r -> r.question().id().equals(questionId)).findFirst()
                .orElseThrow();
    }

    private static List<Integer> counts(EvaluationResults results, String questionId) {
        List<Integer> counts = new ArrayList<>();
        result(results, questionId).counts().forEach(c -> counts.add(c.count()));
        return counts;
    }

    private static List<String> texts(EvaluationResults results, String questionId) {
        return result(results, questionId).texts();
    }

    private static String pdfText(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void a_refusal_from_the_form_reads_in_welsh_for_a_welsh_speaker() {
        evaluations.open(owner, event.id());
        assertThatThrownBy(() -> evaluations.saveAnswers(police, event.id(), Map.of(RATING, Answer.rating(4)), true))
                .isInstanceOfSatisfying(InvalidInput.class, refused -> assertThat(refused.messageIn(Texts.WELSH))
                        .isEqualTo("Atebwch “Did the event meet its objectives?” cyn anfon, os gwelwch yn dda."));
        evaluations.close(owner, event.id());

        assertThatThrownBy(() -> evaluations.saveAnswers(police, event.id(), complete("No", 1, "Late"), true))
                .isInstanceOfSatisfying(InvalidInput.class, refused -> {
                    assertThat(refused.messageIn(Texts.WELSH)).isEqualTo("Mae'r ffurflen werthuso wedi cau, felly "
                            + "ni chafodd eich atebion eu cadw. Diolch am gymryd rhan.");
                    assertThat(refused.messageIn(Texts.ENGLISH)).isEqualTo(Evaluations.CLOSED_MESSAGE);
                });
    }
}
