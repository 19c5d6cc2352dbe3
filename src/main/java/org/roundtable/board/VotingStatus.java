package org.roundtable.board;

/**
 * Where the dot vote on learning themes stands.
 *
 * @param votesPerPerson how many dots each participant places
 * @param liveTotals     the facilitator chose to show the totals on every screen while voting runs
 */
public record VotingStatus(Phase phase, int votesPerPerson, boolean liveTotals) {

    public static final int MIN_VOTES = 1;
    public static final int MAX_VOTES = 10;
    public static final int DEFAULT_VOTES = 3;

    public enum Phase {
        NOT_STARTED, OPEN, CLOSED
    }

    public static final VotingStatus NOT_STARTED = new VotingStatus(Phase.NOT_STARTED, DEFAULT_VOTES, false);

    public boolean isOpen() {
        return phase == Phase.OPEN;
    }
}
