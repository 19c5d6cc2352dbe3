package org.roundtable.board;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.roundtable.access.AuditAction;
import org.roundtable.access.AuditTrail;
import org.roundtable.access.Caller;
import org.roundtable.event.Contributors;
import org.roundtable.event.EventRight;
import org.roundtable.event.LearningEvent;
import org.roundtable.event.LearningEvents;
import org.roundtable.live.ChangeLog;
import org.roundtable.shared.InvalidInput;
import org.roundtable.shared.NotAllowed;
import org.roundtable.shared.Texts;
import org.roundtable.shared.UserText;
import org.roundtable.timeline.MergedTimeline;
import org.roundtable.timeline.Timelines;
import org.springframework.stereotype.Service;

/**
 * The learning wall: open all day, anyone in the room adds learning points (single-agency,
 * inter-agency, good practice, systems), linked to timeline entries where relevant. At the close
 * the facilitators cluster points into learning themes, run a dot vote and mark the themes the
 * room agrees.
 * <p>
 * Rights: participants and facilitators of an open event add points and edit or withdraw their
 * own; facilitators edit or hide any point, move a breakout group's point to the wall, and do
 * all the clustering, voting control and agreeing. Only participants vote; the projector only
 * reads. Points carry a {@link org.roundtable.event.Byline}, never a name. Voting is anonymous:
 * screens get totals per theme, and each voter only their own dots ({@link #ballotFor}).
 */
@Service
public class LearningWall {

    public static final int MAX_POINT_LENGTH = 1_000;
    public static final int MAX_LINKED_ENTRIES = 10;
    public static final int MAX_POINTS = 2_000;
    public static final int MAX_THEMES = 50;
    public static final int MAX_SOURCE_LABEL_LENGTH = 80;

    private final ChangeLog changeLog;
    private final LearningEvents events;
    private final Timelines timelines;
    private final Contributors contributors;
    private final LearningWallStore store;
    private final AuditTrail audit;

    LearningWall(ChangeLog changeLog, LearningEvents events, Timelines timelines, Contributors contributors,
            LearningWallStore store, AuditTrail audit) {
        this.audit = audit;
        this.changeLog = changeLog;
        this.events = events;
        this.timelines = timelines;
        this.contributors = contributors;
        this.store = store;
    }

    // Learning points

    /** Adds a learning point, optionally linked to timeline entries of the event. */
    public LearningPoint add(Caller caller, String eventId, @Nullable LearningPointKind kind, @Nullable String text,
            List<String> entryIds) {
        LearningEvent event = events.openTo(caller, eventId);
        return add(caller, event, kind, text, entryIds, null, null);
    }

    /**
     * A facilitator moves a breakout group's point to the wall; it keeps where it came from.
     * Refused when that group point is already on the wall.
     *
     * @param sourceLabel where it came from, as the room reads it, e.g. "Group: Neglect"
     */
    public LearningPoint addFromGroup(Caller caller, String eventId, @Nullable LearningPointKind kind,
            @Nullable String text, List<String> entryIds, String sourceGroupPointId, @Nullable String sourceLabel) {
        LearningEvent event = running(caller, eventId, EventRight.RUN_ROOM);
        String source = UserText.required(sourceGroupPointId, "board.field.source-point", 100);
        String label = UserText.optional(sourceLabel, "board.field.source-label", MAX_SOURCE_LABEL_LENGTH);
        boolean already = store.wall(event.logId()).points().stream()
                .anyMatch(p -> !p.withdrawn() && source.equals(p.sourceGroupPointId()));
        if (already) {
            throw InvalidInput.because("board.refused.already-on-wall");
        }
        return add(caller, event, kind, text, entryIds, source, label);
    }

