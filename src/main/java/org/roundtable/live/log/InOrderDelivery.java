package org.roundtable.live.log;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.roundtable.live.LoggedChange;

/**
 * Releases the changes of each log strictly in sequence order: early arrivals wait for the
 * gap before them to fill, repeats are dropped (the first arrival at a position is the one kept).
 * Not thread-safe: its owner delivers under one lock.
 */
final class InOrderDelivery {

    private final Map<String, Long> delivered = new HashMap<>();
    private final Map<String, TreeMap<Long, LoggedChange>> waiting = new HashMap<>();

    /** Marks {@code sequence} as the last position of {@code logId} already delivered. */
    void deliveredUpTo(String logId, long sequence) {
        delivered.merge(logId, sequence, Math::max);
    }

    long lastDelivered(String logId) {
        return delivered.getOrDefault(logId, 0L);
    }

    /** Takes one arrival and returns what can now be delivered, in order (possibly nothing). */
    List<LoggedChange> offer(LoggedChange change) {
        String logId = change.logId();
        long next = lastDelivered(logId) + 1;
        if (change.sequence() < next) {
            return List.of();
        }
        TreeMap<Long, LoggedChange> queue = waiting.computeIfAbsent(logId, id -> new TreeMap<>());
        queue.putIfAbsent(change.sequence(), change);
        List<LoggedChange> ready = new ArrayList<>();
        while (!queue.isEmpty() && queue.firstKey() == next) {
            ready.add(queue.pollFirstEntry().getValue());
            next++;
        }
        if (queue.isEmpty()) {
            waiting.remove(logId);
        }
        if (!ready.isEmpty()) {
            delivered.put(logId, next - 1);
        }
        return ready;
    }

    /** Drops everything known about {@code logId}: it was purged. */
    void forget(String logId) {
        delivered.remove(logId);
        waiting.remove(logId);
    }

    /** Per log with changes waiting, its first gap: the first and the last missing position. */
    Map<String, long[]> gaps() {
        Map<String, long[]> gaps = new HashMap<>();
        waiting.forEach((logId, queue) -> gaps.put(logId,
                new long[] {lastDelivered(logId) + 1, queue.firstKey() - 1}));
        return gaps;
    }

    /** How many changes wait behind a gap, over all logs. */
    int waitingCount() {
        return waiting.values().stream().mapToInt(Map::size).sum();
    }
}
