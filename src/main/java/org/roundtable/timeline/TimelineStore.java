package org.roundtable.timeline;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;
import org.roundtable.live.LoggedChange;
import org.roundtable.live.Projection;
import org.springframework.stereotype.Component;

/** Read model of every event's timeline entries and comments, fed by the event logs. */
@Component
class TimelineStore implements Projection {

    private static final class EventTimeline {
        final Map<String, TimelineEntry> entries = new LinkedHashMap<>();
        final Map<String, String> comments = new HashMap<>();
        // Every screen of the event reads the timeline after each change: sort once, share the result.
        @Nullable MergedTimeline sorted;

        void put(TimelineEntry entry, @Nullable String comments) {
            entries.put(entry.id(), entry);
            if (comments == null) {
                this.comments.remove(entry.id());
            } else {
                this.comments.put(entry.id(), comments);
            }
        }

        void remove(String entryId) {
            entries.remove(entryId);
            comments.remove(entryId);
        }
    }

    private final Map<String, EventTimeline> byLog = new ConcurrentHashMap<>();

    @Override
    public void apply(LoggedChange logged) {
        if (!(logged.change() instanceof TimelineChange change)) {
            return;
        }
        EventTimeline timeline = byLog.computeIfAbsent(logged.logId(), id -> new EventTimeline());
        synchronized (timeline) {
            timeline.sorted = null;
            switch (change) {
                case TimelineChange.EntryAdded added -> timeline.put(added.entry(), added.comments());
                case TimelineChange.EntryEdited edited -> timeline.put(edited.after(), edited.commentsAfter());
                case TimelineChange.EntryRemoved removed -> timeline.remove(removed.before().id());
                case TimelineChange.KeyEventMarked marked -> timeline.entries.computeIfPresent(marked.entryId(),
                        (id, entry) -> entry.withKeyEvent(marked.keyEvent()));
                case TimelineChange.ChronologyImported imported -> {
                    imported.removed().forEach(timeline::remove);
                    imported.entries().forEach(added -> timeline.put(added.entry(), added.comments()));
                }
                case TimelineChange.MappingRemembered remembered -> {
                }
                case TimelineChange.EntryAddedAtEvent added -> timeline.put(added.entry(), null);
                // The agency's comments stay with the corrected entry.
                case TimelineChange.EntryCorrectedAtEvent corrected -> timeline.entries.put(corrected.after().id(),
                        corrected.after());
            }
        }
    }

    MergedTimeline timeline(String logId) {
        EventTimeline timeline = byLog.get(logId);
        if (timeline == null) {
            return new MergedTimeline(List.of());
        }
        synchronized (timeline) {
            if (timeline.sorted == null) {
                timeline.sorted = new MergedTimeline(List.copyOf(timeline.entries.values()));
            }
            return timeline.sorted;
        }
    }

    Map<String, String> comments(String logId) {
        EventTimeline timeline = byLog.get(logId);
        if (timeline == null) {
            return Map.of();
        }
        synchronized (timeline) {
            return Map.copyOf(timeline.comments);
        }
    }

    /** The event was purged: nothing of it stays here. */
    @Override
    public void forget(String logId) {
        byLog.remove(logId);
    }
}
