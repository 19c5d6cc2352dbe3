package org.roundtable.bench;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A distribution of durations measured by the benchmark, in microseconds. Thread-safe: clients
 * on many threads record into one. Percentiles are exact (every sample is kept; a full run
 * records a few million at most).
 */
public final class Latencies {

    private long[] micros = new long[1024];
    private int count;

    /** Records one duration of {@code micros} microseconds; negative ones (clock steps) count as zero. */
    public synchronized void record(long micros) {
        if (count == this.micros.length) {
            this.micros = Arrays.copyOf(this.micros, count * 2);
        }
        this.micros[count++] = Math.max(0, micros);
    }

    /** Records the time from {@code startNanos} (a {@link System#nanoTime()}) until now. */
    public void recordSince(long startNanos) {
        record((System.nanoTime() - startNanos) / 1_000);
    }

    public synchronized int count() {
        return count;
    }

    /** The {@code p}th percentile (0 < p ≤ 100) in milliseconds, nearest rank; NaN when empty. */
    public synchronized double percentileMillis(double p) {
        if (count == 0) {
            return Double.NaN;
        }
        long[] sorted = Arrays.copyOf(micros, count);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * count);
        return sorted[Math.min(count, Math.max(1, rank)) - 1] / 1000.0;
    }

    public synchronized double maxMillis() {
        return count == 0 ? Double.NaN : Arrays.stream(micros, 0, count).max().orElse(0) / 1000.0;
    }

    /** count, p50, p95, p99 and max (milliseconds), for the JSON report. */
    public Map<String, Object> summary() {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("count", count());
        summary.put("p50_ms", round(percentileMillis(50)));
        summary.put("p95_ms", round(percentileMillis(95)));
        summary.put("p99_ms", round(percentileMillis(99)));
        summary.put("max_ms", round(maxMillis()));
        return summary;
    }

    /** "p50 1.2 ms · p95 3.4 ms · p99 5.6 ms (n = 1,000)", for the Markdown report. */
    @Override
    public String toString() {
        return String.format(Locale.UK, "p50 %.1f ms · p95 %.1f ms · p99 %.1f ms (n = %,d)", percentileMillis(50),
                percentileMillis(95), percentileMillis(99), count());
    }

    private static double round(double millis) {
        return Double.isNaN(millis) ? millis : Math.round(millis * 100) / 100.0;
    }
}
