package org.roundtable.evaluation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;
import org.roundtable.live.LoggedChange;
import org.roundtable.live.Projection;
import org.springframework.stereotype.Component;

/**
 * Read model of every event's evaluation form and responses, fed by the event logs. The rules the
 * service checks are applied again in log order, so every node agrees: questions change only
 * before opening, and answers saved after the close are ignored.
 */
@Component
class EvaluationStore implements Projection {

    /** One participant's response as recorded, with their actor id: only the service reads this. */
    record StoredResponse(String author, Map<String, Answer> answers, boolean sent) {

        StoredResponse {
            answers = Map.copyOf(answers);
        }
    }

    /** One event's form and responses; the copy screens read is made at most once per change. */
    private static final class EventForm {
        List<EvaluationQuestion> questions = DefaultQuestions.questions();
        FormStatus status = FormStatus.NOT_OPEN;
        boolean asksNameAndRole;
        final Map<String, StoredResponse> responses = new LinkedHashMap<>();
        @Nullable List<StoredResponse> snapshot;
    }

    private final Map<String, EventForm> byLog = new ConcurrentHashMap<>();

    @Override
    public void apply(LoggedChange logged) {
        if (!(logged.change() instanceof EvaluationChange change)) {
            return;
        }
        EventForm form = byLog.computeIfAbsent(logged.logId(), id -> new EventForm());
        synchronized (form) {
            switch (change) {
                case EvaluationChange.EvaluationQuestionsChanged changed -> {
                    if (form.status == FormStatus.NOT_OPEN) {
                        form.questions = List.copyOf(changed.questions());
                    }
                }
                case EvaluationChange.EvaluationNameAndRoleAsked asked -> {
                    if (form.status == FormStatus.NOT_OPEN) {
                        form.asksNameAndRole = asked.asked();
                    }
                }
                case EvaluationChange.EvaluationOpened opened -> form.status = FormStatus.OPEN;
                case EvaluationChange.EvaluationClosed closed -> form.status = FormStatus.CLOSED;
                case EvaluationChange.EvaluationAnswersSaved saved -> {
                    // Sent after the close in log order: too late, on every node alike.
                    if (form.status == FormStatus.OPEN) {
                        StoredResponse before = form.responses.get(logged.actor());
                        boolean sent = saved.send() || (before != null && before.sent());
                        form.responses.put(logged.actor(), new StoredResponse(logged.actor(), saved.answers(), sent));
                        form.snapshot = null;
                    }
                }
            }
        }
    }

    EvaluationForm form(String logId) {
        EventForm form = byLog.get(logId);
        if (form == null) {
            return new EvaluationForm(DefaultQuestions.questions(), FormStatus.NOT_OPEN, false);
        }
        synchronized (form) {
            return new EvaluationForm(form.questions, form.status, form.asksNameAndRole);
        }
    }

    /** Every response in the order first saved, drafts included. */
    List<StoredResponse> responses(String logId) {
        EventForm form = byLog.get(logId);
        if (form == null) {
            return List.of();
        }
        synchronized (form) {
            if (form.snapshot == null) {
                form.snapshot = List.copyOf(form.responses.values());
            }
            return form.snapshot;
        }
    }

    Optional<StoredResponse> response(String logId, String author) {
        return responses(logId).stream().filter(r -> r.author().equals(author)).findFirst();
    }

    /** A purged event leaves nothing behind in this read model. */
    @Override
    public void forget(String logId) {
        byLog.remove(logId);
    }
}
