package org.roundtable.evaluation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.roundtable.access.AuditAction;
import org.roundtable.access.AuditTrail;
import org.roundtable.access.Caller;
import org.roundtable.event.Contributors;
import org.roundtable.event.EventRight;
import org.roundtable.event.LearningEvent;
import org.roundtable.event.LearningEvents;
import org.roundtable.live.ChangeLog;
import org.roundtable.shared.InvalidInput;
import org.roundtable.shared.NotAllowed;
import org.roundtable.shared.Texts;
import org.springframework.stereotype.Service;

/**
 * The evaluation form at the close of a learning event. A facilitator prepares the questions
 * (starting from {@link DefaultQuestions}), opens the form to every tablet and closes it; each
 * participant has one response, kept as a draft as they go and counted once they send it, which
 * they may change until the close. Only the facilitators see the results, live and as files.
 */
@Service
public class Evaluations {

    public static final int MAX_QUESTIONS = 30;
    /** The refusal of answers sent after the close, in English (screens read it with {@code messageIn}). */
    public static final String CLOSED_MESSAGE = Texts.get(Texts.ENGLISH, "evaluation.form.closed");

    private final ChangeLog changeLog;
    private final LearningEvents events;
    private final Contributors contributors;
    private final EvaluationStore store;
    private final AuditTrail audit;

    Evaluations(ChangeLog changeLog, LearningEvents events, Contributors contributors, EvaluationStore store,
            AuditTrail audit) {
        this.audit = audit;
        this.changeLog = changeLog;
        this.events = events;
        this.contributors = contributors;
        this.store = store;
    }

    /** The form and whether it is open, for anyone of the event. */
    public EvaluationForm formFor(Caller caller, String eventId) {
        return store.form(events.readableBy(caller, eventId).logId());
    }

    /**
     * A facilitator replaces the form's questions (in the order given); refused once the form has
     * been opened, for an empty list or more than {@value #MAX_QUESTIONS} questions, or two with
     * one id.
     */
    public EvaluationForm changeQuestions(Caller caller, String eventId, @Nullable List<EvaluationQuestion> questions) {
        LearningEvent event = events.runBy(caller, eventId, EventRight.RUN_ROOM);
        requireNotOpened(event);
        if (questions == null || questions.isEmpty()) {
            throw InvalidInput.because("evaluation.form.no-questions");
        }
        if (questions.size() > MAX_QUESTIONS) {
            throw InvalidInput.because("evaluation.form.too-many-questions", MAX_QUESTIONS);
        }
        Set<String> ids = new HashSet<>();
        for (EvaluationQuestion question : questions) {
            if (DefaultQuestions.isAboutTheRespondent(question.id()) || !ids.add(question.id())) {
                throw InvalidInput.because("evaluation.form.same-id");
            }
        }
        changeLog.append(event.logId(), new EvaluationChange.EvaluationQuestionsChanged(List.copyOf(questions)),
                caller.actorId());
        return store.form(event.logId());
    }

    /** A facilitator chooses, before opening, whether the form asks for name and job title (both optional). */
    public EvaluationForm askForNameAndRole(Caller caller, String eventId, boolean asked) {
        LearningEvent event = events.runBy(caller, eventId, EventRight.RUN_ROOM);
        requireNotOpened(event);
        if (store.form(event.logId()).asksNameAndRole() != asked) {
            changeLog.append(event.logId(), new EvaluationChange.EvaluationNameAndRoleAsked(asked), caller.actorId());
        }
        return store.form(event.logId());
    }

    /** A facilitator opens the form to every tablet (again, after closing it). */
    public EvaluationForm open(Caller caller, String eventId) {
        LearningEvent event = events.runBy(caller, eventId, EventRight.RUN_ROOM);
        if (store.form(event.logId()).status() != FormStatus.OPEN) {
            changeLog.append(event.logId(), new EvaluationChange.EvaluationOpened(), caller.actorId());
        }
        return store.form(event.logId());
    }

    /** A facilitator closes the form: answers sent from now on are refused. */
    public EvaluationForm close(Caller caller, String eventId) {
        LearningEvent event = events.runBy(caller, eventId, EventRight.RUN_ROOM);
        if (store.form(event.logId()).status() == FormStatus.OPEN) {
            changeLog.append(event.logId(), new EvaluationChange.EvaluationClosed(), caller.actorId());
        }
        return store.form(event.logId());
    }

