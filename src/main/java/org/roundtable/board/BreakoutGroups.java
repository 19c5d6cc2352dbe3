package org.roundtable.board;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.roundtable.access.Caller;
import org.roundtable.board.BreakoutStore.Breakouts;
import org.roundtable.board.BreakoutStore.StoredGroup;
import org.roundtable.board.BreakoutStore.StoredPoint;
import org.roundtable.event.Contributors;
import org.roundtable.event.EventPreparation;
import org.roundtable.event.EventRight;
import org.roundtable.event.KeyTheme;
import org.roundtable.event.LearningEvent;
import org.roundtable.event.LearningEvents;
import org.roundtable.event.RoomMember;
import org.roundtable.live.ChangeLog;
import org.roundtable.shared.InvalidInput;
import org.roundtable.shared.NotAllowed;
import org.roundtable.shared.Texts;
import org.roundtable.shared.UserText;
import org.roundtable.timeline.Timelines;
import org.springframework.stereotype.Service;

/**
 * Breakout groups on the key themes. The facilitator creates the groups, balances the room
 * across agencies, moves people and chooses scribes; members add points under the prompts on
 * their own group's board, and the scribe orders them and marks the key ones. Every board is
 * readable by everyone of the event, for feedback to the room. Authors are shown only as a
 * {@link org.roundtable.event.Byline}.
 */
@Service
public class BreakoutGroups {

    public static final int MAX_THEME_LENGTH = 200;
    public static final int MAX_POINT_LENGTH = 2_000;
    public static final int MAX_GROUPS = 12;
    public static final int MAX_POINTS_PER_GROUP = 400;

    private final ChangeLog changeLog;
    private final LearningEvents events;
    private final Contributors contributors;
    private final EventPreparation preparation;
    private final Timelines timelines;
    private final BreakoutStore store;

    BreakoutGroups(ChangeLog changeLog, LearningEvents events, Contributors contributors,
            EventPreparation preparation, Timelines timelines, BreakoutStore store) {
        this.changeLog = changeLog;
        this.events = events;
        this.contributors = contributors;
        this.preparation = preparation;
        this.timelines = timelines;
        this.store = store;
    }

    // ---- the groups (facilitators) ----

    /** The event's prepared key themes, offered when creating groups. */
    public List<KeyTheme> offeredThemes(Caller caller, String eventId) {
        return preparation.keyThemesFor(caller, eventId);
    }

    /**
     * A facilitator creates one group per theme, in the order given. A theme not among the event's
     * key themes is recorded as a theme the preparation missed.
     */
    public List<BreakoutGroup> createGroups(Caller caller, String eventId, List<String> themes) {
        LearningEvent event = running(caller, eventId, EventRight.RUN_ROOM);
        if (themes.isEmpty()) {
            throw InvalidInput.because("board.refused.choose-a-theme");
        }
        List<String> clean = themes.stream().map(t -> UserText.required(t, "board.field.group-theme", MAX_THEME_LENGTH))
                .toList();
        int existing = store.breakouts(event.logId()).current().size();
        if (existing + clean.size() > MAX_GROUPS) {
            throw InvalidInput.because("board.refused.too-many-groups", MAX_GROUPS);
        }
        List<String> prepared = preparation.keyThemesFor(caller, eventId).stream().map(KeyTheme::title).toList();
        List<BreakoutChange.GroupCreated> created = clean.stream()
                .map(theme -> new BreakoutChange.GroupCreated(UUID.randomUUID().toString(), theme,
                        !prepared.contains(theme)))
                .toList();
        changeLog.appendAll(event.logId(), created, caller.actorId());
        Map<String, BreakoutGroup> byId = groupsFor(caller, eventId).stream()
                .collect(Collectors.toMap(BreakoutGroup::id, Function.identity()));
        return created.stream().map(c -> byId.get(c.groupId())).filter(Objects::nonNull).toList();
    }

    /** A facilitator changes a group's theme. */
    public BreakoutGroup renameGroup(Caller caller, String eventId, String groupId, @Nullable String theme) {
        LearningEvent event = running(caller, eventId, EventRight.RUN_ROOM);
        currentGroup(store.breakouts(event.logId()), groupId);
        String clean = UserText.required(theme, "board.field.group-theme", MAX_THEME_LENGTH);
        changeLog.append(event.logId(), new BreakoutChange.GroupRenamed(groupId, clean), caller.actorId());
        return group(caller, eventId, groupId);
    }

