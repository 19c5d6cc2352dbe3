package org.roundtable.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The evaluation form of an event as a participant fills it in or a facilitator prepares it.
 *
 * @param questions        the form's questions in order, without the name and job title fields
 * @param status           whether it is being prepared, open or closed
 * @param asksNameAndRole  the event asks for name and job title (optional fields at the top)
 */
public record EvaluationForm(List<EvaluationQuestion> questions, FormStatus status, boolean asksNameAndRole) {

    public EvaluationForm {
        questions = List.copyOf(questions);
    }

    /** What a participant sees, in order: name and job title first when the event asks for them. */
    public List<EvaluationQuestion> fields() {
        if (!asksNameAndRole) {
            return questions;
        }
        List<EvaluationQuestion> fields = new ArrayList<>(questions.size() + 2);
        fields.add(DefaultQuestions.NAME);
        fields.add(DefaultQuestions.JOB_TITLE);
        fields.addAll(questions);
        return List.copyOf(fields);
    }

    public Optional<EvaluationQuestion> field(String id) {
        return fields().stream().filter(q -> q.id().equals(id)).findFirst();
    }
}
