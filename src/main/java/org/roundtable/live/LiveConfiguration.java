package org.roundtable.live;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

import com.hazelcast.core.HazelcastInstance;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.roundtable.live.cluster.ClusterKeyCheck;
import org.roundtable.live.cluster.ClusterLink;
import org.roundtable.live.cluster.HazelcastMember;
import org.roundtable.live.log.CoalescingLiveUpdates;
import org.roundtable.live.log.DurableChangeLog;
import org.roundtable.live.store.ChangeCodec;
import org.roundtable.live.store.DerivedKeyRing;
import org.roundtable.live.store.MapDbChangeStore;
import org.roundtable.live.store.StoreCipher;
import org.roundtable.live.store.StoreKeys;
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

    /** The master key (and the previous one during a rotation), from the settings or the key file. */
    @Bean
    StoreKeys storeKeys(LiveProperties properties) {
        LiveProperties.Store store = properties.store();
        return StoreKeys.load(store.key(), store.keyFileOrDefault(), store.previousKey());
    }

    @Bean
    StoreCipher storeCipher(StoreKeys keys) {
        return new StoreCipher(keys);
    }

    @Bean(destroyMethod = "close")
    MapDbChangeStore changeStore(LiveProperties properties, StoreCipher cipher) {
        return MapDbChangeStore.open(properties.store().file(), cipher);
    }

    /** Keys for other purposes, derived from the master key: the same on every node and after a restart. */
    @Bean
    KeyRing keyRing(StoreKeys keys) {
        return new DerivedKeyRing(keys.current());
    }

    /** This node's cluster member; it leaves at once if the cluster seals changes under another key. */
    @Bean(destroyMethod = "shutdown")
    HazelcastInstance hazelcastMember(LiveProperties properties, StoreKeys keys) {
        HazelcastInstance member = HazelcastMember.start(properties.cluster());
        try {
            ClusterKeyCheck.verify(member, keys.current().id());
        } catch (RuntimeException refused) {
            member.shutdown();
            throw refused;
        }
        return member;
    }

    @Bean
    ChangeTypes liveChangeTypes() {
        return DurableChangeLog.CHANGE_TYPES;
    }

    @Bean(destroyMethod = "shutdownNow")
    ScheduledExecutorService screenTimer() {
        return Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("screen-updates").daemon().factory());
    }

    /**
     * The threads that update screens: a screen's update is CPU work (reading the services, Vaadin
     * writing the changes) plus a WebSocket write, so two per core keep every core busy while some
     * wait on a slow connection, without hundreds of threads contending for two cores.
     */
    @Bean(destroyMethod = "shutdownNow")
    ExecutorService screenWorkers() {
        int threads = Math.max(2, 2 * Runtime.getRuntime().availableProcessors());
        return Executors.newFixedThreadPool(threads, Thread.ofPlatform().name("screen-update-", 1).daemon().factory());
    }

    @Bean
    CoalescingLiveUpdates liveUpdates(ScheduledExecutorService screenTimer, ExecutorService screenWorkers,
            LiveProperties properties, MeterRegistry metrics) {
        Timer latency = Timer.builder("roundtable.screens.update")
                .description("From a change to a screen's update being queued for push, coalescing included")
                .publishPercentiles(0.5, 0.95, 0.99)
                .register(metrics);
        return new CoalescingLiveUpdates(screenTimer, screenWorkers, properties.screens().interval(), latency);
    }

    @Bean(destroyMethod = "stop")
    DurableChangeLog changeLog(MapDbChangeStore store, StoreCipher cipher, HazelcastInstance hazelcast,
            List<ChangeTypes> types, ObjectProvider<Projection> projections, CoalescingLiveUpdates liveUpdates, LiveProperties properties) {
        return new DurableChangeLog(store, new ChangeCodec(types, cipher), ClusterLink.of(hazelcast),
                () -> projections.orderedStream().toList(), liveUpdates, Clock.systemUTC(),
                properties.screens().appendTimeout());
    }

    /** Starts the log once every read model exists, before the web server takes requests. */
    @Bean
    SmartInitializingSingleton changeLogStarter(DurableChangeLog changeLog) {
        return changeLog::start;
    }
}