    /**
     * A participant saves all their answers so far, replacing what they saved before; with
     * {@code send} they send the form, which needs every required question answered. Once sent, a
     * response stays sent and later changes must keep the required answers. Refused with a message
     * for an answer that does not fit its question, a question not on the form, or a closed form,
     * and then nothing changes.
     */
    public MyResponse saveAnswers(Caller caller, String eventId, @Nullable Map<String, Answer> answers, boolean send) {
        LearningEvent event = events.readableBy(caller, eventId);
        if (!(caller instanceof Caller.Participant)) {
            // NotAllowed carries no language: its text from the bundles in English
            throw NotAllowed.because("evaluation.form.only-participants-answer");
        }
        EvaluationForm form = store.form(event.logId());
        switch (form.status()) {
            case NOT_OPEN -> throw InvalidInput.because("evaluation.form.not-open");
            case CLOSED -> throw InvalidInput.because("evaluation.form.closed");
            case OPEN -> {
            }
        }
        Map<String, Answer> checked = new LinkedHashMap<>();
        (answers == null ? Map.<String, Answer>of() : answers).forEach((questionId, answer) -> {
            EvaluationQuestion question = form.field(questionId).orElseThrow(
                    () -> InvalidInput.because("evaluation.form.unknown-question"));
            Answer clean = question.checked(answer);
            if (!clean.isEmpty()) {
                checked.put(questionId, clean);
            }
        });
        boolean alreadySent = store.response(event.logId(), caller.actorId()).map(EvaluationStore.StoredResponse::sent)
                .orElse(false);
        if (send || alreadySent) {
            for (EvaluationQuestion question : form.fields()) {
                if (question.required() && !checked.containsKey(question.id())) {
                    throw InvalidInput.because("evaluation.form.answer-required", question.text());
                }
            }
        }
        changeLog.append(event.logId(), new EvaluationChange.EvaluationAnswersSaved(checked, send), caller.actorId());
        return myResponse(caller, eventId);
    }

    /** The caller's own response so far (empty before they answered anything), to resume the form. */
    public MyResponse myResponse(Caller caller, String eventId) {
        LearningEvent event = events.readableBy(caller, eventId);
        return store.response(event.logId(), caller.actorId())
                .map(response -> new MyResponse(response.answers(), response.sent()))
                .orElse(MyResponse.empty());
    }

    /** The results so far, for the event's facilitators: sent responses only, never with a name or byline. */
    public EvaluationResults resultsFor(Caller caller, String eventId) {
        LearningEvent event = events.facilitatedBy(caller, eventId);
        EvaluationForm form = store.form(event.logId());
        List<EvaluationStore.StoredResponse> sent = store.responses(event.logId()).stream()
                .filter(EvaluationStore.StoredResponse::sent).toList();
        List<EvaluationResults.QuestionResult> results = new ArrayList<>();
        for (EvaluationQuestion question : form.fields()) {
            results.add(resultOf(question, sent));
        }
        int inTheRoom = contributors.roomFor(caller, eventId).size();
        return new EvaluationResults(event.pseudonym(), form.status(), sent.size(), inTheRoom, results);
    }

    /** The results as a CSV file (UTF-8) in English, for the event's facilitators. */
    public byte[] resultsCsv(Caller caller, String eventId) {
        return resultsCsv(caller, eventId, Texts.ENGLISH);
    }

    /**
     * The results as a CSV file (UTF-8), for the event's facilitators: headings, question kinds and
     * counts in {@code language} (the exporting person's), questions and answers as written.
     */
    public byte[] resultsCsv(Caller caller, String eventId, Locale language) {
        events.runBy(caller, eventId, EventRight.EXPORT);
        byte[] csv = EvaluationCsv.write(resultsFor(caller, eventId), language);
        audit.record(caller, AuditAction.EXPORTED, eventId, "Evaluation results (CSV)");
        return csv;
    }

    /** The results as a PDF file with bar charts, for the event's facilitators, in English. */
    public byte[] resultsPdf(Caller caller, String eventId) {
        return resultsPdf(caller, eventId, Texts.ENGLISH);
    }

    /**
     * The results as a PDF file with bar charts, for the event's facilitators: headings and counts in
     * {@code language} (the downloading person's), questions and answers as written.
     */
    public byte[] resultsPdf(Caller caller, String eventId, Locale language) {
        events.runBy(caller, eventId, EventRight.EXPORT);
        byte[] pdf = EvaluationPdf.write(resultsFor(caller, eventId), language);
        audit.record(caller, AuditAction.EXPORTED, eventId, "Evaluation results (PDF)");
        return pdf;
    }

    private static EvaluationResults.QuestionResult resultOf(EvaluationQuestion question,
            List<EvaluationStore.StoredResponse> sent) {
        if (!question.kind().counted()) {
            List<String> texts = sent.stream().map(r -> r.answers().getOrDefault(question.id(), Answer.none()))
                    .filter(answer -> !answer.isEmpty()).map(Answer::first).toList();
            return new EvaluationResults.QuestionResult(question, List.of(), texts);
        }
        List<EvaluationResults.OptionCount> counts = new ArrayList<>();
        for (String value : question.countedValues()) {
            int count = (int) sent.stream()
                    .filter(r -> r.answers().getOrDefault(question.id(), Answer.none()).values().contains(value))
                    .count();
            counts.add(new EvaluationResults.OptionCount(labelOf(question, value), count));
        }
        return new EvaluationResults.QuestionResult(question, counts, List.of());
    }

    private static String labelOf(EvaluationQuestion question, String value) {
        if (question.kind() == QuestionKind.SCALE) {
            String end = value.equals("1") ? question.lowLabel() : value.equals("5") ? question.highLabel() : null;
            return end == null ? value : value + " (" + end + ")";
        }
        return value;
    }

    private void requireNotOpened(LearningEvent event) {
        if (store.form(event.logId()).status() != FormStatus.NOT_OPEN) {
            throw InvalidInput.because("evaluation.form.already-opened");
        }
    }
}
