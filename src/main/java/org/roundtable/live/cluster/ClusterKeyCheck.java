package org.roundtable.live.cluster;

import com.hazelcast.core.HazelcastInstance;
import org.roundtable.live.store.StoreKeyException;

/**
 * Keeps a node out of a cluster whose nodes seal changes under another master key: it could read
 * none of their changes, nor they its own. The first node records its key's id (a fingerprint,
 * not the key) in the cluster's memory; every node that joins compares. A full stop of the
 * cluster forgets it, which is when a key may be rotated (DD006).
 */
public final class ClusterKeyCheck {

    /** The map holding the id of the key the cluster's nodes use. */
    public static final String MAP = "roundtable.store-key";

    private ClusterKeyCheck() {
    }

    /** Records {@code keyId} as the cluster's, or refuses with a plain message when it differs. */
    public static void verify(HazelcastInstance member, String keyId) {
        String clusters = member.<String, String>getMap(MAP).putIfAbsent("key-id", keyId);
        if (clusters != null && !clusters.equals(keyId)) {
            throw new StoreKeyException("This node's store key (id " + keyId + ") is not the key the cluster's other "
                    + "nodes use (id " + clusters + "). Every node of a cluster needs the same master key: set the "
                    + "same roundtable.store.key (environment ROUNDTABLE_STORE_KEY) on every node. This node did "
                    + "not join in.");
        }
    }
}
