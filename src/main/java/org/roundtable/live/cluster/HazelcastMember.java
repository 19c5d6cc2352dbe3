package org.roundtable.live.cluster;

import java.util.HashSet;
import java.util.Set;

import com.hazelcast.config.Config;
import com.hazelcast.config.JoinConfig;
import com.hazelcast.config.NetworkConfig;
import com.hazelcast.config.ReliableTopicConfig;
import com.hazelcast.config.RingbufferConfig;
import com.hazelcast.config.SplitBrainProtectionConfig;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.splitbrainprotection.SplitBrainProtectionOn;
import com.hazelcast.topic.TopicOverloadPolicy;
import org.roundtable.live.LiveProperties;

/**
 * Starts this node's embedded Hazelcast member: the cluster fabric that gives every log one
 * order and carries changes to the other nodes.
 */
public final class HazelcastMember {

    /** The reliable topic every change travels on; one ringbuffer, so one order of publication. */
    public static final String CHANGES_TOPIC = "roundtable.changes";
    /** Per log, the last sequence handed out; updated only by entry processors. */
    public static final String LOG_HEADS_MAP = "roundtable.log-heads";
    /** The split-brain protection of everything that writes a change: a majority of the listed nodes. */
    public static final String MAJORITY = "roundtable.majority";

    private HazelcastMember() {
    }

    public static HazelcastInstance start(LiveProperties.Cluster cluster) {
        return Hazelcast.newHazelcastInstance(config(cluster));
    }

    static Config config(LiveProperties.Cluster cluster) {
        Config config = new Config();
        config.setClusterName(cluster.name());
        // No data leaves the node unless the operator lists members; no phone-home either.
        config.setProperty("hazelcast.phone.home.enabled", "false");
        config.setProperty("hazelcast.logging.type", "slf4j");
        // Spring shuts the member down after the screens and services, not the JVM hook first.
        config.setProperty("hazelcast.shutdownhook.enabled", "false");
        config.setProperty("hazelcast.socket.bind.any", "false");
        // A single node joins nobody, so it need not wait for anybody.
        config.setProperty("hazelcast.wait.seconds.before.join", cluster.members().isEmpty() ? "0" : "5");

        NetworkConfig network = config.getNetworkConfig();
        network.setPort(cluster.port()).setPortAutoIncrement(true);
        network.getInterfaces().setEnabled(true).addInterface(cluster.address());
        JoinConfig join = network.getJoin();
        join.getMulticastConfig().setEnabled(false);
        join.getAutoDetectionConfig().setEnabled(false);
        join.getTcpIpConfig().setEnabled(!cluster.members().isEmpty());
        cluster.members().forEach(join.getTcpIpConfig()::addMember);

        // Across a network partition only the side with a majority of the listed nodes takes changes:
        // the other side's tablets keep their notes and send them again once it has healed (DD007).
        int majority = majority(cluster);
        if (majority > 1) {
            config.addSplitBrainProtectionConfig(new SplitBrainProtectionConfig(MAJORITY, true, majority)
                    .setProtectOn(SplitBrainProtectionOn.WRITE));
            config.getMapConfig(LOG_HEADS_MAP).setSplitBrainProtectionName(MAJORITY);
        }

        // A full ringbuffer must slow publishers down, never drop a change.
        config.addReliableTopicConfig(new ReliableTopicConfig(CHANGES_TOPIC)
                .setTopicOverloadPolicy(TopicOverloadPolicy.BLOCK)
                .setReadBatchSize(64));
        // Published changes expire, so that the payloads of a purged event do not stay in memory
        // until 100,000 later changes overwrite them (DD005); with a time to live, BLOCK is what
        // slows publishers down when the ringbuffer is full.
        RingbufferConfig ringbuffer = new RingbufferConfig(CHANGES_TOPIC)
                .setCapacity(cluster.ringbufferCapacity())
                .setTimeToLiveSeconds((int) Math.min(Integer.MAX_VALUE, cluster.ringbufferTtl().toSeconds()))
                .setBackupCount(1);
        if (majority > 1) {
            ringbuffer.setSplitBrainProtectionName(MAJORITY);
        }
        config.addRingBufferConfig(ringbuffer);
        return config;
    }

    /**
     * More than half of the nodes this one knows of: the listed members and itself (whether or not
     * the list names it too).
     */
    static int majority(LiveProperties.Cluster cluster) {
        Set<String> nodes = new HashSet<>();
        cluster.members().forEach(member -> nodes.add(member.trim()));
        nodes.add(cluster.address() + ":" + cluster.port());
        return nodes.size() / 2 + 1;
    }
}
