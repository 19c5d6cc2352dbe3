package org.roundtable.live;

import com.hazelcast.cluster.ClusterState;
import com.hazelcast.core.HazelcastInstance;
import org.roundtable.live.log.DurableChangeLog;
import org.roundtable.live.store.MapDbChangeStore;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What a load balancer asks before sending a node people: is its store open and replayed
 * ("store"), and is its cluster member running in an active cluster with enough nodes to take
 * changes ("cluster": a node cut off from a majority of the listed nodes is not)? Both are part
 * of the readiness probe; the details (member count, logs) go to administrators only.
 */
@Configuration(proxyBeanMethods = false)
class LiveHealth {

    @Bean
    HealthIndicator store(MapDbChangeStore store, DurableChangeLog changeLog) {
        return () -> {
            if (!store.isOpen()) {
                return Health.down().withDetail("reason", "the store's file is closed").build();
            }
            if (!changeLog.isStarted()) {
                return Health.outOfService().withDetail("reason", "the store is still being replayed").build();
            }
            return Health.up().withDetail("logs", store.heads().size()).build();
        };
    }

    @Bean
    HealthIndicator cluster(HazelcastInstance member, LiveProperties properties, DurableChangeLog changeLog) {
        return () -> {
            if (!member.getLifecycleService().isRunning()) {
                return Health.down().withDetail("reason", "the cluster member has stopped").build();
            }
            if (changeLog.isStarted() && !changeLog.takesChanges()) {
                // Cut off from a majority of the nodes: send people to a node that can save their work.
                return Health.outOfService().withDetail("reason", "waiting for a majority of the nodes")
                        .withDetail("members", member.getCluster().getMembers().size())
                        .build();
            }
            ClusterState state = member.getCluster().getClusterState();
            Health.Builder health = state == ClusterState.ACTIVE ? Health.up() : Health.outOfService();
            return health.withDetail("state", state.name())
                    .withDetail("members", member.getCluster().getMembers().size())
                    .withDetail("configuredMembers", properties.cluster().members().size())
                    .build();
        };
    }
}
