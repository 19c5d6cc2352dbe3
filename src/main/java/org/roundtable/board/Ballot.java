package org.roundtable.board;

import java.util.Map;

/**
 * One voter's own dots, shown only to that voter: nobody else learns who voted for what.
 *
 * @param canVote        the viewer is a participant who may vote (facilitators and the projector do not)
 * @param votesPerPerson the dots everyone has
 * @param mine           the viewer's dots by theme id
 */
public record Ballot(boolean canVote, int votesPerPerson, Map<String, Integer> mine) {

    public Ballot {
        mine = Map.copyOf(mine);
    }

    public int used() {
        return mine.values().stream().mapToInt(Integer::intValue).sum();
    }

    public int remaining() {
        return canVote ? Math.max(0, votesPerPerson - used()) : 0;
    }

    public int on(String themeId) {
        return mine.getOrDefault(themeId, 0);
    }
}
