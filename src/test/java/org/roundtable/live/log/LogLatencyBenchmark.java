package org.roundtable.live.log;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

import com.hazelcast.core.HazelcastInstance;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.roundtable.live.Change;
import org.roundtable.live.ChangeTypes;
import org.roundtable.live.LiveProperties;
import org.roundtable.live.LoggedChange;
import org.roundtable.live.Projection;
import org.roundtable.live.cluster.ClusterLink;
import org.roundtable.live.cluster.HazelcastMember;
import org.roundtable.live.store.ChangeCodec;
import org.roundtable.live.store.MapDbChangeStore;
import org.roundtable.live.store.TestStoreKeys;
import org.roundtable.testing.Eventually;

/**
 * Two of issue 8's figures at the level of the change log, with the real store (journal forced
 * before the answer) and real Hazelcast members: the durable acknowledgement (append until the
 * author is told "saved"), from one author and from four at once; and propagation between two
 * members in one JVM (append on A until B's read model has it, on one clock), with the changes B
 * applied out of order counted. Writes {@code target/bench/log-latency.md}.
 */
@Tag("bench")
class LogLatencyBenchmark {

    record Sent(long nanos, String text) implements Change {
    }

    private static final ChangeTypes TYPES = new ChangeTypes(Map.of("bench.Sent", Sent.class));
    private static final String EVENT = "event:bench";

    @TempDir
    Path data;

    private record Node(HazelcastInstance member, MapDbChangeStore store, DurableChangeLog log) {
        void stop() {
            log.stop();
            member.shutdown();
            store.close();
        }
    }

    private Node node(String name, String cluster, int port, List<String> members, Projection projection) {
        HazelcastInstance member = HazelcastMember.start(
                new LiveProperties.Cluster(cluster, "127.0.0.1", port, members, 100_000));
        MapDbChangeStore store = MapDbChangeStore.open(data.resolve(name).resolve("roundtable.db"),
                TestStoreKeys.cipher());
        DurableChangeLog log = new DurableChangeLog(store,
                new ChangeCodec(List.of(TYPES, DurableChangeLog.CHANGE_TYPES), TestStoreKeys.cipher()),
                ClusterLink.of(member), () -> List.of(projection), logId -> { }, Clock.systemUTC(),
                Duration.ofSeconds(20));
        return new Node(member, store, log);
    }

