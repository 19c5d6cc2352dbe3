package org.roundtable.shared;

import org.jspecify.annotations.Nullable;

/**
 * Text a person typed, cleaned before it is accepted: control characters removed (line breaks
 * and tabs kept), surrounding white space trimmed, and length checked against a limit.
 */
public final class UserText {

    private UserText() {
    }

    /**
     * The cleaned text; throws {@link InvalidInput} when it is empty or longer than {@code maxLength}.
     *
     * @param what the key of the field's name in {@link Texts} ({@code board.field.learning-point}:
     *             "The learning point"), read in the person's language in the refusal
     */
    public static String required(@Nullable String raw, String what, int maxLength) {
        String text = clean(raw);
        if (text.isEmpty()) {
            throw InvalidInput.because("shared.text.empty", field(what));
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
        int previous = -1;
        for (int c : raw.codePoints().toArray()) {
            if (kept(c, previous)) {
                out.appendCodePoint(c);
                previous = c;
            }
        }
        return out.toString().strip();
    }

    private static boolean kept(int c, int previous) {
        if (c == '\n' || c == '\t') {
            return true;
        }
        if (Character.isISOControl(c)) {
            return false;
        }
        if (Character.getType(c) != Character.FORMAT) {
            return true;
        }
        // The joiner holds emoji sequences together; tag characters spell a flag such as Wales's
        // only right after the black flag, and anywhere else they are invisible text.
        return c == 0x200D || (isTag(c) && (previous == 0x1F3F4 || isTag(previous)));
    }

    private static boolean isTag(int c) {
        return c >= 0xE0020 && c <= 0xE007F;
    }

    /** A field's name: its text where {@code what} is a key, else as written (until every caller passes a key). */
    private static Object field(String what) {
        return Texts.has(what) ? new Texts.Ref(what) : what;
    }

    private static String withinLimit(String text, String what, int maxLength) {
        int length = text.codePointCount(0, text.length());
        if (length > maxLength) {
            throw InvalidInput.because("shared.text.too-long", field(what), length, maxLength);
        }
        return text;
    }
}
