package org.roundtable.record;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.StringJoiner;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.roundtable.access.Accounts;
import org.roundtable.access.Caller;
import org.roundtable.board.BreakoutGroup;
import org.roundtable.board.BreakoutGroups;
import org.roundtable.board.GroupPoint;
import org.roundtable.board.LearningPoint;
import org.roundtable.board.LearningWall;
import org.roundtable.board.LivedExperience;
import org.roundtable.board.LivedExperienceEntry;
import org.roundtable.board.Note;
import org.roundtable.board.Notes;
import org.roundtable.event.EventRight;
import org.roundtable.event.LearningEvent;
import org.roundtable.event.LearningEvents;
import org.roundtable.event.PrincipleProposals;
import org.roundtable.event.ProposedPrinciple;
import org.roundtable.event.RoomStages;
import org.roundtable.event.RoomState;
import org.roundtable.live.ChangeLog;
import org.roundtable.shared.InvalidInput;
import org.roundtable.shared.NotAllowed;
import org.roundtable.shared.Texts;
import org.roundtable.shared.UserText;
import org.roundtable.timeline.Timelines;
import org.springframework.stereotype.Service;

/**
 * The note-taker's running record of a learning event. The event's note-taker and its
 * facilitators write it, during the day and afterwards (also once the event is closed); each
 * entry carries the time and the agenda stage running when it was written, and every earlier
 * version is kept when it is changed. Nobody else reads it.
 */
@Service
public class NoteTaking {

    public static final int MAX_LENGTH = 5_000;

    private final ChangeLog changeLog;
    private final LearningEvents events;
    private final RoomStages stages;
    private final Timelines timelines;
    private final BreakoutGroups groups;
    private final Notes notes;
    private final LearningWall wall;
    private final LivedExperience livedExperience;
    private final PrincipleProposals proposals;
    private final Accounts accounts;
    private final RecordStore store;

    NoteTaking(ChangeLog changeLog, LearningEvents events, RoomStages stages, Timelines timelines,
            BreakoutGroups groups, Notes notes, LearningWall wall, LivedExperience livedExperience,
            PrincipleProposals proposals, Accounts accounts, RecordStore store) {
        this.changeLog = changeLog;
        this.events = events;
        this.stages = stages;
        this.timelines = timelines;
        this.groups = groups;
        this.notes = notes;
        this.wall = wall;
        this.livedExperience = livedExperience;
        this.proposals = proposals;
        this.accounts = accounts;
        this.store = store;
    }

    /**
     * Adds an entry to the record, tagged with the agenda stage running now. Refused with a
     * message for an empty or too long text, or a link to something that is not of this event.
     */
    public RecordEntry add(Caller caller, String eventId, @Nullable String text, @Nullable Set<RecordTag> tags,
            @Nullable String timelineEntryId, @Nullable String groupPointId) {
        LearningEvent event = writer(caller, eventId);
        String clean = UserText.required(text, "record.field.entry", MAX_LENGTH);
        checkLinks(caller, eventId, timelineEntryId, groupPointId);
        RoomState room = stages.stateFor(caller, eventId);
        String stageTitle = room.stage() == null ? null : room.stage().title();
        var added = new RecordChange.RecordEntryAdded(UUID.randomUUID().toString(), clean, tagsOf(tags),
                room.started() ? room.stageIndex() : -1, stageTitle, timelineEntryId, groupPointId);
        changeLog.append(event.logId(), added, caller.actorId());
        return store.entry(event.logId(), added.entryId()).orElseThrow().entry();
    }

    /**
     * Rewrites an entry (text, tags and links); the version before is kept with who wrote it and
     * when ({@link #historyOf}). An unchanged entry is left as it is.
     */
    public RecordEntry edit(Caller caller, String eventId, String recordEntryId, @Nullable String text,
            @Nullable Set<RecordTag> tags, @Nullable String timelineEntryId, @Nullable String groupPointId) {
        LearningEvent event = writer(caller, eventId);
        RecordStore.StoredEntry entry = existing(event, recordEntryId);
        String clean = UserText.required(text, "record.field.entry", MAX_LENGTH);
        checkLinks(caller, eventId, timelineEntryId, groupPointId);
        Set<RecordTag> cleanTags = tagsOf(tags);
        RecordStore.StoredVersion now = entry.current();
        boolean same = now.text().equals(clean) && now.tags().equals(cleanTags)
                && Objects.equals(now.timelineEntryId(), timelineEntryId)
                && Objects.equals(now.groupPointId(), groupPointId);
        if (!same) {
            changeLog.append(event.logId(), new RecordChange.RecordEntryEdited(recordEntryId, clean, cleanTags,
                    timelineEntryId, groupPointId), caller.actorId());
        }
        return existing(event, recordEntryId).entry();
    }

    /** The record so far, newest first: for the event's note-taker and facilitators only. */
    public List<RecordEntry> recordFor(Caller caller, String eventId) {
        LearningEvent event = keeper(caller, eventId);
        return store.entries(event.logId()).reversed().stream().map(RecordStore.StoredEntry::entry).toList();
    }