    private LearningPoint add(Caller caller, LearningEvent event, @Nullable LearningPointKind kind,
            @Nullable String text, @Nullable List<String> entryIds, @Nullable String source,
            @Nullable String sourceLabel) {
        String agencyCode = switch (caller) {
            case Caller.Participant participant -> participant.agencyCode();
            case Caller.Account account -> null;
            default -> throw NotAllowed.because("board.refused.wall-room-only");
        };
        LearningPointKind checkedKind = kind(kind);
        String clean = UserText.required(text, "board.field.learning-point", MAX_POINT_LENGTH);
        List<String> entries = entries(caller, event, entryIds);
        if (store.wall(event.logId()).points().size() >= MAX_POINTS) {
            throw InvalidInput.because("board.refused.wall-full", MAX_POINTS);
        }
        var added = new WallChange.LearningPointAdded(UUID.randomUUID().toString(), checkedKind, clean, entries,
                agencyCode, source, sourceLabel);
        changeLog.append(event.logId(), added, caller.actorId());
        return visiblePoint(caller, event, added.pointId());
    }

    /** Its author (or a facilitator) changes a point's kind, text and linked entries. */
    public LearningPoint edit(Caller caller, String eventId, String pointId, @Nullable LearningPointKind kind,
            @Nullable String text, List<String> entryIds) {
        LearningEvent event = events.openTo(caller, eventId);
        LearningWallStore.StoredPoint point = ownOrRun(caller, event, pointId);
        LearningPointKind checkedKind = kind(kind);
        String clean = UserText.required(text, "board.field.learning-point", MAX_POINT_LENGTH);
        List<String> entries = entries(caller, event, entryIds);
        if (point.kind() != checkedKind || !point.text().equals(clean) || !point.entryIds().equals(entries)) {
            changeLog.append(event.logId(), new WallChange.LearningPointEdited(pointId, checkedKind, clean, entries),
                    caller.actorId());
        }
        return visiblePoint(caller, event, pointId);
    }

    /** Its author takes a point off the wall (the record keeps it). */
    public void withdraw(Caller caller, String eventId, String pointId) {
        LearningEvent event = events.openTo(caller, eventId);
        LearningWallStore.StoredPoint point = existingPoint(event, pointId);
        if (!point.authorActor().equals(caller.actorId())) {
            throw NotAllowed.because("board.refused.withdraw-author-only");
        }
        changeLog.append(event.logId(), new WallChange.LearningPointWithdrawn(pointId), caller.actorId());
    }

    /** A facilitator hides a point from the room, or shows it again; recorded, and recoverable. */
    public void hide(Caller caller, String eventId, String pointId, boolean hidden) {
        LearningEvent event = running(caller, eventId, EventRight.MODERATE);
        if (existingPoint(event, pointId).hidden() != hidden) {
            changeLog.append(event.logId(), new WallChange.LearningPointHidden(pointId, hidden), caller.actorId());
            audit.record(caller, AuditAction.MODERATED, eventId, (hidden ? "Hid" : "Unhid") + " learning point "
                    + pointId);
        }
    }

    /**
     * The wall's points the caller may see, in the order they were added: withdrawn points are
     * gone, hidden ones are shown (marked) only to facilitators, the note-taker and their author.
     */
    public List<LearningPoint> pointsFor(Caller caller, String eventId) {
        LearningEvent event = events.readableBy(caller, eventId);
        boolean facilitator = events.seesAllContributions(caller, eventId);
        return store.wall(event.logId()).points().stream()
                .filter(p -> visible(p, caller, facilitator))
                .map(p -> shown(caller, eventId, p))
                .toList();
    }

    // Learning themes

    /** A facilitator starts a learning theme to cluster points into. */
    public LearningTheme createTheme(Caller caller, String eventId, @Nullable String title) {
        LearningEvent event = running(caller, eventId, EventRight.RUN_ROOM);
        String clean = UserText.required(title, "board.field.theme-title", LearningTheme.MAX_TITLE_LENGTH);
        if (store.wall(event.logId()).themes().size() >= MAX_THEMES) {
            throw InvalidInput.because("board.refused.too-many-themes", MAX_THEMES);
        }
        String themeId = UUID.randomUUID().toString();
        changeLog.append(event.logId(), new WallChange.LearningThemeCreated(themeId, clean), caller.actorId());
        return theme(caller, eventId, themeId);
    }

