package org.roundtable.live.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import com.hazelcast.core.HazelcastInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.roundtable.live.LiveProperties;
import org.roundtable.live.store.StoreKeyException;
import org.roundtable.testing.Eventually;

/** Two real Hazelcast members in one JVM: a node with another master key is kept out. */
class ClusterKeyCheckTest {

    private HazelcastInstance a;
    private HazelcastInstance b;

    @AfterEach
    void stop() {
        for (HazelcastInstance member : new HazelcastInstance[] {a, b}) {
            if (member != null) {
                member.shutdown();
            }
        }
    }

    @Test
    void a_node_with_the_clusters_key_joins_in_and_one_with_another_key_is_refused_with_a_plain_message() {
        String cluster = "key-check-" + UUID.randomUUID();
        int port = 6401 + (int) (Math.random() * 200);
        a = HazelcastMember.start(new LiveProperties.Cluster(cluster, "127.0.0.1", port,
                List.of("127.0.0.1:" + (port + 1)), 1_000));
        b = HazelcastMember.start(new LiveProperties.Cluster(cluster, "127.0.0.1", port + 1,
                List.of("127.0.0.1:" + port), 1_000));
        assertThat(Eventually.holds(() -> a.getCluster().getMembers().size() == 2, Duration.ofSeconds(30))).isTrue();

        ClusterKeyCheck.verify(a, "1a2b3c4d");
        assertThatCode(() -> ClusterKeyCheck.verify(b, "1a2b3c4d")).doesNotThrowAnyException();
        assertThatThrownBy(() -> ClusterKeyCheck.verify(b, "99999999"))
                .isInstanceOf(StoreKeyException.class)
                .hasMessageContaining("id 99999999")
                .hasMessageContaining("id 1a2b3c4d")
                .hasMessageContaining("ROUNDTABLE_STORE_KEY");
    }
}
