package org.roundtable.live.log;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

import com.hazelcast.core.HazelcastInstance;
import org.roundtable.bench.Latencies;
import org.roundtable.live.Change;
import org.roundtable.live.ChangeTypes;
import org.roundtable.live.LiveProperties;
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
 * applied out of order counted.
 */
public final class LogLatency {

    record Sent(long nanos, String text) implements Change {
    }

    /**
     * @param oneAuthor        append → "saved", one author after the other
     * @param fourAuthors      the same, four authors at once
     * @param fourPerSecond    changes a second from the four
     * @param propagation      append on A → applied by B's read model
     * @param propagatedPerSecond changes a second from A's one author
     * @param reorderings      changes B applied out of the log's order
     */
    public record Figures(Latencies oneAuthor, Latencies fourAuthors, long fourPerSecond, Latencies propagation,
            long propagatedPerSecond, long reorderings) {
    }

    private static final ChangeTypes TYPES = new ChangeTypes(Map.of("bench.Sent", Sent.class));
    private static final String EVENT = "event:bench";
    private static final String TEXT = "A note of ordinary length, about what the health visitor knew at the time.";

    private record Node(HazelcastInstance member, MapDbChangeStore store, DurableChangeLog log) {
        void stop() {
            log.stop();
            member.shutdown();
            store.close();
        }
    }

    private LogLatency() {
    }

    /** Measures {@code appends} acknowledgements (each way) and {@code propagated} changes from A to B, with stores under {@code data}. */
    public static Figures measure(Path data, int appends, int propagated) throws Exception {
        // 1. One node: send → told "saved" (sequence, publish, store with the journal forced, apply).
        Node single = node(data, "single", "bench-" + UUID.randomUUID(),
                7201 + ThreadLocalRandom.current().nextInt(200), List.of(), change -> { });
        Latencies oneAuthor = new Latencies();
        Latencies fourAuthors = new Latencies();
        long fourMillis;
        try {
            single.log().start();
            for (int i = 0; i < Math.min(2_000, appends); i++) {
                single.log().append(EVENT, new Sent(System.nanoTime(), TEXT), "warm-up");
            }
            for (int i = 0; i < appends; i++) {
                long start = System.nanoTime();
                single.log().append(EVENT, new Sent(start, TEXT), "author");
                oneAuthor.recordSince(start);
            }
            ExecutorService authors = Executors.newFixedThreadPool(4);
            AtomicLong next = new AtomicLong();
            List<Future<?>> writing = new ArrayList<>();
            long fourStarted = System.nanoTime();
            for (int a = 0; a < 4; a++) {
                writing.add(authors.submit(() -> {
                    while (next.getAndIncrement() < appends) {
                        long start = System.nanoTime();
                        single.log().append(EVENT, new Sent(start, TEXT), "author");
                        fourAuthors.recordSince(start);
                    }
                }));
            }
            for (Future<?> done : writing) {
                done.get();
            }
            fourMillis = Math.max(1, (System.nanoTime() - fourStarted) / 1_000_000);
            authors.shutdown();
        } finally {
            single.stop();
        }

        // 2. Two members: append on A until B's read model has it, one clock; B's order checked.
        String cluster = "bench-two-" + UUID.randomUUID();
        int port = 7501 + ThreadLocalRandom.current().nextInt(200) * 2;
        Latencies propagation = new Latencies();
        AtomicLong received = new AtomicLong();
        AtomicLong reorderings = new AtomicLong();
        long[] lastSequence = {0};
        Projection onB = change -> {
            if (change.change() instanceof Sent sent && change.actor().equals("author")) {
                received.incrementAndGet();
                propagation.recordSince(sent.nanos());
                if (change.sequence() != lastSequence[0] + 1) {
                    reorderings.incrementAndGet();
                }
                lastSequence[0] = change.sequence();
            }
        };
        Node a = node(data, "a", cluster, port, List.of("127.0.0.1:" + (port + 1)), change -> { });
        Node b = node(data, "b", cluster, port + 1, List.of("127.0.0.1:" + port), onB);
        long millis;
        try {
            if (!Eventually.holds(() -> a.member().getCluster().getMembers().size() == 2, Duration.ofSeconds(30))) {
                throw new TimeoutException("The two members did not form a cluster in 30 s");
            }
            a.log().start();
            b.log().start();
            long started = System.nanoTime();
            for (int i = 0; i < propagated; i++) {
                a.log().append(EVENT, new Sent(System.nanoTime(), TEXT), "author");
            }
            if (!Eventually.holds(() -> received.get() >= propagated, Duration.ofMinutes(5))) {
                throw new TimeoutException("B applied " + received.get() + " of " + propagated + " changes in 5 minutes");
            }
            millis = Math.max(1, (System.nanoTime() - started) / 1_000_000);
        } finally {
            b.stop();
            a.stop();
        }
        return new Figures(oneAuthor, fourAuthors, appends * 1000L / fourMillis, propagation,
                propagated * 1000L / millis, reorderings.get());
    }

    private static Node node(Path data, String name, String cluster, int port, List<String> members,
            Projection projection) {
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
}
