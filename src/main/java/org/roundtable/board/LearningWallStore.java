package org.roundtable.board;

import java.time.Instant;
import java.util.HashMap;
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
 * Read model of every event's learning wall: points with their authors' actor ids (for bylines,
 * never shown), learning themes, and the dot vote. Fed only by the event logs, so every node
 * agrees; a change the rules no longer allow when its turn comes (a dot past the limit, a point
 * moved into a theme just removed) is applied as far as it still makes sense.
 */
@Component
class LearningWallStore implements Projection {

    /** A point as the log made it; {@code authorActor} is never handed to a screen. */
    record StoredPoint(String id, LearningPointKind kind, String text, List<String> entryIds,
            @Nullable String sourceGroupPointId, @Nullable String sourceLabel, @Nullable String themeId,
            String authorActor, @Nullable String agencyCode, boolean hidden, boolean withdrawn, boolean edited,
            Instant at) {

        StoredPoint edited(LearningPointKind newKind, String newText, List<String> newEntryIds) {
            return new StoredPoint(id, newKind, newText, List.copyOf(newEntryIds), sourceGroupPointId, sourceLabel,
                    themeId, authorActor, agencyCode, hidden, withdrawn, true, at);
        }

        StoredPoint inTheme(@Nullable String newThemeId) {
            return new StoredPoint(id, kind, text, entryIds, sourceGroupPointId, sourceLabel, newThemeId,
                    authorActor, agencyCode, hidden, withdrawn, edited, at);
        }

        StoredPoint hidden(boolean nowHidden) {
            return new StoredPoint(id, kind, text, entryIds, sourceGroupPointId, sourceLabel, themeId, authorActor,
                    agencyCode, nowHidden, withdrawn, edited, at);
        }

        StoredPoint asWithdrawn() {
            return new StoredPoint(id, kind, text, entryIds, sourceGroupPointId, sourceLabel, themeId, authorActor,
                    agencyCode, hidden, true, edited, at);
        }
    }

    record StoredTheme(String id, String title, boolean agreed) {
    }

    /** One event's wall at one moment; made at most once per change. */
    record Snapshot(List<StoredPoint> points, List<StoredTheme> themes, VotingStatus voting,
            Map<String, Integer> totals) {

        static final Snapshot EMPTY = new Snapshot(List.of(), List.of(), VotingStatus.NOT_STARTED, Map.of());

        Optional<StoredPoint> point(String pointId) {
            return points.stream().filter(p -> p.id().equals(pointId)).findFirst();
        }

        Optional<StoredTheme> theme(String themeId) {
            return themes.stream().filter(t -> t.id().equals(themeId)).findFirst();
        }
    }

    private static final class EventWall {
        final Map<String, StoredPoint> points = new LinkedHashMap<>();
        final Map<String, StoredTheme> themes = new LinkedHashMap<>();
        // Where a merged theme went, so a point moved into it while the merge was under way follows.
        final Map<String, String> mergedInto = new HashMap<>();
        final DotVoting voting = new DotVoting();
        @Nullable Snapshot snapshot;
    }

    private final Map<String, EventWall> byLog = new ConcurrentHashMap<>();

    @Override
    public void apply(LoggedChange logged) {
        if (!(logged.change() instanceof WallChange change)) {
            return;
        }
        EventWall wall = byLog.computeIfAbsent(logged.logId(), id -> new EventWall());
        synchronized (wall) {
            apply(wall, change, logged);
            wall.snapshot = null;
        }
    }

