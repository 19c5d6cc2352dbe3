package org.roundtable.shared;

import org.jspecify.annotations.Nullable;

/**
 * Text a person typed, cleaned before it is accepted: control characters removed (line breaks
 * and tabs kept), surrounding white space trimmed, and length checked against a limit.
 */
public final class UserText {

    private UserText() {
    }

    /** The cleaned text; throws {@link InvalidInput} when it is empty or longer than {@code maxLength}. */
    public static String required(@Nullable String raw, String what, int maxLength) {
        String text = clean(raw);
        if (text.isEmpty()) {
            throw new InvalidInput(what + " is empty.");
        }
        return withinLimit(text, what, maxLength);
    }

    /** The cleaned text, or {@code null} when nothing was typed; throws when over {@code maxLength}. */
    public static @Nullable String optional(@Nullable String raw, String what, int maxLength) {
        String text = clean(raw);
        return text.isEmpty() ? null : withinLimit(text, what, maxLength);
    }

    /** Removes control characters other than line breaks and tabs, and trims. */
    public static String clean(@Nullable String raw) {
        if (raw == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(raw.length());
        raw.codePoints()
                .filter(c -> c == '\n' || c == '\t' || !Character.isISOControl(c))
                .filter(c -> Character.getType(c) != Character.FORMAT || c == 0x200D)
                .forEach(out::appendCodePoint);
        return out.toString().replace("\r", "").strip();
    }

    private static String withinLimit(String text, String what, int maxLength) {
        int length = text.codePointCount(0, text.length());
        if (length > maxLength) {
            throw new InvalidInput(what + " is " + length + " characters long; the limit is " + maxLength
                    + ". Please shorten it.");
        }
        return text;
    }
}
