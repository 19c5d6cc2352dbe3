package org.roundtable.timeline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.roundtable.live.LoggedChange;
import org.roundtable.live.Projection;
import org.springframework.stereotype.Component;

/** Read model of every event's timeline entries and comments, fed by the event logs. */
@Component
class TimelineStore implements Projection {

    private static final class EventTimeline {
        final List<TimelineEntry> entries = new ArrayList<>();
        final Map<String, String> comments = new HashMap<>();
    }

    private final Map<String, EventTimeline> byLog = new ConcurrentHashMap<>();

    @Override
    public void apply(LoggedChange logged) {
        if (logged.change() instanceof TimelineChange.EntryAdded added) {
            EventTimeline timeline = byLog.computeIfAbsent(logged.logId(), id -> new EventTimeline());
            synchronized (timeline) {
                timeline.entries.add(added.entry());
                if (added.comments() != null) {
                    timeline.comments.put(added.entry().id(), added.comments());
                }
            }
        }
    }

    MergedTimeline timeline(String logId) {
        EventTimeline timeline = byLog.get(logId);
        if (timeline == null) {
            return new MergedTimeline(List.of());
        }
        synchronized (timeline) {
            return new MergedTimeline(List.copyOf(timeline.entries));
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
}
