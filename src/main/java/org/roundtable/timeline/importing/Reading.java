package org.roundtable.timeline.importing;

import java.util.Locale;
import java.util.Optional;

import org.roundtable.shared.Texts;

/**
 * What we made of something a person wrote: either the value, or the reason it could not be
 * read, worded for a facilitator (for example {@code '31/02/2019' is not a date: February 2019 has 28 days}).
 *
 * @param <T> the kind of value read
 */
public sealed interface Reading<T> {

    /** The text was read as {@code value}. */
    record Read<T>(T value) implements Reading<T> {
    }

    /**
     * The text could not be read; {@code why} quotes it and says why, as a text in either language,
     * so that it can be put inside a Welsh sentence as well as an English one.
     */
    record Unreadable<T>(Texts.Ref why) implements Reading<T> {

        /** The reason in English. */
        public String reason() {
            return reasonIn(Texts.ENGLISH);
        }

        /** The reason in {@code locale}'s language. */
        public String reasonIn(Locale locale) {
            return Texts.get(locale, why.key(), why.args());
        }

        /** Two readings are the same when they give the same reason, whatever their arguments' types. */
        @Override
        public boolean equals(Object other) {
            return other instanceof Unreadable<?> that && reason().equals(that.reason());
        }

        @Override
        public int hashCode() {
            return reason().hashCode();
        }

        @Override
        public String toString() {
            return "Unreadable[" + reason() + "]"; // not text: for test failures and logs
        }
    }

    /** The value, or empty when unreadable. */
    default Optional<T> asOptional() {
        return this instanceof Read<T> read ? Optional.of(read.value()) : Optional.empty();
    }

    default boolean isRead() {
        return this instanceof Read;
    }
}
