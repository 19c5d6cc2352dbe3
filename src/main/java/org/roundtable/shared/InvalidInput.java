package org.roundtable.shared;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * Input a person gave that we will not accept; the message is written for that person. Made
 * with {@link #because(String, Object...)} it names a text in {@link Texts} and is read in the
 * person's own language ({@link #messageIn(Locale)}); {@link #getMessage()} is the English.
 */
public class InvalidInput extends RuntimeException {

    /** The text the message is, or null for a message written before texts had keys. */
    private final transient Texts.@Nullable Ref text;

    /** A refusal whose message is not (yet) one of the {@link Texts}: every language reads it as written. */
    public InvalidInput(String message) {
        super(message);
        this.text = null;
    }

    private InvalidInput(String key, Object[] args) {
        super(Texts.get(Texts.ENGLISH, key, args));
        this.text = new Texts.Ref(key, args.clone());
    }

    /** A refusal that says {@code key}'s text, with {@code args} put in. */
    public static InvalidInput because(String key, Object... args) {
        return new InvalidInput(key, args);
    }

    /** The message in {@code locale}'s language. */
    public String messageIn(Locale locale) {
        return text == null ? String.valueOf(getMessage()) : Texts.get(locale, text.key(), text.args());
    }
}
