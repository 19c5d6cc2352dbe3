package org.roundtable.board;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;
import org.roundtable.live.LoggedChange;
import org.roundtable.live.Projection;
import org.springframework.stereotype.Component;

/**
 * Read model of every event's lived experience lane, fed by the event logs. No contribution is
 * ever lost to a race: a period is not removed while it holds entries, and an entry written into
 * a period removed a moment before brings that period back.
 */
@Component
class LivedExperienceStore implements Projection {

    /** An entry as the log made it; {@code authorActor} is never handed to a screen. */
    record StoredEntry(String id, String periodId, String text, String authorActor, @Nullable String agencyCode,
            boolean hidden, boolean withdrawn, boolean edited, Instant at) {

        StoredEntry edited(String newText) {
            return new StoredEntry(id, periodId, newText, authorActor, agencyCode, hidden, withdrawn, true, at);
        }

        StoredEntry hidden(boolean nowHidden) {
            return new StoredEntry(id, periodId, text, authorActor, agencyCode, nowHidden, withdrawn, edited, at);
        }

        StoredEntry asWithdrawn() {
            return new StoredEntry(id, periodId, text, authorActor, agencyCode, hidden, true, edited, at);
        }
    }

    /** One event's lane at one moment. */
    record Snapshot(List<LivedPeriod> periods, List<StoredEntry> entries, @Nullable LocalDate dateOfBirth) {

        static final Snapshot EMPTY = new Snapshot(List.of(), List.of(), null);

        Optional<LivedPeriod> period(String periodId) {
            return periods.stream().filter(p -> p.id().equals(periodId)).findFirst();
        }

        Optional<StoredEntry> entry(String entryId) {
            return entries.stream().filter(e -> e.id().equals(entryId)).findFirst();
        }

        boolean holdsEntries(String periodId) {
            return entries.stream().anyMatch(e -> !e.withdrawn() && e.periodId().equals(periodId));
        }
    }

    private static final class Lane {
        final Map<String, LivedPeriod> periods = new LinkedHashMap<>();
        // Removed periods are remembered so that a late entry can bring its period back.
        final Map<String, LivedPeriod> removed = new LinkedHashMap<>();
        final Map<String, StoredEntry> entries = new LinkedHashMap<>();
        @Nullable LocalDate dateOfBirth;
        @Nullable Snapshot snapshot;

        boolean holdsEntries(String periodId) {
            return entries.values().stream().anyMatch(e -> !e.withdrawn() && e.periodId().equals(periodId));
        }
    }

    private final Map<String, Lane> byLog = new ConcurrentHashMap<>();

    @Override
    public void apply(LoggedChange logged) {
        if (!(logged.change() instanceof LivedExperienceChange change)) {
            return;
        }
        Lane lane = byLog.computeIfAbsent(logged.logId(), id -> new Lane());
        synchronized (lane) {
            apply(lane, change, logged);
            lane.snapshot = null;
        }
    }

    private static void apply(Lane lane, LivedExperienceChange change, LoggedChange logged) {
        switch (change) {
            case LivedExperienceChange.LivedPeriodAdded added ->
                    lane.periods.putIfAbsent(added.period().id(), added.period());
            case LivedExperienceChange.LivedPeriodEdited edited -> lane.periods.computeIfPresent(edited.periodId(),
                    (id, period) -> new LivedPeriod(id, edited.label(), edited.from(), edited.to(), period.ageBand(),
                            keptName(period, edited)));
            case LivedExperienceChange.LivedPeriodRemoved removed -> {
                if (!lane.holdsEntries(removed.periodId())) {
                    LivedPeriod gone = lane.periods.remove(removed.periodId());
                    if (gone != null) {
                        lane.removed.put(gone.id(), gone);
                    }
                }
            }
            case LivedExperienceChange.LivedPeriodsGenerated generated -> {
                Map<String, LivedPeriod> kept = new LinkedHashMap<>();
                lane.periods.forEach((id, period) -> {
                    if (lane.holdsEntries(id)) {
                        kept.put(id, period);
                    } else {
                        lane.removed.put(id, period);
                    }
                });
                lane.periods.clear();
                lane.periods.putAll(kept);
                generated.periods().forEach(period -> lane.periods.putIfAbsent(period.id(), named(period)));
                lane.dateOfBirth = generated.dateOfBirth();
            }
            case LivedExperienceChange.LivedEntryAdded added -> {
                LivedPeriod back = lane.removed.remove(added.periodId());
                if (back != null) {
                    lane.periods.put(back.id(), back);
                }
                lane.entries.putIfAbsent(added.entryId(), new StoredEntry(added.entryId(), added.periodId(),
                        added.text(), logged.actor(), added.agencyCode(), false, false, false, logged.at()));
            }
            case LivedExperienceChange.LivedEntryEdited edited -> lane.entries.computeIfPresent(edited.entryId(),
                    (id, entry) -> entry.edited(edited.text()));
            case LivedExperienceChange.LivedEntryWithdrawn withdrawn -> lane.entries.computeIfPresent(
                    withdrawn.entryId(), (id, entry) -> entry.asWithdrawn());
            case LivedExperienceChange.LivedEntryHidden hidden -> lane.entries.computeIfPresent(hidden.entryId(),
                    (id, entry) -> entry.hidden(hidden.hidden()));
        }
    }

    /**
     * A generated period as logged; one from a log written before names were kept gets its name
     * back from its English label.
     */
    private static LivedPeriod named(LivedPeriod generated) {
        if (generated.name() != null) {
            return generated;
        }
        return LivedPeriodName.recognise(generated.label())
                .map(name -> new LivedPeriod(generated.id(), generated.label(), generated.from(), generated.to(),
                        generated.ageBand(), name))
                .orElse(generated);
    }

    /**
     * The generated name a period keeps through an edit: the one the edit carries, or (in logs written
     * before edits carried it) its own while the edit left its English name as it was; none once renamed.
     */
    private static @Nullable LivedPeriodName keptName(LivedPeriod period,
            LivedExperienceChange.LivedPeriodEdited edited) {
        if (edited.name() != null) {
            return edited.name();
        }
        return edited.label().equals(period.label()) ? period.name() : null;
    }

    Snapshot lane(String logId) {
        Lane lane = byLog.get(logId);
        if (lane == null) {
            return Snapshot.EMPTY;
        }
        synchronized (lane) {
            if (lane.snapshot == null) {
                lane.snapshot = new Snapshot(List.copyOf(lane.periods.values()), List.copyOf(lane.entries.values()),
                        lane.dateOfBirth);
            }
            return lane.snapshot;
        }
    }

    /** The event was purged: nothing of it stays here. */
    @Override
    public void forget(String logId) {
        byLog.remove(logId);
    }
}
