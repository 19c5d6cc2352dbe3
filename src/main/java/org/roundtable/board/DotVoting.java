package org.roundtable.board;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The rules of the dot vote on learning themes. Each participant has the same number of dots
 * and may stack several on one theme (as on paper); a dot can be taken back while voting is
 * open; nothing changes while it is closed. A theme that is removed or merged into another gives
 * its dots back to the people who placed them, so they can place them again.
 * <p>
 * Not thread-safe: the wall's read model applies the log to it one change at a time. A cast the
 * rules refuse (two tablets racing past the limit) is simply not counted, the same on every node.
 */
final class DotVoting {

    /** What became of a dot someone placed or took back. */
    enum Outcome {
        COUNTED, TAKEN_BACK, VOTING_CLOSED, NO_SUCH_THEME, NO_VOTES_LEFT, NO_VOTE_THERE;

        boolean applied() {
            return this == COUNTED || this == TAKEN_BACK;
        }
    }

    private VotingStatus status = VotingStatus.NOT_STARTED;
    private final Set<String> themes = new LinkedHashSet<>();
    private final Map<String, Map<String, Integer>> byVoter = new HashMap<>();

    VotingStatus status() {
        return status;
    }

    /**
     * Opens voting with {@code votesPerPerson} dots each (kept within 1..10, since a log is
     * replayed and must never fail); dots already placed stay.
     */
    void open(int votesPerPerson, boolean liveTotals) {
        int dots = Math.clamp(votesPerPerson, VotingStatus.MIN_VOTES, VotingStatus.MAX_VOTES);
        status = new VotingStatus(VotingStatus.Phase.OPEN, dots, liveTotals);
    }

    void close() {
        if (status.isOpen()) {
            status = new VotingStatus(VotingStatus.Phase.CLOSED, status.votesPerPerson(), status.liveTotals());
        }
    }

    void addTheme(String themeId) {
        themes.add(themeId);
    }

    /** The theme is gone: its dots go back to their voters. */
    void removeTheme(String themeId) {
        themes.remove(themeId);
        byVoter.values().forEach(mine -> mine.remove(themeId));
    }

    /** Two themes become one; the dots on the one that goes are returned, not moved. */
    void merge(String fromThemeId, String intoThemeId) {
        if (themes.contains(intoThemeId)) {
            removeTheme(fromThemeId);
        }
    }

    /** What placing a dot would come to, without placing it. */
    Outcome checkCast(String voter, String themeId) {
        if (!status.isOpen()) {
            return Outcome.VOTING_CLOSED;
        }
        if (!themes.contains(themeId)) {
            return Outcome.NO_SUCH_THEME;
        }
        return remaining(voter) > 0 ? Outcome.COUNTED : Outcome.NO_VOTES_LEFT;
    }

    Outcome cast(String voter, String themeId) {
        Outcome outcome = checkCast(voter, themeId);
        if (outcome.applied()) {
            byVoter.computeIfAbsent(voter, v -> new HashMap<>()).merge(themeId, 1, Integer::sum);
        }
        return outcome;
    }

    /** What taking a dot back would come to, without taking it. */
    Outcome checkTakeBack(String voter, String themeId) {
        if (!status.isOpen()) {
            return Outcome.VOTING_CLOSED;
        }
        return votesOf(voter).getOrDefault(themeId, 0) > 0 ? Outcome.TAKEN_BACK : Outcome.NO_VOTE_THERE;
    }

    Outcome takeBack(String voter, String themeId) {
        Outcome outcome = checkTakeBack(voter, themeId);
        if (outcome.applied()) {
            Map<String, Integer> mine = byVoter.get(voter);
            if (mine.merge(themeId, -1, Integer::sum) == 0) {
                mine.remove(themeId);
            }
        }
        return outcome;
    }

    /** One voter's dots by theme. */
    Map<String, Integer> votesOf(String voter) {
        return Map.copyOf(byVoter.getOrDefault(voter, Map.of()));
    }

    /** Dots still to place; none below zero when the facilitator reopened with fewer dots. */
    int remaining(String voter) {
        int used = byVoter.getOrDefault(voter, Map.of()).values().stream().mapToInt(Integer::intValue).sum();
        return Math.max(0, status.votesPerPerson() - used);
    }

    /** Dots per theme, every theme listed (zero where none), in the order themes were created. */
    Map<String, Integer> totals() {
        Map<String, Integer> totals = new LinkedHashMap<>();
        themes.forEach(theme -> totals.put(theme, 0));
        byVoter.values().forEach(mine -> mine.forEach((theme, count) -> totals.merge(theme, count, Integer::sum)));
        return totals;
    }
}
