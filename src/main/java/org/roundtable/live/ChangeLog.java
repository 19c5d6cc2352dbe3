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
}
