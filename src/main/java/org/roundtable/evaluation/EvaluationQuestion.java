package org.roundtable.evaluation;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.roundtable.shared.InvalidInput;
import org.roundtable.shared.UserText;

/**
 * A question of the evaluation form, checked when it is made: text up to {@value #MAX_TEXT}
 * characters, for a choice 2 to {@value #MAX_OPTIONS} different options of up to
 * {@value #MAX_OPTION} characters each, for a scale optional labels at its two ends.
 *
 * @param id        stable id within the form, what answers refer to
 * @param options   the options of a choice; empty for a scale or free text
 * @param lowLabel  what 1 means on a scale, e.g. "Poor"
 * @param highLabel what 5 means on a scale, e.g. "Excellent"
 * @param required  a participant cannot send the form without answering it
 */
public record EvaluationQuestion(String id, String text, QuestionKind kind, List<String> options,
        @Nullable String lowLabel, @Nullable String highLabel, boolean required) {

    public static final int MAX_TEXT = 300;
    public static final int MAX_OPTIONS = 10;
    public static final int MAX_OPTION = 100;
    public static final int MAX_LABEL = 60;
    public static final int MAX_ANSWER = 2_000;
    public static final int LOWEST = 1;
    public static final int HIGHEST = 5;
    private static final int MAX_ID = 80;

    public EvaluationQuestion {
        id = UserText.required(id, "evaluation.field.question-id", MAX_ID);
        text = UserText.required(text, "evaluation.field.question", MAX_TEXT);
        Objects.requireNonNull(kind, "kind");
        options = kind == QuestionKind.SINGLE_CHOICE || kind == QuestionKind.MULTIPLE_CHOICE
                ? checkedOptions(text, options) : List.of();
        lowLabel = kind == QuestionKind.SCALE
                ? UserText.optional(lowLabel, "evaluation.field.low-label", MAX_LABEL) : null;
        highLabel = kind == QuestionKind.SCALE
                ? UserText.optional(highLabel, "evaluation.field.high-label", MAX_LABEL) : null;
    }

    /** A new rating question from 1 to 5. */
    public static EvaluationQuestion scale(String text, @Nullable String lowLabel, @Nullable String highLabel,
            boolean required) {
        return new EvaluationQuestion(newId(), text, QuestionKind.SCALE, List.of(), lowLabel, highLabel, required);
    }

    public static EvaluationQuestion singleChoice(String text, List<String> options, boolean required) {
        return new EvaluationQuestion(newId(), text, QuestionKind.SINGLE_CHOICE, options, null, null, required);
    }

    public static EvaluationQuestion multipleChoice(String text, List<String> options, boolean required) {
        return new EvaluationQuestion(newId(), text, QuestionKind.MULTIPLE_CHOICE, options, null, null, required);
    }

    public static EvaluationQuestion freeText(String text, boolean required) {
        return new EvaluationQuestion(newId(), text, QuestionKind.FREE_TEXT, List.of(), null, null, required);
    }

    /** A fresh id for a question the facilitator adds. */
    public static String newId() {
        return UUID.randomUUID().toString();
    }

    /** The same question with another id (for the fixed questions the form starts from). */
    EvaluationQuestion withId(String newId) {
        return new EvaluationQuestion(newId, text, kind, options, lowLabel, highLabel, required);
    }

    /** What answers are counted against: the ratings 1 to 5 of a scale, or the options of a choice. */
    public List<String> countedValues() {
        return switch (kind) {
            case SCALE -> List.of("1", "2", "3", "4", "5");
            case SINGLE_CHOICE, MULTIPLE_CHOICE -> options;
            case FREE_TEXT -> List.of();
        };
    }

    /**
     * The answer as it is kept: free text cleaned, options in the question's order. Refused with a
     * message naming the question when it does not fit the question's kind.
     */
    public Answer checked(@Nullable Answer answer) {
        if (answer == null || answer.isEmpty()) {
            return Answer.none();
        }
        List<String> values = answer.values();
        return switch (kind) {
            case SCALE -> {
                String rating = values.size() == 1 ? values.getFirst().strip() : "";
                if (!countedValues().contains(rating)) {
                    throw InvalidInput.because("evaluation.answer.rating", text, LOWEST, HIGHEST);
                }
                yield Answer.choice(rating);
            }
            case SINGLE_CHOICE -> {
                if (values.size() != 1 || !options.contains(values.getFirst())) {
                    throw InvalidInput.because("evaluation.answer.one-option", text);
                }
                yield answer;
            }
            case MULTIPLE_CHOICE -> {
                if (!options.containsAll(values)) {
                    throw InvalidInput.because("evaluation.answer.among-options", text);
                }
                yield Answer.choices(options.stream().filter(values::contains).toList());
            }
            case FREE_TEXT -> {
                String clean = UserText.clean(String.join("\n", values));
                checkLength(clean, MAX_ANSWER, "evaluation.answer.too-long", text);
                yield clean.isEmpty() ? Answer.none() : Answer.text(clean);
            }
        };
    }

    private static List<String> checkedOptions(String question, List<String> raw) {
        List<String> options = new ArrayList<>();
        for (String option : raw == null ? List.<String>of() : raw) {
            String clean = UserText.clean(option);
            if (!clean.isEmpty()) {
                checkLength(clean, MAX_OPTION, "evaluation.question.option-too-long", question);
                options.add(clean);
            }
        }
        if (options.size() < 2) {
            throw InvalidInput.because("evaluation.question.too-few-options", question);
        }
        if (options.size() > MAX_OPTIONS) {
            throw InvalidInput.because("evaluation.question.too-many-options", question, MAX_OPTIONS);
        }
        if (new LinkedHashSet<>(options).size() != options.size()) {
            throw InvalidInput.because("evaluation.question.same-option-twice", question);
        }
        return List.copyOf(options);
    }

    /** Refuses {@code text} when longer than {@code max}, naming the question it belongs to. */
    private static void checkLength(String text, int max, String refusalKey, String question) {
        int length = text.codePointCount(0, text.length());
        if (length > max) {
            throw InvalidInput.because(refusalKey, question, length, max);
        }
    }
}
