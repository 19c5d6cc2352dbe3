package org.roundtable.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.roundtable.shared.InvalidInput;
import org.roundtable.shared.Texts;

class EvaluationQuestionTest {

    @Test
    void the_default_form_asks_the_guides_six_questions_with_only_the_first_two_required() {
        List<EvaluationQuestion> questions = DefaultQuestions.questions();

        assertThat(questions).extracting(EvaluationQuestion::kind).containsExactly(QuestionKind.SINGLE_CHOICE,
                QuestionKind.SCALE, QuestionKind.FREE_TEXT, QuestionKind.FREE_TEXT, QuestionKind.FREE_TEXT,
                QuestionKind.FREE_TEXT);
        assertThat(questions.getFirst().options()).containsExactly("Yes", "Partly", "No");
        assertThat(questions).extracting(EvaluationQuestion::required)
                .containsExactly(true, true, false, false, false, false);
        assertThat(questions.get(1).countedValues()).containsExactly("1", "2", "3", "4", "5");
    }

    @Test
    void name_and_job_title_come_first_only_when_the_event_asks_for_them() {
        EvaluationForm without = new EvaluationForm(DefaultQuestions.questions(), FormStatus.OPEN, false);
        EvaluationForm with = new EvaluationForm(DefaultQuestions.questions(), FormStatus.OPEN, true);

        assertThat(without.fields()).doesNotContain(DefaultQuestions.NAME, DefaultQuestions.JOB_TITLE);
        assertThat(with.fields().subList(0, 2)).containsExactly(DefaultQuestions.NAME, DefaultQuestions.JOB_TITLE);
        assertThat(with.fields().subList(0, 2)).noneMatch(EvaluationQuestion::required);
    }

    @Test
    void a_question_longer_than_300_characters_is_refused() {
        assertThatThrownBy(() -> EvaluationQuestion.freeText("q".repeat(301), false))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("300");
    }

    @Test
    void a_choice_needs_two_to_ten_different_options_of_at_most_100_characters() {
        assertThatThrownBy(() -> EvaluationQuestion.singleChoice("Which?", List.of("Only one"), false))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("at least two");
        List<String> eleven = java.util.stream.IntStream.rangeClosed(1, 11).mapToObj(i -> "Option " + i).toList();
        assertThatThrownBy(() -> EvaluationQuestion.multipleChoice("Which?", eleven, false))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("10");
        assertThatThrownBy(() -> EvaluationQuestion.singleChoice("Which?", List.of("a".repeat(101), "b"), false))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("100");
        assertThatThrownBy(() -> EvaluationQuestion.singleChoice("Which?", List.of("Same", "Same"), false))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("same option twice");
        assertThat(EvaluationQuestion.singleChoice("Which?", List.of(" A ", "", "B"), false).options())
                .containsExactly("A", "B");
    }

    @Test
    void a_rating_outside_one_to_five_is_refused_with_the_question_named() {
        EvaluationQuestion rating = EvaluationQuestion.scale("How was it?", "Poor", "Great", true);

        assertThat(rating.checked(Answer.rating(4))).isEqualTo(Answer.choice("4"));
        assertThatThrownBy(() -> rating.checked(Answer.rating(6)))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("How was it?");
        assertThatThrownBy(() -> rating.checked(Answer.text("great")))
                .isInstanceOf(InvalidInput.class);
    }

    @Test
    void a_choice_must_be_among_the_options_and_a_single_choice_only_one() {
        EvaluationQuestion single = EvaluationQuestion.singleChoice("Met?", List.of("Yes", "No"), true);
        EvaluationQuestion multiple = EvaluationQuestion.multipleChoice("Which?", List.of("A", "B", "C"), false);

        assertThatThrownBy(() -> single.checked(Answer.choice("Maybe"))).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> single.checked(Answer.choices(List.of("Yes", "No"))))
                .isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> multiple.checked(Answer.choices(List.of("A", "Z"))))
                .isInstanceOf(InvalidInput.class);
        assertThat(multiple.checked(Answer.choices(List.of("C", "A"))).values()).containsExactly("A", "C");
    }

    @Test
    void free_text_is_cleaned_and_limited_to_2000_characters() {
        EvaluationQuestion comments = EvaluationQuestion.freeText("Comments?", false);

        assertThat(comments.checked(Answer.text("  Good day\u0007 "))).isEqualTo(Answer.text("Good day"));
        assertThat(comments.checked(Answer.text("   "))).isEqualTo(Answer.none());
        assertThatThrownBy(() -> comments.checked(Answer.text("x".repeat(2_001))))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("2000");
    }

    @Test
    void a_question_refused_reads_in_welsh_with_the_question_and_the_numbers_put_in() {
        assertThatThrownBy(() -> EvaluationQuestion.singleChoice("Pa mor ddefnyddiol?", List.of("Iawn"), true))
                .isInstanceOfSatisfying(InvalidInput.class, refused -> assertThat(refused.messageIn(Texts.WELSH))
                        .isEqualTo("Mae angen o leiaf ddau opsiwn ar gyfer “Pa mor ddefnyddiol?”."));
        EvaluationQuestion rating = EvaluationQuestion.scale("Sut aeth hi?", null, null, true);
        assertThatThrownBy(() -> rating.checked(Answer.rating(6)))
                .isInstanceOfSatisfying(InvalidInput.class, refused -> assertThat(refused.messageIn(Texts.WELSH))
                        .isEqualTo("“Sut aeth hi?”: dewiswch sgôr o 1 i 5."));
        assertThatThrownBy(() -> EvaluationQuestion.freeText(" ", true))
                .isInstanceOfSatisfying(InvalidInput.class, refused -> assertThat(refused.messageIn(Texts.WELSH))
                        .isEqualTo("Mae angen llenwi hwn: Y cwestiwn."));
    }

    @Test
    void each_kind_of_question_has_a_name_in_english_and_welsh() {
        assertThat(QuestionKind.SCALE.label()).isEqualTo("Rating 1 to 5");
        assertThat(Texts.label(Texts.WELSH, QuestionKind.FREE_TEXT)).isEqualTo("Testun rhydd");
    }
}
