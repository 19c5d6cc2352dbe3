package org.roundtable.event;

import org.jspecify.annotations.Nullable;
import org.roundtable.shared.InvalidInput;
import org.roundtable.shared.Texts;
import org.roundtable.shared.UserText;

/**
 * Text typed into one of several alike fields ("key theme 3"), cleaned and checked as
 * {@link UserText} does, with the field's number in its name in the refusal.
 */
final class NumberedField {

    private NumberedField() {
    }

    /** The cleaned text; refused when empty or longer than {@code maxLength}. {@code key}'s text takes the number. */
    static String required(@Nullable String raw, String key, int number, int maxLength) {
        String text = UserText.clean(raw);
        if (text.isEmpty()) {
            throw InvalidInput.because("shared.text.empty", new Texts.Ref(key, number));
        }
        return withinLimit(text, key, number, maxLength);
    }

    /** The cleaned text, or null when nothing was typed; refused when longer than {@code maxLength}. */
    static @Nullable String optional(@Nullable String raw, String key, int number, int maxLength) {
        String text = UserText.clean(raw);
        return text.isEmpty() ? null : withinLimit(text, key, number, maxLength);
    }

    private static String withinLimit(String text, String key, int number, int maxLength) {
        int length = text.codePointCount(0, text.length());
        if (length > maxLength) {
            throw InvalidInput.because("shared.text.too-long", new Texts.Ref(key, number), length, maxLength);
        }
        return text;
    }
}
