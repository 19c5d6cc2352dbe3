/**
 * The path of a change: every learning event has one ordered log; a change is sequenced
 * cluster-wide, committed to the local durable store, fanned out to every node, applied to the
 * read models in log order, and only then are screens told. No other module sees MapDB or
 * Hazelcast types.
 */
@NullMarked
package org.roundtable.live;

import org.jspecify.annotations.NullMarked;
