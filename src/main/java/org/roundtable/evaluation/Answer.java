package org.roundtable.evaluation;

import java.util.List;

/**
 * One answer to one question, as the values chosen or typed: the rating ("1" to "5") for a scale,
 * the option for a single choice, the options for a multiple choice, the text for free text. No
 * values means not answered.
 */
public record Answer(List<String> values) {

    public Answer {
        values = List.copyOf(values);
    }

    public static Answer none() {
        return new Answer(List.of());
    }

    public static Answer rating(int rating) {
        return new Answer(List.of(Integer.toString(rating)));
    }

    public static Answer choice(String option) {
        return new Answer(List.of(option));
    }

    public static Answer choices(List<String> options) {
        return new Answer(options);
    }

    public static Answer text(String text) {
        return new Answer(List.of(text));
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }

    /** The single value (a rating, an option or a text), or empty text when not answered. */
    public String first() {
        return values.isEmpty() ? "" : values.getFirst();
    }
}
