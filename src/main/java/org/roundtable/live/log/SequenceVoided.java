package org.roundtable.live.log;

import org.roundtable.live.Change;

/**
 * Stands at a position that was handed out but whose change could not be stored, so that
 * every node moves past it instead of waiting for it.
 */
record SequenceVoided(String reason) implements Change {
}
