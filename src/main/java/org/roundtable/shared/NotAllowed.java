package org.roundtable.shared;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * The caller has no right to do or see this. Services throw it; views show a plain message, in
 * the person's language when it was made with {@link #because(String, Object...)}.
 */
public class NotAllowed extends RuntimeException {

    /** The text the message is, or null for a message written before texts had keys. */
    private final transient Texts.@Nullable Ref text;

    /** A refusal whose message is not (yet) one of the {@link Texts}: every language reads it as written. */
    public NotAllowed(String message) {
        super(message);
        this.text = null;
    }

    private NotAllowed(String key, Object[] args) {
        super(Texts.get(Texts.ENGLISH, key, args));
        this.text = new Texts.Ref(key, args.clone());
    }

    /** A refusal that says {@code key}'s text, with {@code args} put in. */
    public static NotAllowed because(String key, Object... args) {
        return new NotAllowed(key, args);
    }

    /** The message in {@code locale}'s language. */
    public String messageIn(Locale locale) {
        return text == null ? String.valueOf(getMessage()) : Texts.get(locale, text.key(), text.args());
    }
}