    /** Every version of an entry, the first one first, with who wrote each and when. */
    public List<RecordEntryVersion> historyOf(Caller caller, String eventId, String recordEntryId) {
        LearningEvent event = keeper(caller, eventId);
        List<RecordStore.StoredVersion> versions = existing(event, recordEntryId).versions();
        List<RecordEntryVersion> history = new ArrayList<>(versions.size());
        for (int i = 0; i < versions.size(); i++) {
            RecordStore.StoredVersion v = versions.get(i);
            history.add(new RecordEntryVersion(i + 1, v.text(), v.tags(), v.timelineEntryId(), v.groupPointId(),
                    authorOf(v.actor()), v.at()));
        }
        return history;
    }

    /** The agenda stage running now, for the console's "Recording during …" line. */
    public RoomState roomFor(Caller caller, String eventId) {
        keeper(caller, eventId);
        return stages.stateFor(caller, eventId);
    }

    /**
     * Every contribution of the room, newest first, for the note-taker and facilitators: notes
     * (private, hidden and merged ones marked), group points, learning points, lived experience
     * entries and proposed working principles, each with its byline.
     */
    public List<Contribution> feedFor(Caller caller, String eventId) {
        keeper(caller, eventId);
        List<Contribution> feed = new ArrayList<>();
        for (Note note : notes.notesFor(caller, eventId)) {
            StringJoiner marks = new StringJoiner(", ");
            if (note.privateNote()) {
                marks.add("private");
            }
            if (note.hidden()) {
                marks.add("hidden");
            }
            if (note.merged()) {
                marks.add("merged");
            }
            feed.add(new Contribution(note.id(),
                    new Texts.Ref("record.source.note", choice(note.kind())), note.text(),
                    note.byline(),
                    note.at(), marks.toString(), note.place().entryId(), null));
        }
        for (BreakoutGroup group : groups.groupsFor(caller, eventId)) {
            for (GroupPoint point : groups.boardFor(caller, eventId, group.id()).points()) {
                feed.add(new Contribution(point.id(), new Texts.Ref("record.source.group-point", group.theme()),
                        point.text(), point.by(),
                        point.at(), "", point.timelineEntryId(), point.id()));
            }
        }
        for (LearningPoint point : wall.pointsFor(caller, eventId)) {
            feed.add(new Contribution(point.id(),
                    new Texts.Ref("record.source.learning-point", choice(point.kind())),
                    point.text(),
                    point.by(), point.at(), point.hidden() ? "hidden" : "",
                    point.entryIds().isEmpty() ? null : point.entryIds().getFirst(), point.sourceGroupPointId()));
        }
        for (LivedExperienceEntry entry : livedExperience.entriesFor(caller, eventId)) {
            feed.add(new Contribution(entry.id(), new Texts.Ref("record.source.lived-experience"), entry.text(),
                    entry.by(), entry.at(),
                    entry.hidden() ? "hidden" : "", null, null));
        }
        for (ProposedPrinciple proposal : proposals.proposalsFor(caller, eventId)) {
            feed.add(new Contribution(proposal.id(), new Texts.Ref("record.source.principle"), proposal.text(),
                    proposal.by(),
                    proposal.proposedAt(), "", null, null));
        }
        feed.sort(Comparator.comparing(Contribution::at).reversed().thenComparing(Contribution::id));
        return feed;
    }

    private LearningEvent keeper(Caller caller, String eventId) {
        LearningEvent event = events.readableBy(caller, eventId);
        if (!events.seesAllContributions(caller, eventId)) {
            throw NotAllowed.because("record.refused.not-keeper");
        }
        return event;
    }

    /** A keeper who may write: the note-taker, or a facilitator who runs the room (not a panel member). */
    private LearningEvent writer(Caller caller, String eventId) {
        LearningEvent event = keeper(caller, eventId);
        if (!events.isNoteTakerOf(caller, eventId) && !events.mayDo(caller, eventId, EventRight.RUN_ROOM)) {
            throw NotAllowed.because("record.refused.panel-member");
        }
        return event;
    }

    private void checkLinks(Caller caller, String eventId, @Nullable String timelineEntryId,
            @Nullable String groupPointId) {
        if (timelineEntryId != null && timelines.timelineFor(caller, eventId).entry(timelineEntryId).isEmpty()) {
            throw InvalidInput.because("record.refused.timeline-entry");
        }
        if (groupPointId != null && groups.groupsFor(caller, eventId).stream()
                .flatMap(group -> groups.boardFor(caller, eventId, group.id()).points().stream())
                .noneMatch(point -> point.id().equals(groupPointId))) {
            throw InvalidInput.because("record.refused.group-point");
        }
    }

    private RecordStore.StoredEntry existing(LearningEvent event, String entryId) {
        return store.entry(event.logId(), entryId)
                .orElseThrow(() -> InvalidInput.because("record.refused.entry"));
    }

    private static Set<RecordTag> tagsOf(@Nullable Set<RecordTag> tags) {
        return tags == null || tags.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(tags));
    }

    /** A choice's name as a text, read in the language the record is written in. */
    static Texts.Ref choice(Enum<?> choice) {
        return new Texts.Ref(Texts.labelKey(choice));
    }

    private String authorOf(String actorId) {
        if (actorId.startsWith("note-taker-link:")) {
            return RecordEntryVersion.BY_LINK;
        }
        return actorId.startsWith("account:")
                ? accounts.usernameOf(actorId.substring("account:".length()))
                        .orElse(RecordEntryVersion.BY_UNKNOWN_ACCOUNT)
                : RecordEntryVersion.BY_APPLICATION;
    }
}
