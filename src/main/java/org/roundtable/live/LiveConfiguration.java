package org.roundtable.live;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

import com.hazelcast.core.HazelcastInstance;
import org.roundtable.live.cluster.ChangeFanOut;
import org.roundtable.live.cluster.HazelcastMember;
import org.roundtable.live.cluster.LogSequencer;
import org.roundtable.live.log.CoalescingLiveUpdates;
import org.roundtable.live.log.DurableChangeLog;
import org.roundtable.live.store.ChangeCodec;
import org.roundtable.live.store.MapDbChangeStore;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires the path of a change: store, cluster member, sequencer, fan-out, read models, screens.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LiveProperties.class)
class LiveConfiguration {

    @Bean(destroyMethod = "close")
    MapDbChangeStore changeStore(LiveProperties properties) {
        return MapDbChangeStore.open(properties.store().file());
    }

    /** Provisional: keys random per start, until the store's master key lands (issue 6, encryption at rest). */
    @Bean
    KeyRing keyRing() {
        byte[] master = new byte[32];
        new java.security.SecureRandom().nextBytes(master);
        return purpose -> {
            try {
                javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
                mac.init(new javax.crypto.spec.SecretKeySpec(master, "HmacSHA256"));
                return new javax.crypto.spec.SecretKeySpec(
                        mac.doFinal(purpose.getBytes(java.nio.charset.StandardCharsets.UTF_8)), "HmacSHA256");
            } catch (java.security.GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        };
    }

    @Bean(destroyMethod = "shutdown")
    HazelcastInstance hazelcastMember(LiveProperties properties) {
        return HazelcastMember.start(properties.cluster());
    }

    @Bean
    ChangeTypes liveChangeTypes() {
        return DurableChangeLog.CHANGE_TYPES;
    }

    @Bean(destroyMethod = "shutdownNow")
    ScheduledExecutorService screenTimer() {
        return Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("screen-updates").daemon().factory());
    }

    @Bean
    CoalescingLiveUpdates liveUpdates(ScheduledExecutorService screenTimer, LiveProperties properties) {
        return new CoalescingLiveUpdates(screenTimer, properties.screens().interval());
    }

    @Bean(destroyMethod = "stop")
    DurableChangeLog changeLog(MapDbChangeStore store, HazelcastInstance hazelcast, List<ChangeTypes> types,
            ObjectProvider<Projection> projections, CoalescingLiveUpdates liveUpdates, LiveProperties properties) {
        return new DurableChangeLog(store, new ChangeCodec(types), new LogSequencer(hazelcast),
                new ChangeFanOut(hazelcast), () -> projections.orderedStream().toList(), liveUpdates, Clock.systemUTC(),
                properties.screens().appendTimeout());
    }

    /** Starts the log once every read model exists, before the web server takes requests. */
    @Bean
    SmartInitializingSingleton changeLogStarter(DurableChangeLog changeLog) {
        return changeLog::start;
    }
}
