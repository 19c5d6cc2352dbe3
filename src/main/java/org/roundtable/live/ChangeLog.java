package org.roundtable.live;

import java.util.List;
import java.util.Set;

/**
 * The ordered logs of changes. Feature services append; nothing else writes state.
 */
public interface ChangeLog {

    /**
     * Appends a change. When this returns, the change is committed to the durable store and has
     * been applied to this node's read models; other nodes and screens follow in log order.
     */
    LoggedChange append(String logId, Change change, String actor);

    /**
     * Appends several changes of one log as one step: they get consecutive positions and are
     * committed together, so either all are stored or none is.
     */
    List<LoggedChange> appendAll(String logId, List<? extends Change> changes, String actor);

    /** Every change of a log, in order, from this node's durable store. */
    List<LoggedChange> read(String logId);

    /** The ids of all logs whose id starts with {@code prefix}. */
    Set<String> logIds(String prefix);

    /**
     * Forgets a log on every node: its changes leave every node's store (file rewritten, see
     * DD005) and the cluster's memory of its sequence, every {@link Projection} forgets it, and
     * later changes to it are refused or dropped. What remains is one {@link Purge} record in the
     * {@link #PURGES} log. Each node purges in the order of the fan-out, after every change of
     * the log it had already received. Returns once this node has purged; the caller checks the
     * right to do so.
     */
    Purge purge(String logId, String actor);

    /** Every purge so far, oldest first, from this node's store. */
    List<Purge> purges();

    /** Whether {@code logId} has been purged (its id is kept only in the purge record). */
    boolean isPurged(String logId);

    /** The log that records purges; it is never purged itself. */
    String PURGES = "purges";
}
