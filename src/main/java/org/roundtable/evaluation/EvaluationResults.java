package org.roundtable.evaluation;

import java.util.List;

/**
 * What the room said, for the facilitator: only sent responses count, and no answer carries a name
 * or a byline. Name and job title appear, as answers like any other, only if the event asked for
 * them.
 *
 * @param responses how many participants sent the form
 * @param inTheRoom how many people joined the room
 * @param questions per field of the form, in order
 */
public record EvaluationResults(String pseudonym, FormStatus status, int responses, int inTheRoom,
        List<QuestionResult> questions) {

    public EvaluationResults {
        questions = List.copyOf(questions);
    }

    /**
     * One question's results.
     *
     * @param counts for a scale or choice, how many chose each value, in the question's order
     * @param texts  for free text, the answers in the order they were first saved
     */
    public record QuestionResult(EvaluationQuestion question, List<OptionCount> counts, List<String> texts) {

        public QuestionResult {
            counts = List.copyOf(counts);
            texts = List.copyOf(texts);
        }
    }

    /** How many chose one value of a scale or choice, and what share of the responses that is. */
    public record OptionCount(String label, int count) {

        /** The whole-number percentage of {@code responses}; 0 when there are none. */
        public int percentOf(int responses) {
            return responses == 0 ? 0 : Math.round(100f * count / responses);
        }
    }
}
