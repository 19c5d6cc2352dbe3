package org.roundtable.evaluation;

import java.util.Map;

/**
 * A participant's own response: their answers so far by question id, and whether they have sent it.
 * A draft is kept as they go, so a tablet that lost its connection picks up where it was.
 */
public record MyResponse(Map<String, Answer> answers, boolean sent) {

    public MyResponse {
        answers = Map.copyOf(answers);
    }

    public static MyResponse empty() {
        return new MyResponse(Map.of(), false);
    }

    public Answer answer(String questionId) {
        return answers.getOrDefault(questionId, Answer.none());
    }
}
