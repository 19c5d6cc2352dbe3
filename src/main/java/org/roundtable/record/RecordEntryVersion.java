package org.roundtable.record;

import java.time.Instant;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * One version of a record entry, kept when it was changed: what it said, who wrote this version
 * and when.
 *
 * @param by the user name of the account that wrote this version
 */
public record RecordEntryVersion(int number, String text, Set<RecordTag> tags, @Nullable String timelineEntryId,
        @Nullable String groupPointId, String by, Instant at) {

    public RecordEntryVersion {
        tags = Set.copyOf(tags);
    }
}