    public void renameTheme(Caller caller, String eventId, String themeId, @Nullable String title) {
        LearningEvent event = running(caller, eventId, EventRight.RUN_ROOM);
        String clean = UserText.required(title, "board.field.theme-title", LearningTheme.MAX_TITLE_LENGTH);
        if (!existingTheme(event, themeId).title().equals(clean)) {
            changeLog.append(event.logId(), new WallChange.LearningThemeRenamed(themeId, clean), caller.actorId());
        }
    }

    /** A facilitator moves a point into a theme, or out of any theme ({@code themeId} null). */
    public void moveToTheme(Caller caller, String eventId, String pointId, @Nullable String themeId) {
        LearningEvent event = running(caller, eventId, EventRight.RUN_ROOM);
        LearningWallStore.StoredPoint point = existingPoint(event, pointId);
        if (themeId != null) {
            existingTheme(event, themeId);
        }
        if (!Objects.equals(point.themeId(), themeId)) {
            changeLog.append(event.logId(), new WallChange.LearningPointThemed(pointId, themeId), caller.actorId());
        }
    }

    /**
     * Two themes become one: the points of {@code fromThemeId} join {@code intoThemeId}, which keeps
     * its title; dots placed on the theme that goes are given back to their voters.
     */
    public void mergeThemes(Caller caller, String eventId, String fromThemeId, String intoThemeId) {
        LearningEvent event = running(caller, eventId, EventRight.RUN_ROOM);
        existingTheme(event, fromThemeId);
        existingTheme(event, intoThemeId);
        if (fromThemeId.equals(intoThemeId)) {
            throw InvalidInput.because("board.refused.merge-with-another");
        }
        changeLog.append(event.logId(), new WallChange.LearningThemesMerged(fromThemeId, intoThemeId),
                caller.actorId());
    }

    /** A facilitator removes a theme: its points stay on the wall unclustered; its dots are given back. */
    public void removeTheme(Caller caller, String eventId, String themeId) {
        LearningEvent event = running(caller, eventId, EventRight.RUN_ROOM);
        existingTheme(event, themeId);
        changeLog.append(event.logId(), new WallChange.LearningThemeRemoved(themeId), caller.actorId());
    }

    /** A facilitator marks a theme as agreed by the room, or takes that back. */
    public void markAgreed(Caller caller, String eventId, String themeId, boolean agreed) {
        LearningEvent event = running(caller, eventId, EventRight.RUN_ROOM);
        if (existingTheme(event, themeId).agreed() != agreed) {
            changeLog.append(event.logId(), new WallChange.LearningThemeAgreed(themeId, agreed), caller.actorId());
        }
    }

    /**
     * The learning themes in the order they were created, each with the points the caller may
     * see. Vote totals are given to facilitators, and to everyone once voting has closed (or while
     * it runs, if the facilitator chose live totals); otherwise they are null.
     */
    public List<LearningTheme> themesFor(Caller caller, String eventId) {
        LearningEvent event = events.readableBy(caller, eventId);
        boolean facilitator = events.isFacilitatorOf(caller, eventId);
        // The note-taker sees hidden points under their themes too, as in the wall itself.
        boolean seesAll = events.seesAllContributions(caller, eventId);
        LearningWallStore.Snapshot wall = store.wall(event.logId());
        boolean totals = totalsShown(wall.voting(), facilitator);
        List<LearningTheme> themes = new ArrayList<>();
        for (LearningWallStore.StoredTheme theme : wall.themes()) {
            List<String> pointIds = wall.points().stream()
                    .filter(p -> theme.id().equals(p.themeId()) && visible(p, caller, seesAll))
                    .map(LearningWallStore.StoredPoint::id)
                    .toList();
            themes.add(new LearningTheme(theme.id(), theme.title(), pointIds, theme.agreed(),
                    totals ? wall.totals().getOrDefault(theme.id(), 0) : null));
        }
        return themes;
    }

