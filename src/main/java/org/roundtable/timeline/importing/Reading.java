package org.roundtable.timeline.importing;

import java.util.Optional;

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

    /** The text could not be read; {@code reason} quotes it and says why. */
    record Unreadable<T>(String reason) implements Reading<T> {
    }

    /** The value, or empty when unreadable. */
    default Optional<T> asOptional() {
        return this instanceof Read<T> read ? Optional.of(read.value()) : Optional.empty();
    }

    default boolean isRead() {
        return this instanceof Read;
    }
}
