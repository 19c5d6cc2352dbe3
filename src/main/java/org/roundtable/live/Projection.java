package org.roundtable.live;

/**
 * A read model fed by the logs. Every projection bean sees every change of every log, once,
 * in log order, on one thread; at start-up the whole store is replayed into it.
 */
public interface Projection {

    void apply(LoggedChange change);

    /**
     * The log was purged: drop everything kept for it. Called in log order, on the same thread
     * as {@link #apply}, after every change of that log this node had applied.
     */
    default void forget(String logId) {
    }
}
