package org.roundtable.live.log;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;

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
 * Three nodes in one JVM, each with its own Hazelcast member and its own store: what the cluster
 * promises when nodes stop, die, come back or are new, and when an author's node dies between
 * taking a position and sending its change. (Three JVMs killed with SIGKILL: ThreeNodesKillTest.)
 */
class ClusterFaultsTest {

    record Said(String id) implements Change {
    }

    private static final ChangeTypes TYPES = new ChangeTypes(Map.of("test.ClusterSaid", Said.class));
    private static final String EVENT = "event:room";

    /** One node: its member, store and log, and what its read model applied, in order. */
    private record Node(String name, HazelcastInstance member, MapDbChangeStore store, DurableChangeLog log,
            List<LoggedChange> applied, ClusterLink link) {

        List<String> said() {
            return log.read(EVENT).stream().map(c -> ((Said) c.change()).id()).toList();
        }

        List<String> appliedSaid() {
            return applied.stream().filter(c -> c.logId().equals(EVENT)).map(c -> ((Said) c.change()).id()).toList();
        }

        /** The process is gone, as far as the others can tell: no goodbye to the cluster. */
        void die() {
            member.getLifecycleService().terminate();
            log.stop();
            store.close();
        }

        void stopGracefully() {
            log.stop();
            member.shutdown();
            store.close();
        }
    }

    @TempDir
    Path data;

    private final String cluster = "faults-" + UUID.randomUUID();
    private final int firstPort = 6801 + ThreadLocalRandom.current().nextInt(300) * 3;
    private final List<Node> nodes = new CopyOnWriteArrayList<>();

    @AfterEach
    void stopTheNodes() {
        for (Node node : nodes) {
            try {
                node.stopGracefully();
            } catch (RuntimeException alreadyStopped) {
                // a node a test killed
            }
        }
    }

