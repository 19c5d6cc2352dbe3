package org.roundtable.live.cluster;

import java.util.UUID;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.core.LifecycleEvent;

/**
 * What the change log needs of this node's cluster member: positions, fan-out, catch-up from the
 * other nodes, and word when this node merged back after a network partition.
 *
 * @param sequencer hands out positions in a log
 * @param fanOut    carries changes to every node
 * @param peers     fetches what this node lacks from the others
 * @param member    this node's member
 */
public record ClusterLink(LogSequencer sequencer, ChangeFanOut fanOut, PeerCatchUp peers, HazelcastInstance member) {

    public static ClusterLink of(HazelcastInstance member) {
        return new ClusterLink(new LogSequencer(member), new ChangeFanOut(member), new PeerCatchUp(member), member);
    }

    /** Runs {@code merged} whenever this node has merged back into the cluster after a partition. */
    public UUID onMerged(Runnable merged) {
        return member.getLifecycleService().addLifecycleListener(event -> {
            if (event.getState() == LifecycleEvent.LifecycleState.MERGED) {
                merged.run();
            }
        });
    }

    public void stopListening(UUID registration) {
        if (member.getLifecycleService().isRunning()) {
            member.getLifecycleService().removeLifecycleListener(registration);
        }
    }
}
