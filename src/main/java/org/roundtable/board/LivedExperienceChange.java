package org.roundtable.board;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.roundtable.live.Change;
import org.roundtable.live.ChangeTypes;

/** Changes to the child's lived experience lane, in the event's log. */
sealed interface LivedExperienceChange extends Change {

    ChangeTypes TYPES = new ChangeTypes(Map.of(
            "LivedPeriodAdded", LivedPeriodAdded.class,
            "LivedPeriodEdited", LivedPeriodEdited.class,
            "LivedPeriodRemoved", LivedPeriodRemoved.class,
            "LivedPeriodsGenerated", LivedPeriodsGenerated.class,
            "LivedEntryAdded", LivedEntryAdded.class,
            "LivedEntryEdited", LivedEntryEdited.class,
            "LivedEntryWithdrawn", LivedEntryWithdrawn.class,
            "LivedEntryHidden", LivedEntryHidden.class));

    /** A facilitator added a period to the end of the lane. */
    record LivedPeriodAdded(LivedPeriod period) implements LivedExperienceChange {
    }

    /**
     * A facilitator renamed a period or changed its dates.
     *
     * @param label its name as typed, or for a generated name kept, that name in English
     * @param name  the generated name kept, when the facilitator left it as it was; null for a
     *              name typed (and in logs written before generated names were kept)
     */
    record LivedPeriodEdited(String periodId, String label, @Nullable LocalDate from, @Nullable LocalDate to,
            @Nullable LivedPeriodName name) implements LivedExperienceChange {
    }

    /** A facilitator removed an empty period. */
    record LivedPeriodRemoved(String periodId) implements LivedExperienceChange {
    }

    /**
     * A facilitator generated the lane's periods; they replace every period nobody has written in.
     * Each period carries its {@link LivedPeriod#name()}; in logs written before it did, the
     * store recognises the English names the periods were given.
     *
     * @param dateOfBirth the child's date of birth the age bands were made from (facilitators only)
     */
    record LivedPeriodsGenerated(List<LivedPeriod> periods, @Nullable LocalDate dateOfBirth)
            implements LivedExperienceChange {
    }

    /** @param agencyCode the author's agency, null for a facilitator */
    record LivedEntryAdded(String entryId, String periodId, String text, @Nullable String agencyCode)
            implements LivedExperienceChange {
    }

    record LivedEntryEdited(String entryId, String text) implements LivedExperienceChange {
    }

    record LivedEntryWithdrawn(String entryId) implements LivedExperienceChange {
    }

    /** A facilitator hid an entry from the room, or showed it again. */
    record LivedEntryHidden(String entryId, boolean hidden) implements LivedExperienceChange {
    }
}
