package org.roundtable.record;

import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.roundtable.event.Byline;
import org.roundtable.shared.Texts;

/**
 * One contribution of the room as the note-taker's feed shows it, whatever board it was made on.
 *
 * @param source          where it was made ("Note · Question", "Group point · Police and health", …), a text
 *                        read in the reader's language
 * @param by              its byline (the agency for the note-taker, never a name)
 * @param marks           what the room does not see: "private", "hidden", "merged" (in English, comma
 *                        separated); empty otherwise
 * @param timelineEntryId the timeline entry it is about, for a record entry linked to it
 * @param groupPointId    the group point it is, for a record entry linked to it
 */
public record Contribution(String id, Texts.Ref source, String text, Byline by, Instant at, String marks,
        @Nullable String timelineEntryId, @Nullable String groupPointId) {

    public boolean marked() {
        return !marks.isEmpty();
    }

    /** Where it was made, in {@code locale}'s language. */
    public String sourceIn(Locale locale) {
        return Texts.get(locale, source.key(), source.args());
    }

    /** What the room does not see, in {@code locale}'s language: "preifat, cudd". */
    public String marksIn(Locale locale) {
        return Arrays.stream(marks.split(", ")).filter(mark -> !mark.isEmpty())
                .map(mark -> Texts.get(locale, "record.mark." + mark))
                .collect(Collectors.joining(", "));
    }
}
