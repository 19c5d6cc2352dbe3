package org.roundtable.shared;

import java.util.Locale;

/**
 * Input a person gave that we will not accept; the message is written for that person. Made
 * with {@link #because(String, Object...)} it names a text in {@link Texts} and is read in the
 * person's own language ({@link #messageIn(Locale)}); {@link #getMessage()} is the English.
 */
public class InvalidInput extends RuntimeException {

    private final transient Object[] args;
    private final String key;

    /** A refusal whose message is not (yet) one of the {@link Texts}: every language reads it as written. */
    public InvalidInput(String message) {
        super(message);
        this.key = "";
        this.args = new Object[0];
    }

    private InvalidInput(String key, Object[] args) {
        super(Texts.get(Texts.ENGLISH, key, args));
        this.key = key;
        this.args = args.clone();
    }

    /** A refusal that says {@code key}'s text, with {@code args} put in. */
    public static InvalidInput because(String key, Object... args) {
        return new InvalidInput(key, args);
    }

    /** The message in {@code locale}'s language. */
    public String messageIn(Locale locale) {
        return key.isEmpty() ? String.valueOf(getMessage()) : Texts.get(locale, key, args);
    }
}
