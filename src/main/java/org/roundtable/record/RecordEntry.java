package org.roundtable.record;

import java.time.Instant;
import java.util.Locale;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.roundtable.shared.Texts;

/**
 * One entry of the note-taker's running record, as it reads now.
 *
 * @param stageIndex      the agenda stage running when it was written (from 0), -1 before the first
 * @param stageTitle      that stage's title, null before the first stage
 * @param timelineEntryId the timeline entry it is about, if linked
 * @param groupPointId    the breakout group point it is about, if linked
 * @param at              when it was written
 * @param versions        how many versions it has had (1 when never edited)
 */
public record RecordEntry(String id, String text, Set<RecordTag> tags, int stageIndex, @Nullable String stageTitle,
        @Nullable String timelineEntryId, @Nullable String groupPointId, Instant at, int versions) {

    public RecordEntry {
        tags = Set.copyOf(tags);
    }

    public boolean edited() {
        return versions > 1;
    }

    /** "Stage 4 · Factual information", or "Before the first stage". */
    public String stageLabel() {
        return stageLabel(Texts.ENGLISH);
    }

    /** The stage it was written in, in {@code locale}'s language: "Cam 4 · Factual information". */
    public String stageLabel(Locale locale) {
        return stageTitle == null ? Texts.get(locale, "record.stage.before-first")
                : Texts.get(locale, "record.stage.during", stageIndex + 1, stageTitle);
    }
}