    private List<String> members(int except) {
        List<String> members = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            if (i != except) {
                members.add("127.0.0.1:" + (firstPort + i));
            }
        }
        return members;
    }

    /** Starts node {@code index} (0..2) of the three-node cluster on its own store. */
    private Node node(int index) {
        String name = "node" + index;
        HazelcastInstance member = HazelcastMember.start(
                new LiveProperties.Cluster(cluster, "127.0.0.1", firstPort + index, members(index), 10_000));
        MapDbChangeStore store = MapDbChangeStore.open(data.resolve(name).resolve("roundtable.db"),
                TestStoreKeys.cipher());
        List<LoggedChange> applied = new CopyOnWriteArrayList<>();
        ClusterLink link = ClusterLink.of(member);
        DurableChangeLog log = new DurableChangeLog(store,
                new ChangeCodec(List.of(TYPES, DurableChangeLog.CHANGE_TYPES), TestStoreKeys.cipher()), link,
                () -> List.of((Projection) applied::add), logId -> { }, Clock.systemUTC(), Duration.ofSeconds(20),
                Duration.ofMillis(300));
        Node node = new Node(name, member, store, log, applied, link);
        nodes.add(node);
        return node;
    }

    private List<Node> startThree() throws Exception {
        ExecutorService starting = Executors.newFixedThreadPool(3);
        List<Future<Node>> started = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            int index = i;
            started.add(starting.submit(() -> node(index)));
        }
        List<Node> three = new ArrayList<>();
        for (Future<Node> node : started) {
            three.add(node.get());
        }
        starting.shutdown();
        assertThat(Eventually.holds(() -> three.stream().allMatch(n -> n.member().getCluster().getMembers().size() == 3),
                Duration.ofSeconds(30))).as("the three members form one cluster").isTrue();
        three.forEach(node -> node.log().start());
        return three;
    }

    private static void write(Node node, String prefix, int count, Set<String> acknowledged) {
        for (int n = 0; n < count; n++) {
            String id = prefix + "-" + n;
            node.log().append(EVENT, new Said(id), "test");
            acknowledged.add(id);
        }
    }

    private static void assertSameLogEverywhere(List<Node> alive, Set<String> acknowledged) {
        assertThat(Eventually.holds(() -> alive.stream().allMatch(n -> n.said().containsAll(acknowledged)),
                Duration.ofSeconds(30))).as("every acknowledged change is on every node").isTrue();
        List<String> order = alive.getFirst().said();
        assertThat(order).as("no change twice").doesNotHaveDuplicates();
        for (Node node : alive) {
            assertThat(node.said()).as("one order on %s", node.name()).isEqualTo(order);
            assertThat(Eventually.holds(() -> node.appliedSaid().equals(order), Duration.ofSeconds(10)))
                    .as("read models of %s applied the log in its order", node.name()).isTrue();
        }
    }

    @Test
    void a_node_that_was_down_catches_up_when_it_rejoins_and_a_new_node_starts_with_every_event() throws Exception {
        List<Node> three = startThree();
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        write(three.get(0), "before", 20, acknowledged);
        three.get(2).stopGracefully();
        nodes.remove(three.get(2));

        write(three.get(0), "while-away-a", 20, acknowledged);
        write(three.get(1), "while-away-b", 20, acknowledged);
        Node back = node(2);
        back.log().start();

        assertSameLogEverywhere(List.of(three.get(0), three.get(1), back), acknowledged);

        // A node with an empty store: a fourth machine listing the others.
        back.stopGracefully();
        nodes.remove(back);
        org.springframework.util.FileSystemUtils.deleteRecursively(data.resolve("node2"));
        Node fresh = node(2);
        fresh.log().start();
        write(fresh, "from-the-new-node", 5, acknowledged);

        assertSameLogEverywhere(List.of(three.get(0), three.get(1), fresh), acknowledged);
    }

    @Test
    void a_node_that_dies_mid_burst_loses_no_acknowledged_change_and_catches_up_on_its_store() throws Exception {
        List<Node> three = startThree();
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        ExecutorService writers = Executors.newFixedThreadPool(6);
        List<Future<?>> bursts = new ArrayList<>();
        for (Node node : three) {
            for (int thread = 0; thread < 2; thread++) {
                String prefix = node.name() + "-t" + thread;
                bursts.add(writers.submit(() -> {
                    try {
                        write(node, prefix, 40, acknowledged);
                    } catch (RuntimeException refused) {
                        // refused or cut off by the death of its node: never acknowledged
                    }
                }));
            }
        }
        assertThat(Eventually.holds(() -> acknowledged.size() > 30, Duration.ofSeconds(30))).isTrue();
        Node dying = three.get(2);
        dying.die();
        nodes.remove(dying);
        for (Future<?> burst : bursts) {
            burst.get();
        }
        writers.shutdown();

        assertSameLogEverywhere(List.of(three.get(0), three.get(1)), acknowledged);

        Node back = node(2);
        back.log().start();
        assertSameLogEverywhere(List.of(three.get(0), three.get(1), back), acknowledged);
    }

    @Test
    void a_full_stop_and_restart_recovers_every_change_from_the_stores() throws Exception {
        List<Node> three = startThree();
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        for (Node node : three) {
            write(node, node.name(), 15, acknowledged);
        }
        assertSameLogEverywhere(three, acknowledged);
        List<String> before = three.getFirst().said();
        for (Node node : three) {
            node.stopGracefully();
            nodes.remove(node);
        }

        List<Node> again = startThree();

        for (Node node : again) {
            assertThat(node.said()).as("%s after the restart", node.name()).isEqualTo(before);
        }
        write(again.get(1), "after", 5, acknowledged);
        assertSameLogEverywhere(again, acknowledged);
        assertThat(again.getFirst().said()).startsWith(before.toArray(String[]::new));
    }

    @Test
    void a_position_whose_author_died_before_sending_it_is_voided_on_every_node_and_the_log_goes_on()
            throws Exception {
        List<Node> three = startThree();
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        write(three.get(0), "first", 3, acknowledged);
        // The author's node took position 4 and died before publishing it.
        long taken = three.get(2).link().sequencer().next(EVENT);
        assertThat(taken).isEqualTo(4);

        write(three.get(1), "after-the-gap", 3, acknowledged);

        assertSameLogEverywhere(three, acknowledged);
        for (Node node : three) {
            assertThat(node.store().get(EVENT, taken)).as("%s holds the void", node.name()).isNotNull();
            assertThat(node.log().read(EVENT)).extracting(LoggedChange::sequence).containsExactly(1L, 2L, 3L, 5L,
                    6L, 7L);
        }
    }
    @Test
    void a_node_cut_off_from_the_majority_takes_no_changes_until_the_majority_is_back() throws Exception {
        Node alone = node(0);
        alone.log().start();

        assertThat(alone.log().takesChanges()).isFalse();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> alone.log().append(EVENT, new Said("lost?"), "test"))
                .isInstanceOf(org.roundtable.live.ChangeNotSaved.class);

        Node second = node(1);
        assertThat(Eventually.holds(() -> alone.member().getCluster().getMembers().size() == 2, Duration.ofSeconds(30)))
                .isTrue();
        second.log().start();
        assertThat(Eventually.holds(() -> alone.log().takesChanges(), Duration.ofSeconds(10))).isTrue();
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        write(alone, "with-a-majority", 3, acknowledged);
        assertSameLogEverywhere(List.of(alone, second), acknowledged);
        assertThat(alone.said()).doesNotContain("lost?");
    }
}