    /**
     * A facilitator removes a group. Its members are then in no group (assign them as newcomers
     * or re-balance); its board and points are kept, read-only, for the record.
     */
    public void removeGroup(Caller caller, String eventId, String groupId) {
        LearningEvent event = running(caller, eventId, EventRight.RUN_ROOM);
        currentGroup(store.breakouts(event.logId()), groupId);
        changeLog.append(event.logId(), new BreakoutChange.GroupRemoved(groupId), caller.actorId());
    }

    /** The groups now, in the order they were created, for anyone of the event. */
    public List<BreakoutGroup> groupsFor(Caller caller, String eventId) {
        LearningEvent event = events.readableBy(caller, eventId);
        Breakouts breakouts = store.breakouts(event.logId());
        Map<String, RoomMember> room = room(caller, eventId);
        return breakouts.current().stream().map(g -> view(breakouts, g, room)).toList();
    }

    /** Groups a facilitator removed, whose boards stay in the record; for facilitators. */
    public List<BreakoutGroup> removedGroupsFor(Caller caller, String eventId) {
        LearningEvent event = events.facilitatedBy(caller, eventId);
        Breakouts breakouts = store.breakouts(event.logId());
        return breakouts.groups().stream().filter(StoredGroup::removed)
                .map(g -> view(breakouts, g, Map.of())).toList();
    }

    /**
     * How many people already in a group would change group if the room were balanced now; the
     * console asks before balancing when this is not zero.
     */
    public int balancingWouldMove(Caller caller, String eventId) {
        LearningEvent event = events.facilitatedBy(caller, eventId);
        Breakouts breakouts = store.breakouts(event.logId());
        return (int) balanced(caller, eventId, breakouts).stream()
                .filter(p -> breakouts.groupOf(p.participantId()).map(g -> !g.equals(p.groupId())).orElse(false))
                .count();
    }

    /**
     * A facilitator assigns everyone in the room afresh so that every group mixes agencies as
     * evenly as possible (see {@link GroupBalancing}); manual moves made before are undone.
     */
    public List<BreakoutGroup> balanceAcrossAgencies(Caller caller, String eventId) {
        LearningEvent event = running(caller, eventId, EventRight.RUN_ROOM);
        Breakouts breakouts = store.breakouts(event.logId());
        List<BreakoutChange.Placement> placements = balanced(caller, eventId, breakouts);
        if (!placements.isEmpty()) {
            changeLog.append(event.logId(), new BreakoutChange.GroupsBalanced(placements), caller.actorId());
        }
        return groupsFor(caller, eventId);
    }

    private List<BreakoutChange.Placement> balanced(Caller caller, String eventId, Breakouts breakouts) {
        List<StoredGroup> groups = breakouts.current();
        if (groups.isEmpty()) {
            throw InvalidInput.because("board.refused.create-groups-first");
        }
        List<GroupBalancing.Person> people = contributors.roomFor(caller, eventId).stream()
                .map(m -> new GroupBalancing.Person(m.participantId(), m.agencyCode())).toList();
        List<List<GroupBalancing.Person>> result = GroupBalancing.balance(people, groups.size());
        List<BreakoutChange.Placement> placements = new ArrayList<>();
        for (int g = 0; g < groups.size(); g++) {
            for (GroupBalancing.Person person : result.get(g)) {
                placements.add(new BreakoutChange.Placement(person.participantId(), person.agencyCode(),
                        groups.get(g).id()));
            }
        }
        return placements;
    }

    /** People in the room who are in no group (they joined late, or their group was removed); for facilitators. */
    public List<RoomMember> newcomersFor(Caller caller, String eventId) {
        LearningEvent event = events.facilitatedBy(caller, eventId);
        Breakouts breakouts = store.breakouts(event.logId());
        return contributors.roomFor(caller, eventId).stream()
                .filter(m -> breakouts.groupOf(m.participantId()).isEmpty()).toList();
    }