    @Test
    void durable_acknowledgement_and_propagation_between_two_members() throws Exception {
        int appends = Integer.getInteger("bench.appends", 10_000);
        int propagated = Integer.getInteger("bench.propagated", 100_000);
        String text = "A note of ordinary length, about what the health visitor knew at the time.";
        StringBuilder report = new StringBuilder("# Change log latency\n\n");

        // 1. One node: send → told "saved" (sequence, publish, store with the journal forced, apply).
        Node single = node("single", "bench-" + UUID.randomUUID(), 7201 + ThreadLocalRandom.current().nextInt(200),
                List.of(), change -> { });
        single.log().start();
        for (int i = 0; i < 2_000; i++) {
            single.log().append(EVENT, new Sent(System.nanoTime(), text), "warm-up");
        }
        long[] oneAuthor = new long[appends];
        for (int i = 0; i < appends; i++) {
            long start = System.nanoTime();
            single.log().append(EVENT, new Sent(start, text), "author");
            oneAuthor[i] = System.nanoTime() - start;
        }
        long[] fourAuthors = new long[appends];
        ExecutorService authors = Executors.newFixedThreadPool(4);
        AtomicLong next = new AtomicLong();
        List<Future<?>> writing = new ArrayList<>();
        long fourStarted = System.nanoTime();
        for (int a = 0; a < 4; a++) {
            writing.add(authors.submit(() -> {
                for (long i = next.getAndIncrement(); i < appends; i = next.getAndIncrement()) {
                    long start = System.nanoTime();
                    single.log().append(EVENT, new Sent(start, text), "author");
                    fourAuthors[(int) i] = System.nanoTime() - start;
                }
            }));
        }
        for (Future<?> done : writing) {
            done.get();
        }
        long fourMillis = (System.nanoTime() - fourStarted) / 1_000_000;
        authors.shutdown();
        single.stop();
        report.append("## Durable acknowledgement (issue 8, figure 3; target p99 ≤ 20 ms)\n\n")
                .append("| authors | appends | p50 | p95 | p99 | max |\n|---|---|---|---|---|---|\n")
                .append(row("1", oneAuthor)).append(row("4 at once", fourAuthors))
                .append("\nFour authors at once: ").append(appends * 1000L / Math.max(1, fourMillis))
                .append(" changes a second.\n\n");

        // 2. Two members: append on A until B's read model has it, one clock; B's order checked.
        String cluster = "bench-two-" + UUID.randomUUID();
        int port = 7501 + ThreadLocalRandom.current().nextInt(200) * 2;
        long[] latencies = new long[propagated];
        AtomicLong received = new AtomicLong();
        AtomicLong reorderings = new AtomicLong();
        long[] lastSequence = {0};
        Projection onB = change -> {
            if (change.change() instanceof Sent sent && change.actor().equals("author")) {
                long at = received.getAndIncrement();
                if (at < latencies.length) {
                    latencies[(int) at] = System.nanoTime() - sent.nanos();
                }
                if (change.sequence() != lastSequence[0] + 1) {
                    reorderings.incrementAndGet();
                }
                lastSequence[0] = change.sequence();
            }
        };
        Node a = node("a", cluster, port, List.of("127.0.0.1:" + (port + 1)), change -> { });
        Node b = node("b", cluster, port + 1, List.of("127.0.0.1:" + port), onB);
        assertThat(Eventually.holds(() -> a.member().getCluster().getMembers().size() == 2, Duration.ofSeconds(30)))
                .isTrue();
        a.log().start();
        b.log().start();
        long started = System.nanoTime();
        for (int i = 0; i < propagated; i++) {
            a.log().append(EVENT, new Sent(System.nanoTime(), text), "author");
        }
        assertThat(Eventually.holds(() -> received.get() >= propagated, Duration.ofMinutes(5))).isTrue();
        long millis = (System.nanoTime() - started) / 1_000_000;
        b.stop();
        a.stop();
        report.append("## Propagation between two members (issue 8, figure 5; target p99 ≤ 5 ms, 0 reorderings)\n\n")
                .append("| | changes | p50 | p95 | p99 | max | reorderings on B |\n|---|---|---|---|---|---|---|\n")
                .append(row("A → B", latencies).stripTrailing())
                .append(" ").append(reorderings.get()).append(" |\n\n")
                .append("One author on A, appending one after the other (").append(propagated * 1000L / Math.max(1, millis))
                .append(" changes a second); the time is from the append's start on A to B's read model applying "
                        + "it, on one clock. Both members in one JVM on loopback, each with its own store.\n\n")
                .append(Runtime.getRuntime().availableProcessors()).append(" cores, Java ")
                .append(System.getProperty("java.version")).append(". Machines are shared: compare within a run.\n");

        Path file = Path.of("target", "bench", "log-latency.md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, report);
        System.out.print(report);
        assertThat(reorderings.get()).isZero();
    }

    /** One table row's middle: count, p50, p95, p99, max in milliseconds (the caller closes the row or not). */
    private static String row(String label, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return "| " + label + " | " + sorted.length + " | " + ms(sorted, 0.50) + " | " + ms(sorted, 0.95) + " | "
                + ms(sorted, 0.99) + " | " + String.format("%.2f ms", sorted[sorted.length - 1] / 1e6) + " |\n";
    }

    private static String ms(long[] sorted, double quantile) {
        int index = Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1);
        return String.format("%.2f ms", sorted[Math.max(0, index)] / 1e6);
    }
}
