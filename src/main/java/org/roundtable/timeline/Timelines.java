package org.roundtable.timeline;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.roundtable.access.Caller;
import org.roundtable.event.LearningEvent;
import org.roundtable.event.LearningEvents;
import org.roundtable.live.ChangeLog;
import org.roundtable.shared.InvalidInput;
import org.roundtable.shared.UserText;
import org.springframework.stereotype.Service;

/**
 * The merged timeline feature. Anyone of the event reads the timeline; only its facilitators
 * add entries or read the agencies' analysis comments.
 */
@Service
public class Timelines {

    public static final int MAX_ENTRY_LENGTH = 20_000;
    public static final int MAX_COMMENTS_LENGTH = 20_000;

    private final ChangeLog changeLog;
    private final LearningEvents events;
    private final TimelineStore store;

    Timelines(ChangeLog changeLog, LearningEvents events, TimelineStore store) {
        this.changeLog = changeLog;
        this.events = events;
        this.store = store;
    }

    /** The merged timeline, without comments, for anyone of the event. */
    public MergedTimeline timelineFor(Caller caller, String eventId) {
        LearningEvent event = events.readableBy(caller, eventId);
        return store.timeline(event.logId());
    }

    /** The agencies' analysis comments by entry id: for the event's facilitators only. */
    public Map<String, String> commentsFor(Caller caller, String eventId) {
        LearningEvent event = events.runBy(caller, eventId);
        return store.comments(event.logId());
    }

    /** A facilitator adds an entry. */
    public TimelineEntry add(Caller caller, String eventId, NewTimelineEntry entry) {
        return addAll(caller, eventId, List.of(entry)).getFirst();
    }

    /** A facilitator adds several entries; all are checked before any is added. */
    public List<TimelineEntry> addAll(Caller caller, String eventId, List<NewTimelineEntry> entries) {
        LearningEvent event = events.runBy(caller, eventId);
        List<TimelineChange.EntryAdded> checked = entries.stream().map(e -> checked(event, e)).toList();
        changeLog.appendAll(event.logId(), checked, caller.actorId());
        return checked.stream().map(TimelineChange.EntryAdded::entry).toList();
    }

    private static TimelineChange.EntryAdded checked(LearningEvent event, NewTimelineEntry entry) {
        if (entry.agencyCode() == null || event.agency(entry.agencyCode()).isEmpty()) {
            throw new InvalidInput("Unknown agency " + entry.agencyCode() + " for this learning event.");
        }
        if (entry.date() == null) {
            throw new InvalidInput("A timeline entry needs a date.");
        }
        var timelineEntry = new TimelineEntry(UUID.randomUUID().toString(), entry.agencyCode(), entry.date(),
                entry.time(), UserText.required(entry.whatHappened(), "What happened", MAX_ENTRY_LENGTH),
                UserText.optional(entry.source(), "The source", 500),
                UserText.optional(entry.practitionerRole(), "The practitioner's role", 200));
        return new TimelineChange.EntryAdded(timelineEntry,
                UserText.optional(entry.comments(), "The comments", MAX_COMMENTS_LENGTH));
    }
}
