package org.roundtable.board;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

import org.jspecify.annotations.Nullable;
import org.roundtable.live.LoggedChange;
import org.roundtable.live.Projection;
import org.springframework.stereotype.Component;

/**
 * Read model of every event's breakout groups, who is in which, and the points on each board,
 * fed by the event logs. It holds ids and agency codes only: who wrote a point is its log actor,
 * turned into a byline by the service for each viewer.
 */
@Component
class BreakoutStore implements Projection {

    /** A group as stored; removed groups stay, so their points stay in the record. */
    record StoredGroup(String id, String theme, boolean themeWeMissed, boolean removed, @Nullable String scribeId) {

        StoredGroup withTheme(String newTheme) {
            return new StoredGroup(id, newTheme, themeWeMissed, removed, scribeId);
        }

        StoredGroup withScribe(@Nullable String participantId) {
            return new StoredGroup(id, theme, themeWeMissed, removed, participantId);
        }

        StoredGroup asRemoved() {
            return new StoredGroup(id, theme, themeWeMissed, true, null);
        }
    }

    /** Which group someone is in, with the agency they joined with. */
    record Membership(String groupId, String agencyCode) {
    }

    /** A point as stored, with its author's actor id (never shown as such). */
    record StoredPoint(String id, String groupId, GroupPrompt prompt, String text, String authorActorId,
            @Nullable String agencyCode, @Nullable String timelineEntryId, Instant at, boolean edited,
            boolean goodPractice, boolean keyPoint, boolean onLearningWall) {

        StoredPoint withText(String newText, @Nullable String entryId) {
            return new StoredPoint(id, groupId, prompt, newText, authorActorId, agencyCode, entryId, at, true,
                    goodPractice, keyPoint, onLearningWall);
        }

        StoredPoint withGoodPractice(boolean marked) {
            return new StoredPoint(id, groupId, prompt, text, authorActorId, agencyCode, timelineEntryId, at, edited,
                    marked, keyPoint, onLearningWall);
        }

        StoredPoint withKeyPoint(boolean marked) {
            return new StoredPoint(id, groupId, prompt, text, authorActorId, agencyCode, timelineEntryId, at, edited,
                    goodPractice, marked, onLearningWall);
        }

        StoredPoint onTheLearningWall() {
            return new StoredPoint(id, groupId, prompt, text, authorActorId, agencyCode, timelineEntryId, at, edited,
                    goodPractice, keyPoint, true);
        }
    }

    /**
     * One event's breakouts at one moment.
     *
     * @param groups      every group in the order they were created, removed ones included
     * @param memberships who is in which group, by participant id
     * @param points      every point not withdrawn, by group and prompt in the scribe's order
     */
    record Breakouts(List<StoredGroup> groups, Map<String, Membership> memberships, List<StoredPoint> points) {

        static final Breakouts NONE = new Breakouts(List.of(), Map.of(), List.of());

        Optional<StoredGroup> group(String groupId) {
            return groups.stream().filter(g -> g.id().equals(groupId)).findFirst();
        }

        List<StoredGroup> current() {
            return groups.stream().filter(g -> !g.removed()).toList();
        }

        Optional<String> groupOf(String participantId) {
            return Optional.ofNullable(memberships.get(participantId)).map(Membership::groupId);
        }

        /** The members of a group as (participant id, agency), in the order they were placed. */
        List<Map.Entry<String, Membership>> membersOf(String groupId) {
            return memberships.entrySet().stream().filter(e -> e.getValue().groupId().equals(groupId)).toList();
        }

        Optional<StoredPoint> point(String pointId) {
            return points.stream().filter(p -> p.id().equals(pointId)).findFirst();
        }

        List<StoredPoint> pointsOf(String groupId) {
            return points.stream().filter(p -> p.groupId().equals(groupId)).toList();
        }
    }

    /** One event's mutable state; the immutable copy screens read is made at most once per change. */
    private static final class EventBreakouts {
        final Map<String, StoredGroup> groups = new LinkedHashMap<>();
        final Map<String, Membership> memberships = new LinkedHashMap<>();
        final Map<String, StoredPoint> points = new LinkedHashMap<>();
        // The scribe's order: point ids by group and prompt.
        final Map<String, List<String>> order = new LinkedHashMap<>();
        @Nullable Breakouts snapshot;

        boolean isCurrent(String groupId) {
            StoredGroup group = groups.get(groupId);
            return group != null && !group.removed();
        }

        void assign(String participantId, String agencyCode, String groupId) {
            Membership before = memberships.remove(participantId);
            if (before != null && !before.groupId().equals(groupId)) {
                leave(participantId, before.groupId());
            }
            memberships.put(participantId, new Membership(groupId, agencyCode));
        }

        // A scribe who leaves their group is no longer its scribe.
        void leave(String participantId, String groupId) {
            StoredGroup group = groups.get(groupId);
            if (group != null && participantId.equals(group.scribeId())) {
                groups.put(groupId, group.withScribe(null));
            }
        }

        void updatePoint(String pointId, String groupId, UnaryOperator<StoredPoint> update) {
            StoredPoint point = points.get(pointId);
            if (point != null && point.groupId().equals(groupId)) {
                points.put(pointId, update.apply(point));
            }
        }

        @Nullable List<String> orderOf(String pointId) {
            StoredPoint point = points.get(pointId);
            return point == null ? null : order.get(point.groupId() + "/" + point.prompt());
        }

