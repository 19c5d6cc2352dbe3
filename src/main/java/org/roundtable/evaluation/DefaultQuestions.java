package org.roundtable.evaluation;

import java.util.List;

/**
 * The questions a form starts with, after the sample evaluation form of the Welsh learning event
 * guide, in our own words. Their ids are fixed, so every node and every replay agrees on them.
 */
public final class DefaultQuestions {

    /** The optional name and job title asked at the top when the event chooses to. */
    public static final EvaluationQuestion NAME = new EvaluationQuestion("respondent-name", "Your name",
            QuestionKind.FREE_TEXT, List.of(), null, null, false);
    public static final EvaluationQuestion JOB_TITLE = new EvaluationQuestion("respondent-job-title",
            "Your job title", QuestionKind.FREE_TEXT, List.of(), null, null, false);

    private static final List<EvaluationQuestion> QUESTIONS = List.of(
            EvaluationQuestion.singleChoice("Did the event meet its objectives?", List.of("Yes", "Partly", "No"),
                    true).withId("objectives-met"),
            EvaluationQuestion.scale("How would you rate the event overall?", "Poor", "Excellent", true)
                    .withId("overall-rating"),
            EvaluationQuestion.freeText("What did you find most helpful?", false).withId("most-helpful"),
            EvaluationQuestion.freeText("What did you find least helpful?", false).withId("least-helpful"),
            EvaluationQuestion.freeText("What learning will you take back into your work?", false)
                    .withId("learning-taken-back"),
            EvaluationQuestion.freeText("Any other comments or suggestions?", false).withId("other-comments"));

    private DefaultQuestions() {
    }

    public static List<EvaluationQuestion> questions() {
        return QUESTIONS;
    }

    /** Whether the id is one of the name and job title fields rather than a question of the form. */
    public static boolean isAboutTheRespondent(String questionId) {
        return NAME.id().equals(questionId) || JOB_TITLE.id().equals(questionId);
    }
}
