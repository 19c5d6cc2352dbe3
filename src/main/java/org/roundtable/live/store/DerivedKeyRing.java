package org.roundtable.live.store;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

import org.roundtable.live.KeyRing;

/**
 * Keys for other purposes derived from the master key, separated from the store's encryption
 * key by their prefix: the same on every node that shares the master key, and across restarts.
 */
public final class DerivedKeyRing implements KeyRing {

    private final StoreKey master;

    public DerivedKeyRing(StoreKey master) {
        this.master = master;
    }

    @Override
    public SecretKey derive(String purpose) {
        return new SecretKeySpec(master.derive("roundtable/key-ring/" + purpose), "HmacSHA256");
    }
}
