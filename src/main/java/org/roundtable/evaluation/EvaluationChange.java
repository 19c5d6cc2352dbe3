package org.roundtable.evaluation;

import java.util.List;
import java.util.Map;

import org.roundtable.live.Change;
import org.roundtable.live.ChangeTypes;

/** Changes to an event's evaluation form and its responses, in the event's log. */
sealed interface EvaluationChange extends Change {

    ChangeTypes TYPES = new ChangeTypes(Map.of(
            "EvaluationQuestionsChanged", EvaluationQuestionsChanged.class,
            "EvaluationNameAndRoleAsked", EvaluationNameAndRoleAsked.class,
            "EvaluationOpened", EvaluationOpened.class,
            "EvaluationClosed", EvaluationClosed.class,
            "EvaluationAnswersSaved", EvaluationAnswersSaved.class));

    /** A facilitator set the form's questions (the whole list, in order) before opening it. */
    record EvaluationQuestionsChanged(List<EvaluationQuestion> questions) implements EvaluationChange {
    }

    /** A facilitator chose whether the form asks for name and job title. */
    record EvaluationNameAndRoleAsked(boolean asked) implements EvaluationChange {
    }

    /** A facilitator opened the form to every tablet. */
    record EvaluationOpened() implements EvaluationChange {
    }

    /** A facilitator closed the form: no more answers are taken. */
    record EvaluationClosed() implements EvaluationChange {
    }

    /**
     * A participant saved their answers (all of them, replacing what they had saved before). Who it
     * was stays in the log's actor.
     *
     * @param send they pressed Send (the response counts in the results from now on)
     */
    record EvaluationAnswersSaved(Map<String, Answer> answers, boolean send) implements EvaluationChange {
    }
}
