package org.roundtable.record;

import java.time.Instant;
import java.util.Locale;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.roundtable.shared.Texts;

/**
 * One version of a record entry, kept when it was changed: what it said, who wrote this version
 * and when.
 *
 * @param by the user name of the account that wrote this version, or one of {@link #BY_LINK},
 *           {@link #BY_UNKNOWN_ACCOUNT}, {@link #BY_APPLICATION}
 */
public record RecordEntryVersion(int number, String text, Set<RecordTag> tags, @Nullable String timelineEntryId,
        @Nullable String groupPointId, String by, Instant at) {

    /** Written through the event's note-taker link, by someone without an account. */
    public static final String BY_LINK = "the note-taker (link)";
    /** Written by an account since removed. */
    public static final String BY_UNKNOWN_ACCOUNT = "an account";
    /** Written by the application itself. */
    public static final String BY_APPLICATION = "the application";

    public RecordEntryVersion {
        tags = Set.copyOf(tags);
    }

    /** Who wrote this version, in {@code locale}'s language: a user name stays as it is. */
    public String byIn(Locale locale) {
        return switch (by) {
            case BY_LINK -> Texts.get(locale, "record.by.link");
            case BY_UNKNOWN_ACCOUNT -> Texts.get(locale, "record.by.unknown-account");
            case BY_APPLICATION -> Texts.get(locale, "record.by.application");
            default -> by;
        };
    }
}
