package org.roundtable.bench.floor;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.roundtable.bench.Latencies;

/**
 * What one paced run of the floor measured.
 *
 * @param clients     clients connected, each of which should receive every message
 * @param messages    messages sent
 * @param perSecond   the pace they were sent at
 * @param messageBytes the size of each message
 * @param arrivals    send to arrival, for every client and every message
 * @param slowest     per message that reached every client: send to arrival at the last one
 * @param delivered   messages that reached every client
 * @param elapsed     from the first send until the last arrival (or the end of waiting for it)
 */
public record FloorRun(int clients, int messages, double perSecond, int messageBytes, Latencies arrivals,
        Latencies slowest, int delivered, Duration elapsed) {

    /** Messages that did not reach every client. */
    public int undelivered() {
        return messages - delivered;
    }

    /** For the JSON report. */
    public Map<String, Object> summary() {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("clients", clients);
        summary.put("messages", messages);
        summary.put("per_second", perSecond);
        summary.put("message_bytes", messageBytes);
        summary.put("undelivered", undelivered());
        summary.put("arrival", arrivals.summary());
        summary.put("every_client", slowest.summary());
        return summary;
    }
}