    /**
     * A facilitator places everyone in no group, one by one in order of their ids, each in the
     * group with the fewest of their agency, then the smallest, then the first.
     *
     * @return how many were placed
     */
    public int assignNewcomers(Caller caller, String eventId) {
        LearningEvent event = running(caller, eventId, EventRight.RUN_ROOM);
        Breakouts breakouts = store.breakouts(event.logId());
        List<StoredGroup> groups = breakouts.current();
        if (groups.isEmpty()) {
            throw InvalidInput.because("board.refused.create-groups-first");
        }
        List<List<String>> agencies = groups.stream()
                .map(g -> new ArrayList<>(breakouts.membersOf(g.id()).stream().map(e -> e.getValue().agencyCode())
                        .toList()))
                .collect(Collectors.toCollection(ArrayList::new));
        List<BreakoutChange.MemberAssigned> assigned = new ArrayList<>();
        List<RoomMember> newcomers = newcomersFor(caller, eventId).stream()
                .sorted(Comparator.comparing(RoomMember::participantId)).toList();
        for (RoomMember newcomer : newcomers) {
            int g = GroupBalancing.groupForNewcomer(newcomer.agencyCode(), agencies);
            agencies.get(g).add(newcomer.agencyCode());
            assigned.add(new BreakoutChange.MemberAssigned(newcomer.participantId(), newcomer.agencyCode(),
                    groups.get(g).id(), BreakoutChange.Assignment.NEWCOMER));
        }
        if (!assigned.isEmpty()) {
            changeLog.appendAll(event.logId(), assigned, caller.actorId());
        }
        return assigned.size();
    }

    /** A facilitator moves someone in the room to another group (by menu or by drag). */
    public BreakoutGroup moveToGroup(Caller caller, String eventId, String participantId, String groupId) {
        LearningEvent event = running(caller, eventId, EventRight.RUN_ROOM);
        currentGroup(store.breakouts(event.logId()), groupId);
        RoomMember member = contributors.roomFor(caller, eventId).stream()
                .filter(m -> m.participantId().equals(participantId)).findFirst()
                .orElseThrow(() -> InvalidInput.because("board.refused.not-in-room"));
        changeLog.append(event.logId(), new BreakoutChange.MemberAssigned(participantId, member.agencyCode(), groupId,
                BreakoutChange.Assignment.MOVED), caller.actorId());
        return group(caller, eventId, groupId);
    }

    /** A facilitator chooses a member as the group's scribe, or clears it with null. */
    public BreakoutGroup chooseScribe(Caller caller, String eventId, String groupId, @Nullable String participantId) {
        LearningEvent event = running(caller, eventId, EventRight.RUN_ROOM);
        Breakouts breakouts = store.breakouts(event.logId());
        currentGroup(breakouts, groupId);
        if (participantId != null && !breakouts.groupOf(participantId).map(groupId::equals).orElse(false)) {
            throw InvalidInput.because("board.refused.scribe-not-member");
        }
        changeLog.append(event.logId(), new BreakoutChange.ScribeChosen(groupId, participantId, false),
                caller.actorId());
        return group(caller, eventId, groupId);
    }

    /** A member volunteers as their group's scribe, while it has none. */
    public BreakoutGroup volunteerAsScribe(Caller caller, String eventId, String groupId) {
        LearningEvent event = events.openTo(caller, eventId);
        Breakouts breakouts = store.breakouts(event.logId());
        StoredGroup group = currentGroup(breakouts, groupId);
        Caller.Participant member = member(caller, breakouts, groupId);
        if (group.scribeId() != null) {
            throw InvalidInput.because("board.refused.has-scribe");
        }
        changeLog.append(event.logId(), new BreakoutChange.ScribeChosen(groupId, member.participantId(), true),
                caller.actorId());
        return group(caller, eventId, groupId);
    }

    /** The scribe hands the role back. */
    public BreakoutGroup stepDownAsScribe(Caller caller, String eventId, String groupId) {
        LearningEvent event = events.openTo(caller, eventId);
        Breakouts breakouts = store.breakouts(event.logId());
        StoredGroup group = currentGroup(breakouts, groupId);
        Caller.Participant member = member(caller, breakouts, groupId);
        if (member.participantId().equals(group.scribeId())) {
            changeLog.append(event.logId(), new BreakoutChange.ScribeChosen(groupId, null, false), caller.actorId());
        }
        return group(caller, eventId, groupId);
    }

    // ---- the boards ----

