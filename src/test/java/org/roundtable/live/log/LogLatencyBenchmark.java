package org.roundtable.live.log;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.roundtable.bench.Latencies;

/**
 * Issue 8's figures 3 and 5 at the level of the change log alone ({@link LogLatency}), for a closer
 * look than the room benchmark's report gives (`-Dbench.appends`, `-Dbench.propagated`). Writes
 * {@code target/bench/log-latency.md}.
 */
@Tag("bench")
class LogLatencyBenchmark {

    @TempDir
    Path data;

    @Test
    void durable_acknowledgement_and_propagation_between_two_members() throws Exception {
        int appends = Integer.getInteger("bench.appends", 10_000);
        int propagated = Integer.getInteger("bench.propagated", 100_000);
        LogLatency.Figures figures = LogLatency.measure(data, appends, propagated);
        String report = "# Change log latency\n\n"
                + "## Durable acknowledgement (issue 8, figure 3; target p99 ≤ 20 ms)\n\n"
                + "| authors | appends | p50 | p95 | p99 | max |\n|---|---|---|---|---|---|\n"
                + row("1", figures.oneAuthor()) + row("4 at once", figures.fourAuthors())
                + "\nFour authors at once: " + figures.fourPerSecond() + " changes a second.\n\n"
                + "## Propagation between two members (issue 8, figure 5; target p99 ≤ 5 ms, 0 reorderings)\n\n"
                + "| | changes | p50 | p95 | p99 | max |\n|---|---|---|---|---|---|\n"
                + row("A → B", figures.propagation())
                + "\nReorderings on B: " + figures.reorderings() + ". One author on A, appending one after the other ("
                + figures.propagatedPerSecond() + " changes a second); the time is from the append's start on A to "
                + "B's read model applying it, on one clock. Both members in one JVM on loopback, each with its own "
                + "store.\n\n" + Runtime.getRuntime().availableProcessors() + " cores, Java "
                + System.getProperty("java.version") + ". Machines are shared: compare within a run.\n";
        Path file = Path.of("target", "bench", "log-latency.md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, report);
        System.out.print(report);
        assertThat(figures.reorderings()).isZero();
    }

    private static String row(String label, Latencies latencies) {
        return String.format(Locale.UK, "| %s | %,d | %.2f ms | %.2f ms | %.2f ms | %.2f ms |%n", label,
                latencies.count(), latencies.percentileMillis(50), latencies.percentileMillis(95),
                latencies.percentileMillis(99), latencies.maxMillis());
    }
}