    private static void apply(EventWall wall, WallChange change, LoggedChange logged) {
        switch (change) {
            case WallChange.LearningPointAdded added -> wall.points.putIfAbsent(added.pointId(),
                    new StoredPoint(added.pointId(), added.kind(), added.text(), List.copyOf(added.entryIds()),
                            added.sourceGroupPointId(), added.sourceLabel(), null, logged.actor(),
                            added.agencyCode(), false, false, false, logged.at()));
            case WallChange.LearningPointEdited edited -> wall.points.computeIfPresent(edited.pointId(),
                    (id, point) -> point.edited(edited.kind(), edited.text(), edited.entryIds()));
            case WallChange.LearningPointWithdrawn withdrawn -> wall.points.computeIfPresent(withdrawn.pointId(),
                    (id, point) -> point.asWithdrawn());
            case WallChange.LearningPointHidden hidden -> wall.points.computeIfPresent(hidden.pointId(),
                    (id, point) -> point.hidden(hidden.hidden()));
            case WallChange.LearningPointThemed themed -> {
                String themeId = themeNow(wall, themed.themeId());
                wall.points.computeIfPresent(themed.pointId(), (id, point) -> point.inTheme(themeId));
            }
            case WallChange.LearningThemeCreated created -> {
                wall.themes.putIfAbsent(created.themeId(), new StoredTheme(created.themeId(), created.title(), false));
                wall.voting.addTheme(created.themeId());
            }
            case WallChange.LearningThemeRenamed renamed -> wall.themes.computeIfPresent(renamed.themeId(),
                    (id, theme) -> new StoredTheme(id, renamed.title(), theme.agreed()));
            case WallChange.LearningThemesMerged merged -> {
                String into = themeNow(wall, merged.intoThemeId());
                String from = merged.fromThemeId();
                if (into != null && !into.equals(from) && wall.themes.containsKey(from)) {
                    wall.themes.remove(from);
                    wall.mergedInto.put(from, into);
                    wall.voting.merge(from, into);
                    wall.points.replaceAll((id, point) -> from.equals(point.themeId()) ? point.inTheme(into) : point);
                }
            }
            case WallChange.LearningThemeRemoved removed -> {
                if (wall.themes.remove(removed.themeId()) != null) {
                    wall.voting.removeTheme(removed.themeId());
                    wall.points.replaceAll((id, point) -> removed.themeId().equals(point.themeId())
                            ? point.inTheme(null) : point);
                }
            }
            case WallChange.LearningThemeAgreed agreed -> wall.themes.computeIfPresent(agreed.themeId(),
                    (id, theme) -> new StoredTheme(id, theme.title(), agreed.agreed()));
            case WallChange.DotVotingOpened opened -> wall.voting.open(opened.votesPerPerson(), opened.liveTotals());
            case WallChange.DotVotingClosed closed -> wall.voting.close();
            case WallChange.DotVoteCast cast -> wall.voting.cast(logged.actor(), cast.themeId());
            case WallChange.DotVoteTakenBack back -> wall.voting.takeBack(logged.actor(), back.themeId());
        }
    }

    /** The theme a change meant, following merges; null when it is gone. */
    private static @Nullable String themeNow(EventWall wall, @Nullable String themeId) {
        String current = themeId;
        while (current != null && wall.mergedInto.containsKey(current)) {
            current = wall.mergedInto.get(current);
        }
        return current != null && wall.themes.containsKey(current) ? current : null;
    }

    Snapshot wall(String logId) {
        EventWall wall = byLog.get(logId);
        if (wall == null) {
            return Snapshot.EMPTY;
        }
        synchronized (wall) {
            if (wall.snapshot == null) {
                wall.snapshot = new Snapshot(List.copyOf(wall.points.values()), List.copyOf(wall.themes.values()),
                        wall.voting.status(), Map.copyOf(wall.voting.totals()));
            }
            return wall.snapshot;
        }
    }

    /** One voter's own dots; asked only on that voter's behalf. */
    Map<String, Integer> votesOf(String logId, String voterActor) {
        EventWall wall = byLog.get(logId);
        if (wall == null) {
            return Map.of();
        }
        synchronized (wall) {
            return wall.voting.votesOf(voterActor);
        }
    }

    DotVoting.Outcome checkCast(String logId, String voterActor, String themeId) {
        EventWall wall = byLog.get(logId);
        if (wall == null) {
            return DotVoting.Outcome.VOTING_CLOSED;
        }
        synchronized (wall) {
            return wall.voting.checkCast(voterActor, themeId);
        }
    }

    DotVoting.Outcome checkTakeBack(String logId, String voterActor, String themeId) {
        EventWall wall = byLog.get(logId);
        if (wall == null) {
            return DotVoting.Outcome.VOTING_CLOSED;
        }
        synchronized (wall) {
            return wall.voting.checkTakeBack(voterActor, themeId);
        }
    }

    /** The event was purged: nothing of it stays here. */
    @Override
    public void forget(String logId) {
        byLog.remove(logId);
    }
}
