package org.roundtable.live.log;

import org.roundtable.live.Change;

/**
 * In the purges log: {@code logId} was purged. The log's actor and time say who and when;
 * nothing else about the log is kept.
 */
record LogPurged(String logId) implements Change {
}