        Breakouts snapshot() {
            if (snapshot == null) {
                List<StoredPoint> shown = new ArrayList<>();
                for (StoredGroup group : groups.values()) {
                    for (GroupPrompt prompt : GroupPrompt.values()) {
                        order.getOrDefault(group.id() + "/" + prompt, List.of())
                                .forEach(id -> shown.add(points.get(id)));
                    }
                }
                snapshot = new Breakouts(List.copyOf(groups.values()),
                        Collections.unmodifiableMap(new LinkedHashMap<>(memberships)), List.copyOf(shown));
            }
            return snapshot;
        }
    }

    private final Map<String, EventBreakouts> byLog = new ConcurrentHashMap<>();

    @Override
    public void apply(LoggedChange logged) {
        if (!(logged.change() instanceof BreakoutChange change)) {
            return;
        }
        EventBreakouts event = byLog.computeIfAbsent(logged.logId(), id -> new EventBreakouts());
        synchronized (event) {
            apply(event, change, logged);
            event.snapshot = null;
        }
    }

    // Every rule here reads only the log, so every node builds the same breakouts.
    private static void apply(EventBreakouts event, BreakoutChange change, LoggedChange logged) {
        switch (change) {
            case BreakoutChange.GroupCreated created -> event.groups.putIfAbsent(created.groupId(),
                    new StoredGroup(created.groupId(), created.theme(), created.themeWeMissed(), false, null));
            case BreakoutChange.GroupRenamed renamed -> event.groups.computeIfPresent(renamed.groupId(),
                    (id, group) -> group.withTheme(renamed.theme()));
            case BreakoutChange.GroupRemoved removed -> {
                event.groups.computeIfPresent(removed.groupId(), (id, group) -> group.asRemoved());
                event.memberships.values().removeIf(m -> m.groupId().equals(removed.groupId()));
            }
            case BreakoutChange.GroupsBalanced balanced -> balanced.placements().stream()
                    .filter(p -> event.isCurrent(p.groupId()))
                    .forEach(p -> event.assign(p.participantId(), p.agencyCode(), p.groupId()));
            case BreakoutChange.MemberAssigned assigned -> {
                boolean alreadyPlaced = event.memberships.containsKey(assigned.participantId());
                boolean newcomer = assigned.how() == BreakoutChange.Assignment.NEWCOMER;
                if (event.isCurrent(assigned.groupId()) && !(newcomer && alreadyPlaced)) {
                    event.assign(assigned.participantId(), assigned.agencyCode(), assigned.groupId());
                }
            }
            case BreakoutChange.ScribeChosen chosen -> {
                StoredGroup group = event.groups.get(chosen.groupId());
                Membership member = chosen.participantId() == null ? null
                        : event.memberships.get(chosen.participantId());
                boolean isMember = member != null && member.groupId().equals(chosen.groupId());
                boolean taken = group != null && group.scribeId() != null;
                if (group != null && !group.removed() && (chosen.participantId() == null || isMember)
                        && !(chosen.volunteered() && taken)) {
                    event.groups.put(group.id(), group.withScribe(chosen.participantId()));
                }
            }
            case BreakoutChange.PointAdded added -> {
                if (event.points.containsKey(added.pointId())) {
                    return;
                }
                event.points.put(added.pointId(), new StoredPoint(added.pointId(), added.groupId(), added.prompt(),
                        added.text(), logged.actor(), added.agencyCode(), added.timelineEntryId(), logged.at(), false,
                        false, false, false));
                event.order.computeIfAbsent(added.groupId() + "/" + added.prompt(), key -> new ArrayList<>())
                        .add(added.pointId());
            }
            case BreakoutChange.PointEdited edited -> event.updatePoint(edited.pointId(), edited.groupId(),
                    point -> point.withText(edited.text(), edited.timelineEntryId()));
            case BreakoutChange.PointWithdrawn withdrawn -> {
                List<String> order = event.orderOf(withdrawn.pointId());
                StoredPoint point = event.points.get(withdrawn.pointId());
                if (order != null && point != null && point.groupId().equals(withdrawn.groupId())) {
                    order.remove(withdrawn.pointId());
                }
            }
            case BreakoutChange.GoodPracticeMarked marked -> event.updatePoint(marked.pointId(), marked.groupId(),
                    point -> point.withGoodPractice(marked.goodPractice()));
            case BreakoutChange.KeyPointMarked marked -> event.updatePoint(marked.pointId(), marked.groupId(),
                    point -> point.withKeyPoint(marked.keyPoint()));
            case BreakoutChange.PointPlaced placed -> {
                List<String> order = event.orderOf(placed.pointId());
                StoredPoint point = event.points.get(placed.pointId());
                if (order != null && point != null && point.groupId().equals(placed.groupId())
                        && order.remove(placed.pointId())) {
                    order.add(Math.clamp(placed.position(), 0, order.size()), placed.pointId());
                }
            }
            case BreakoutChange.PointMovedToLearningWall moved -> event.updatePoint(moved.pointId(), moved.groupId(),
                    StoredPoint::onTheLearningWall);
        }
    }

    /** The event's breakouts now; empty before any group was created. */
    Breakouts breakouts(String logId) {
        EventBreakouts event = byLog.get(logId);
        if (event == null) {
            return Breakouts.NONE;
        }
        synchronized (event) {
            return event.snapshot();
        }
    }

    /** The event was purged: nothing of it stays here. */
    @Override
    public void forget(String logId) {
        byLog.remove(logId);
    }
}
