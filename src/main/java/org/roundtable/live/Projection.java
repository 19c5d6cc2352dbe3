package org.roundtable.live;

/**
 * A read model fed by the logs. Every projection bean sees every change of every log, once,
 * in log order, on one thread; at start-up the whole store is replayed into it.
 */
public interface Projection {

    void apply(LoggedChange change);
}