    /**
     * The caller's own group. Someone who arrived after the groups were formed is placed now, by
     * the newcomer's rule (see {@link #assignNewcomers}). Empty for anyone not in the room, and
     * while there are no groups.
     */
    public Optional<BreakoutGroup> myGroup(Caller caller, String eventId) {
        LearningEvent event = events.readableBy(caller, eventId);
        if (!(caller instanceof Caller.Participant participant)) {
            return Optional.empty();
        }
        Breakouts breakouts = store.breakouts(event.logId());
        Optional<String> mine = breakouts.groupOf(participant.participantId());
        if (mine.isEmpty() && !breakouts.current().isEmpty() && event.isOpen()) {
            List<StoredGroup> groups = breakouts.current();
            List<List<String>> agencies = groups.stream()
                    .map(g -> breakouts.membersOf(g.id()).stream().map(e -> e.getValue().agencyCode()).toList())
                    .toList();
            StoredGroup chosen = groups.get(GroupBalancing.groupForNewcomer(participant.agencyCode(), agencies));
            changeLog.append(event.logId(), new BreakoutChange.MemberAssigned(participant.participantId(),
                    participant.agencyCode(), chosen.id(), BreakoutChange.Assignment.NEWCOMER), caller.actorId());
            mine = store.breakouts(event.logId()).groupOf(participant.participantId());
        }
        return mine.map(groupId -> group(caller, eventId, groupId));
    }

    /** One group's board, for anyone of the event; a removed group's board stays readable. */
    public GroupBoard boardFor(Caller caller, String eventId, String groupId) {
        LearningEvent event = events.readableBy(caller, eventId);
        Breakouts breakouts = store.breakouts(event.logId());
        StoredGroup stored = breakouts.group(groupId)
                .orElseThrow(() -> InvalidInput.because("board.refused.no-such-group"));
        BreakoutGroup group = view(breakouts, stored, room(caller, eventId));
        List<GroupPoint> points = breakouts.pointsOf(groupId).stream().map(p -> view(caller, eventId, p)).toList();
        boolean facilitator = events.isFacilitatorOf(caller, eventId);
        boolean member = caller instanceof Caller.Participant p && group.hasMember(p.participantId());
        boolean scribe = caller instanceof Caller.Participant p && p.participantId().equals(group.scribeId());
        boolean open = event.isOpen() && !group.removed();
        return new GroupBoard(group, points, open && (member || facilitator), open && (scribe || facilitator));
    }

    /**
     * A member (or a facilitator) adds a point under a prompt, optionally about a timeline entry,
     * while the event is open.
     */
    public GroupPoint addPoint(Caller caller, String eventId, String groupId, @Nullable GroupPrompt prompt,
            @Nullable String text, @Nullable String timelineEntryId) {
        LearningEvent event = events.openTo(caller, eventId);
        Breakouts breakouts = store.breakouts(event.logId());
        currentGroup(breakouts, groupId);
        String agencyCode = writer(caller, eventId, breakouts, groupId);
        if (prompt == null) {
            throw InvalidInput.because("board.refused.choose-question");
        }
        String clean = UserText.required(text, "board.field.group-point", MAX_POINT_LENGTH);
        checkEntry(caller, eventId, timelineEntryId);
        if (breakouts.pointsOf(groupId).size() >= MAX_POINTS_PER_GROUP) {
            throw InvalidInput.because("board.refused.group-board-full", MAX_POINTS_PER_GROUP);
        }
        String pointId = UUID.randomUUID().toString();
        changeLog.append(event.logId(), new BreakoutChange.PointAdded(groupId, pointId, prompt, clean, agencyCode,
                timelineEntryId), caller.actorId());
        return point(caller, eventId, pointId);
    }

    /** The author changes their point's text or the timeline entry it is about. */
    public GroupPoint editPoint(Caller caller, String eventId, String groupId, String pointId, @Nullable String text,
            @Nullable String timelineEntryId) {
        LearningEvent event = events.openTo(caller, eventId);
        Breakouts breakouts = store.breakouts(event.logId());
        currentGroup(breakouts, groupId);
        StoredPoint point = authorsPoint(caller, breakouts, groupId, pointId);
        String clean = UserText.required(text, "board.field.group-point", MAX_POINT_LENGTH);
        checkEntry(caller, eventId, timelineEntryId);
        if (!clean.equals(point.text()) || !Objects.equals(timelineEntryId, point.timelineEntryId())) {
            changeLog.append(event.logId(), new BreakoutChange.PointEdited(groupId, pointId, clean, timelineEntryId),
                    caller.actorId());
        }
        return point(caller, eventId, pointId);
    }

