package org.roundtable.live.store;

/** A store key for tests that open stores themselves: random, the same for the whole test run. */
public final class TestStoreKeys {

    private static final StoreCipher CIPHER = new StoreCipher(new StoreKeys(StoreKey.random("a test"), null));

    private TestStoreKeys() {
    }

    /** The cipher of the test run's key. */
    public static StoreCipher cipher() {
        return CIPHER;
    }
}