    /** The themes the room agreed, for the record and the projector. */
    public List<LearningTheme> agreedThemesFor(Caller caller, String eventId) {
        return themesFor(caller, eventId).stream().filter(LearningTheme::agreed).toList();
    }

    // The dot vote

    /**
     * A facilitator opens the dot vote with {@code votesPerPerson} dots each (1 to 10). Dots
     * placed in an earlier round stay. With {@code liveTotals} every screen shows the totals as
     * they grow; without, the room sees them once voting closes.
     */
    public VotingStatus openVoting(Caller caller, String eventId, int votesPerPerson, boolean liveTotals) {
        LearningEvent event = running(caller, eventId, EventRight.RUN_ROOM);
        if (votesPerPerson < VotingStatus.MIN_VOTES || votesPerPerson > VotingStatus.MAX_VOTES) {
            throw InvalidInput.because("board.refused.votes-out-of-range", VotingStatus.MIN_VOTES, VotingStatus.MAX_VOTES);
        }
        if (store.wall(event.logId()).themes().isEmpty()) {
            throw InvalidInput.because("board.refused.themes-first");
        }
        changeLog.append(event.logId(), new WallChange.DotVotingOpened(votesPerPerson, liveTotals), caller.actorId());
        return store.wall(event.logId()).voting();
    }

    /** A facilitator closes the dot vote; the totals are then shown to the room. */
    public VotingStatus closeVoting(Caller caller, String eventId) {
        LearningEvent event = running(caller, eventId, EventRight.RUN_ROOM);
        if (store.wall(event.logId()).voting().isOpen()) {
            changeLog.append(event.logId(), new WallChange.DotVotingClosed(), caller.actorId());
        }
        return store.wall(event.logId()).voting();
    }

    /** Where the vote stands, for anyone of the event. */
    public VotingStatus votingFor(Caller caller, String eventId) {
        return store.wall(events.readableBy(caller, eventId).logId()).voting();
    }

    /** A participant places one dot on a theme; several on one theme are allowed. */
    public Ballot vote(Caller caller, String eventId, String themeId) {
        LearningEvent event = events.openTo(caller, eventId);
        voter(caller);
        refuseUnless(store.checkCast(event.logId(), caller.actorId(), themeId), event);
        changeLog.append(event.logId(), new WallChange.DotVoteCast(themeId), caller.actorId());
        return ballotFor(caller, eventId);
    }

    /** A participant takes one of their dots back from a theme while voting is open. */
    public Ballot takeBackVote(Caller caller, String eventId, String themeId) {
        LearningEvent event = events.openTo(caller, eventId);
        voter(caller);
        refuseUnless(store.checkTakeBack(event.logId(), caller.actorId(), themeId), event);
        changeLog.append(event.logId(), new WallChange.DotVoteTakenBack(themeId), caller.actorId());
        return ballotFor(caller, eventId);
    }

    /** The caller's own dots; facilitators and the projector do not vote and get an empty ballot. */
    public Ballot ballotFor(Caller caller, String eventId) {
        LearningEvent event = events.readableBy(caller, eventId);
        int dots = store.wall(event.logId()).voting().votesPerPerson();
        if (!(caller instanceof Caller.Participant)) {
            return new Ballot(false, dots, Map.of());
        }
        return new Ballot(true, dots, store.votesOf(event.logId(), caller.actorId()));
    }

    private void refuseUnless(DotVoting.Outcome outcome, LearningEvent event) {
        switch (outcome) {
            case COUNTED, TAKEN_BACK -> {
            }
            case VOTING_CLOSED -> throw InvalidInput.because("board.refused.voting-not-open");
            case NO_SUCH_THEME -> throw InvalidInput.because("board.refused.no-such-theme");
            case NO_VOTES_LEFT -> throw InvalidInput.because("board.refused.no-votes-left", store.wall(event.logId()).voting().votesPerPerson());
            case NO_VOTE_THERE -> throw InvalidInput.because("board.refused.no-vote-there");
        }
    }

