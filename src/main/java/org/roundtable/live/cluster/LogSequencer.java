package org.roundtable.live.cluster;

import java.util.Map;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.EntryProcessor;
import com.hazelcast.map.IMap;

/**
 * Hands out positions in a log. The head of each log lives in one Hazelcast partition and is
 * moved only by entry processors, which run atomically on that partition's owner: one order per
 * log across the cluster.
 */
public final class LogSequencer {

    private final IMap<String, Long> heads;

    public LogSequencer(HazelcastInstance hazelcast) {
        this.heads = hazelcast.getMap(HazelcastMember.LOG_HEADS_MAP);
    }

    /** The next position of {@code logId}, never handed out before in this cluster. */
    public long next(String logId) {
        return heads.executeOnKey(logId, new Next());
    }

    /** The first of {@code count} consecutive positions of {@code logId}, all handed out to the caller. */
    public long nextRange(String logId, int count) {
        return heads.executeOnKey(logId, new NextRange(count));
    }

    /** Raises the head of {@code logId} to at least {@code sequence} (after reading a store). */
    public void atLeast(String logId, long sequence) {
        heads.executeOnKey(logId, new AtLeast(sequence));
    }

    /** Drops the head of {@code logId} from the cluster (and its backups): the log was purged. */
    public void forget(String logId) {
        heads.delete(logId);
    }

    static final class Next implements EntryProcessor<String, Long, Long> {
        @Override
        public Long process(Map.Entry<String, Long> entry) {
            long next = (entry.getValue() == null ? 0L : entry.getValue()) + 1;
            entry.setValue(next);
            return next;
        }
    }

    record NextRange(int count) implements EntryProcessor<String, Long, Long> {
        @Override
        public Long process(Map.Entry<String, Long> entry) {
            long first = (entry.getValue() == null ? 0L : entry.getValue()) + 1;
            entry.setValue(first + count - 1);
            return first;
        }
    }

    record AtLeast(long sequence) implements EntryProcessor<String, Long, Long> {
        @Override
        public Long process(Map.Entry<String, Long> entry) {
            long head = Math.max(entry.getValue() == null ? 0L : entry.getValue(), sequence);
            entry.setValue(head);
            return head;
        }
    }
}