    /** The author takes their point back; it leaves the board and stays in the log. */
    public void withdrawPoint(Caller caller, String eventId, String groupId, String pointId) {
        LearningEvent event = events.openTo(caller, eventId);
        Breakouts breakouts = store.breakouts(event.logId());
        currentGroup(breakouts, groupId);
        authorsPoint(caller, breakouts, groupId, pointId);
        changeLog.append(event.logId(), new BreakoutChange.PointWithdrawn(groupId, pointId), caller.actorId());
    }

    /** Any member of the group (or a facilitator) marks a point as good practice, or unmarks it. */
    public GroupPoint markGoodPractice(Caller caller, String eventId, String groupId, String pointId,
            boolean goodPractice) {
        LearningEvent event = events.openTo(caller, eventId);
        Breakouts breakouts = store.breakouts(event.logId());
        currentGroup(breakouts, groupId);
        writer(caller, eventId, breakouts, groupId);
        StoredPoint point = pointOf(breakouts, groupId, pointId);
        if (point.goodPractice() != goodPractice) {
            changeLog.append(event.logId(), new BreakoutChange.GoodPracticeMarked(groupId, pointId, goodPractice),
                    caller.actorId());
        }
        return point(caller, eventId, pointId);
    }

    /** The scribe (or a facilitator) marks a point as a key point, or unmarks it. */
    public GroupPoint markKeyPoint(Caller caller, String eventId, String groupId, String pointId, boolean keyPoint) {
        LearningEvent event = events.openTo(caller, eventId);
        Breakouts breakouts = store.breakouts(event.logId());
        StoredGroup group = currentGroup(breakouts, groupId);
        arranger(caller, eventId, group);
        StoredPoint point = pointOf(breakouts, groupId, pointId);
        if (point.keyPoint() != keyPoint) {
            changeLog.append(event.logId(), new BreakoutChange.KeyPointMarked(groupId, pointId, keyPoint),
                    caller.actorId());
        }
        return point(caller, eventId, pointId);
    }

    /**
     * The scribe (or a facilitator) puts a point at {@code position} (from 0) among the points
     * under its prompt; moving up or down is one position less or more.
     */
    public void movePoint(Caller caller, String eventId, String groupId, String pointId, int position) {
        LearningEvent event = events.openTo(caller, eventId);
        Breakouts breakouts = store.breakouts(event.logId());
        StoredGroup group = currentGroup(breakouts, groupId);
        arranger(caller, eventId, group);
        StoredPoint point = pointOf(breakouts, groupId, pointId);
        List<StoredPoint> siblings = breakouts.pointsOf(groupId).stream()
                .filter(p -> p.prompt() == point.prompt()).toList();
        if (position < 0 || position >= siblings.size()) {
            throw InvalidInput.because("board.refused.place-out-of-range", siblings.size());
        }
        if (!siblings.get(position).id().equals(pointId)) {
            changeLog.append(event.logId(), new BreakoutChange.PointPlaced(groupId, pointId, position),
                    caller.actorId());
        }
    }

    /**
     * A facilitator records that a point went to the learning wall, so its board shows it there.
     * The learning wall itself records the learning point.
     */
    public GroupPoint markOnLearningWall(Caller caller, String eventId, String groupId, String pointId) {
        LearningEvent event = running(caller, eventId, EventRight.RUN_ROOM);
        Breakouts breakouts = store.breakouts(event.logId());
        breakouts.group(groupId)
                .orElseThrow(() -> InvalidInput.because("board.refused.no-such-group"));
        StoredPoint point = pointOf(breakouts, groupId, pointId);
        if (!point.onLearningWall()) {
            changeLog.append(event.logId(), new BreakoutChange.PointMovedToLearningWall(groupId, pointId),
                    caller.actorId());
        }
        return point(caller, eventId, pointId);
    }

    // ---- rules ----

    /** The event, if the caller is one of its facilitators and it is still open. */
    private LearningEvent running(Caller caller, String eventId, EventRight right) {
        LearningEvent event = events.runBy(caller, eventId, right);
        if (!event.isOpen()) {
            throw NotAllowed.because("board.refused.event-closed");
        }
        return event;
    }