    private static void voter(Caller caller) {
        if (!(caller instanceof Caller.Participant)) {
            throw NotAllowed.because("board.refused.room-votes");
        }
    }

    private static boolean totalsShown(VotingStatus voting, boolean facilitator) {
        return switch (voting.phase()) {
            case NOT_STARTED -> false;
            case OPEN -> facilitator || voting.liveTotals();
            case CLOSED -> true;
        };
    }

    // Checks

    private LearningEvent running(Caller caller, String eventId, EventRight right) {
        LearningEvent event = events.runBy(caller, eventId, right);
        if (!event.isOpen()) {
            throw NotAllowed.because("board.refused.event-closed");
        }
        return event;
    }

    private LearningWallStore.StoredPoint ownOrRun(Caller caller, LearningEvent event, String pointId) {
        LearningWallStore.StoredPoint point = existingPoint(event, pointId);
        if (!point.authorActor().equals(caller.actorId()) && !events.mayDo(caller, event.id(), EventRight.MODERATE)) {
            throw NotAllowed.because("board.refused.edit-author-only");
        }
        return point;
    }

    private LearningWallStore.StoredPoint existingPoint(LearningEvent event, String pointId) {
        return store.wall(event.logId()).point(pointId).filter(p -> !p.withdrawn())
                .orElseThrow(() -> InvalidInput.because("board.refused.no-such-learning-point"));
    }

    private LearningWallStore.StoredTheme existingTheme(LearningEvent event, String themeId) {
        return store.wall(event.logId()).theme(themeId)
                .orElseThrow(() -> InvalidInput.because("board.refused.no-such-theme"));
    }

    private static LearningPointKind kind(@Nullable LearningPointKind kind) {
        if (kind == null) {
            throw InvalidInput.because("board.refused.choose-kind");
        }
        return kind;
    }

    /** The linked entries, each checked to be on this event's timeline, without repeats. */
    private List<String> entries(Caller caller, LearningEvent event, @Nullable List<String> entryIds) {
        if (entryIds == null || entryIds.isEmpty()) {
            return List.of();
        }
        Set<String> unique = new LinkedHashSet<>(entryIds);
        if (unique.size() > MAX_LINKED_ENTRIES) {
            throw InvalidInput.because("board.refused.too-many-links", MAX_LINKED_ENTRIES);
        }
        MergedTimeline timeline = timelines.timelineFor(caller, event.id());
        for (String entryId : unique) {
            if (entryId == null || timeline.entry(entryId).isEmpty()) {
                throw InvalidInput.because("board.refused.no-such-entry");
            }
        }
        return List.copyOf(unique);
    }

    private static boolean visible(LearningWallStore.StoredPoint point, Caller caller, boolean facilitator) {
        return !point.withdrawn() && (!point.hidden() || facilitator || point.authorActor().equals(caller.actorId()));
    }

    private LearningPoint visiblePoint(Caller caller, LearningEvent event, String pointId) {
        return shown(caller, event.id(), store.wall(event.logId()).point(pointId).orElseThrow());
    }

    private LearningTheme theme(Caller caller, String eventId, String themeId) {
        return themesFor(caller, eventId).stream().filter(t -> t.id().equals(themeId)).findFirst().orElseThrow();
    }

    private LearningPoint shown(Caller viewer, String eventId, LearningWallStore.StoredPoint point) {
        return new LearningPoint(point.id(), point.kind(), point.text(), point.entryIds(), point.sourceGroupPointId(),
                point.sourceLabel(), point.themeId(),
                contributors.byline(viewer, eventId, point.authorActor(), point.agencyCode()), point.hidden(),
                point.edited(), point.at());
    }
}
