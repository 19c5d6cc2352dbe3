package org.roundtable.live.log;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;

import com.hazelcast.core.HazelcastInstance;
import org.junit.jupiter.api.AfterEach;
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
 * Two nodes, each with its own Hazelcast member and MapDB file, both writing to one event's log:
 * every change gets one position, and both nodes' stores and read models hold the same changes
 * in the same order. (The cluster issue adds kills, restarts and catch-up.)
 */
class TwoNodesOneOrderTest {

    record Said(String node, int n) implements Change {
    }

    private static final ChangeTypes TYPES = new ChangeTypes(Map.of("test.Said", Said.class));

    private record Node(HazelcastInstance member, MapDbChangeStore store, DurableChangeLog log,
            List<LoggedChange> applied, List<String> forgotten, ScheduledExecutorService timer) {
    }

    @TempDir
    Path data;

    private final List<Node> nodes = new ArrayList<>();

    @AfterEach
    void stopTheNodes() {
        for (Node node : nodes) {
            node.log().stop();
            node.member().shutdown();
            node.store().close();
            node.timer().shutdownNow();
        }
    }

    @Test
    void changes_written_on_two_nodes_get_one_order_that_both_nodes_store_and_apply() throws Exception {
        String cluster = "two-nodes-" + UUID.randomUUID();
        int port = 6101 + (int) (Math.random() * 200);
        Node a = start(cluster, "a", port, List.of("127.0.0.1:" + (port + 1)));
        Node b = start(cluster, "b", port + 1, List.of("127.0.0.1:" + port));
        assertThat(Eventually.holds(() -> a.member().getCluster().getMembers().size() == 2, Duration.ofSeconds(30)))
                .as("the two members form one cluster").isTrue();
        a.log().start();
        b.log().start();

        ExecutorService writers = Executors.newFixedThreadPool(4);
        List<Future<?>> writing = new ArrayList<>();
        for (Node node : List.of(a, b)) {
            for (int thread = 0; thread < 2; thread++) {
                String name = node == a ? "a" : "b";
                writing.add(writers.submit(() -> {
                    for (int n = 0; n < 50; n++) {
                        node.log().append("event:shared", new Said(name, n), "test");
                    }
                }));
            }
        }
        for (Future<?> done : writing) {
            done.get();
        }
        writers.shutdown();

        assertThat(Eventually.holds(() -> a.applied().size() == 200 && b.applied().size() == 200,
                Duration.ofSeconds(20))).as("both nodes applied all 200 changes").isTrue();
        List<Long> positions = a.applied().stream().map(LoggedChange::sequence).toList();
        assertThat(positions).isEqualTo(java.util.stream.LongStream.rangeClosed(1, 200).boxed().toList());
        assertThat(b.applied()).isEqualTo(a.applied());
        assertThat(b.log().read("event:shared")).isEqualTo(a.log().read("event:shared"));
    }

    @Test
    void a_purge_on_one_node_removes_the_log_from_the_other_nodes_store_read_models_and_the_cluster()
            throws Exception {
        String cluster = "two-nodes-purge-" + UUID.randomUUID();
        int port = 6401 + (int) (Math.random() * 200);
        Node a = start(cluster, "a", port, List.of("127.0.0.1:" + (port + 1)));
        Node b = start(cluster, "b", port + 1, List.of("127.0.0.1:" + port));
        assertThat(Eventually.holds(() -> a.member().getCluster().getMembers().size() == 2, Duration.ofSeconds(30)))
                .as("the two members form one cluster").isTrue();
        a.log().start();
        b.log().start();
        for (int n = 0; n < 10; n++) {
            a.log().append("event:gone", new Said("a", n), "test");
            b.log().append("event:kept", new Said("b", n), "test");
        }
        assertThat(Eventually.holds(() -> b.applied().size() == 20, Duration.ofSeconds(20))).isTrue();

        a.log().purge("event:gone", "account:owner");

        assertThat(Eventually.holds(() -> b.log().isPurged("event:gone"), Duration.ofSeconds(20)))
                .as("node b purged too").isTrue();
        for (Node node : List.of(a, b)) {
            assertThat(node.store().read("event:gone")).isEmpty();
            assertThat(node.store().heads()).doesNotContainKey("event:gone").containsKey("event:kept");
            assertThat(node.log().read("event:kept")).hasSize(10);
            assertThat(node.forgotten()).containsExactly("event:gone");
            assertThat(node.log().purges()).singleElement()
                    .satisfies(purge -> assertThat(purge.actor()).isEqualTo("account:owner"));
        }
        assertThat(a.member().getMap(HazelcastMember.LOG_HEADS_MAP).containsKey("event:gone")).isFalse();
        assertThat(a.member().getMap(HazelcastMember.LOG_HEADS_MAP).containsKey("event:kept")).isTrue();
        assertThatThrownBy(() -> b.log().append("event:gone", new Said("b", 99), "test"))
                .isInstanceOf(IllegalStateException.class);
    }

    private Node start(String cluster, String name, int port, List<String> members) {
        HazelcastInstance member = HazelcastMember.start(
                new LiveProperties.Cluster(cluster, "127.0.0.1", port, members, 10_000));
        MapDbChangeStore store = MapDbChangeStore.open(data.resolve(name + ".db"), TestStoreKeys.cipher());
        List<LoggedChange> applied = new CopyOnWriteArrayList<>();
        List<String> forgotten = new CopyOnWriteArrayList<>();
        Projection recorder = new Projection() {
            @Override
            public void apply(LoggedChange change) {
                applied.add(change);
            }

            @Override
            public void forget(String logId) {
                forgotten.add(logId);
            }
        };
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
        DurableChangeLog log = new DurableChangeLog(store,
                new ChangeCodec(List.of(TYPES, DurableChangeLog.CHANGE_TYPES), TestStoreKeys.cipher()),
                ClusterLink.of(member), () -> List.of(recorder), new CoalescingLiveUpdates(timer,
                Duration.ofMillis(250)), Clock.systemUTC(), Duration.ofSeconds(10));
        Node node = new Node(member, store, log, applied, forgotten, timer);
        nodes.add(node);
        return node;
    }
}