    private static StoredGroup currentGroup(Breakouts breakouts, String groupId) {
        StoredGroup group = breakouts.group(groupId)
                .orElseThrow(() -> InvalidInput.because("board.refused.no-such-group"));
        if (group.removed()) {
            throw InvalidInput.because("board.refused.group-removed");
        }
        return group;
    }

    /** Who may write on a group's board: its members and facilitators. Returns the author's agency. */
    private @Nullable String writer(Caller caller, String eventId, Breakouts breakouts, String groupId) {
        if (events.isFacilitatorOf(caller, eventId)) {
            events.runBy(caller, eventId, EventRight.RUN_ROOM);
            return null;
        }
        return member(caller, breakouts, groupId).agencyCode();
    }

    private static Caller.Participant member(Caller caller, Breakouts breakouts, String groupId) {
        if (caller instanceof Caller.Participant participant
                && breakouts.groupOf(participant.participantId()).map(groupId::equals).orElse(false)) {
            return participant;
        }
        throw NotAllowed.because("board.refused.own-group-only");
    }

    private void arranger(Caller caller, String eventId, StoredGroup group) {
        boolean scribe = caller instanceof Caller.Participant p && p.participantId().equals(group.scribeId());
        if (!scribe && !events.mayDo(caller, eventId, EventRight.RUN_ROOM)) {
            throw NotAllowed.because("board.refused.scribe-only");
        }
    }

    private static StoredPoint pointOf(Breakouts breakouts, String groupId, String pointId) {
        return breakouts.point(pointId).filter(p -> p.groupId().equals(groupId))
                .orElseThrow(() -> InvalidInput.because("board.refused.no-such-point"));
    }

    private static StoredPoint authorsPoint(Caller caller, Breakouts breakouts, String groupId, String pointId) {
        StoredPoint point = pointOf(breakouts, groupId, pointId);
        if (!point.authorActorId().equals(caller.actorId())) {
            throw NotAllowed.because("board.refused.point-author-only");
        }
        return point;
    }

    private void checkEntry(Caller caller, String eventId, @Nullable String timelineEntryId) {
        if (timelineEntryId != null && timelines.timelineFor(caller, eventId).entry(timelineEntryId).isEmpty()) {
            throw InvalidInput.because("board.refused.no-such-entry");
        }
    }

    // ---- views ----

    private BreakoutGroup group(Caller caller, String eventId, String groupId) {
        LearningEvent event = events.readableBy(caller, eventId);
        Breakouts breakouts = store.breakouts(event.logId());
        return view(breakouts, breakouts.group(groupId).orElseThrow(), room(caller, eventId));
    }

    private GroupPoint point(Caller caller, String eventId, String pointId) {
        LearningEvent event = events.readableBy(caller, eventId);
        return view(caller, eventId, store.breakouts(event.logId()).point(pointId).orElseThrow());
    }

    private Map<String, RoomMember> room(Caller caller, String eventId) {
        return contributors.roomFor(caller, eventId).stream()
                .collect(Collectors.toMap(RoomMember::participantId, Function.identity(), (a, b) -> a));
    }

    private static BreakoutGroup view(Breakouts breakouts, StoredGroup group, Map<String, RoomMember> room) {
        List<GroupMember> members = breakouts.membersOf(group.id()).stream()
                .map(e -> {
                    RoomMember known = room.get(e.getKey());
                    return new GroupMember(e.getKey(), known == null ? "" : known.role(), e.getValue().agencyCode(),
                            known == null ? null : known.name());
                })
                .sorted(Comparator.comparing(GroupMember::agencyCode).thenComparing(GroupMember::role)
                        .thenComparing(GroupMember::participantId))
                .toList();
        return new BreakoutGroup(group.id(), group.theme(), group.themeWeMissed(), members, group.scribeId(),
                group.removed());
    }

    private GroupPoint view(Caller caller, String eventId, StoredPoint point) {
        return new GroupPoint(point.id(), point.groupId(), point.prompt(), point.text(),
                contributors.byline(caller, eventId, point.authorActorId(), point.agencyCode()), point.goodPractice(),
                point.keyPoint(), point.onLearningWall(), point.timelineEntryId(), point.at(), point.edited());
    }
}
