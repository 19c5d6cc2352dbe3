package org.roundtable.live;

import javax.crypto.SecretKey;

/**
 * Secret keys for other purposes than the store's own encryption (signing participants'
 * capability cookies, for example), each derived from the installation's master key so that
 * every node of a cluster derives the same key and none is ever written down separately.
 */
public interface KeyRing {

    /**
     * The 256-bit key for {@code purpose} (a fixed phrase such as "participant capability"),
     * usable with HMAC-SHA256; the same on every node and across restarts.
     */
    SecretKey derive(String purpose);
}
