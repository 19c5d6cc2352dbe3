package org.roundtable.live.store;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

import org.jspecify.annotations.Nullable;

/**
 * Seals records with AES-256-GCM under the current key and opens records sealed under the
 * current or the previous key. A sealed record is a format version (1 byte), the id of the key
 * (4 bytes), a fresh random nonce (12 bytes), then the ciphertext with its 16-byte tag; the
 * version and key id are authenticated too.
 */
public final class StoreCipher {

    /** The first byte of a sealed record; a record in plain JSON starts with '{'. */
    static final byte VERSION = 1;

    private static final int NONCE_LENGTH = 12;
    private static final int TAG_BITS = 128;
    private static final int HEADER_LENGTH = 1 + StoreKey.ID_LENGTH;
    private static final int OVERHEAD = HEADER_LENGTH + NONCE_LENGTH + TAG_BITS / 8;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final StoreKeys keys;
    private final SecretKey current;
    private final @Nullable SecretKey previous;

    public StoreCipher(StoreKeys keys) {
        this.keys = keys;
        this.current = keys.current().encryptionKey();
        StoreKey before = keys.previous();
        this.previous = before == null ? null : before.encryptionKey();
    }

    public StoreKeys keys() {
        return keys;
    }

    /** {@code plain} sealed under the current key. */
    public byte[] seal(byte[] plain) {
        byte[] sealed = new byte[OVERHEAD + plain.length];
        sealed[0] = VERSION;
        System.arraycopy(keys.current().idBytes(), 0, sealed, 1, StoreKey.ID_LENGTH);
        byte[] nonce = new byte[NONCE_LENGTH];
        RANDOM.nextBytes(nonce);
        System.arraycopy(nonce, 0, sealed, HEADER_LENGTH, NONCE_LENGTH);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, current, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(sealed, 0, HEADER_LENGTH);
            cipher.doFinal(plain, 0, plain.length, sealed, HEADER_LENGTH + NONCE_LENGTH);
            return sealed;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available in this Java runtime", e);
        }
    }

    /**
     * The plain bytes of a sealed record.
     *
     * @throws StoreKeyException when the record is not sealed, was sealed with a key this node
     *                           does not have, or was altered
     */
    public byte[] open(byte[] sealed) {
        if (!isSealed(sealed)) {
            throw new StoreKeyException("The record is not sealed with a store key (it is "
                    + (sealed.length > 0 && sealed[0] == '{' ? "plain JSON" : "in an unknown format") + ")");
        }
        SecretKey key = keyFor(sealed);
        if (key == null) {
            throw new StoreKeyException("The record was sealed with the store key " + keyIdOf(sealed)
                    + ", which this node does not have (it has " + keysHeld() + ")");
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, sealed, HEADER_LENGTH, NONCE_LENGTH));
            cipher.updateAAD(sealed, 0, HEADER_LENGTH);
            return cipher.doFinal(sealed, HEADER_LENGTH + NONCE_LENGTH, sealed.length - HEADER_LENGTH - NONCE_LENGTH);
        } catch (AEADBadTagException e) {
            throw new StoreKeyException("The record sealed with the store key " + keyIdOf(sealed)
                    + " does not authenticate: it was altered or damaged", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available in this Java runtime", e);
        }
    }

    /** Whether {@code record} is in the sealed format (its key is not checked). */
    public static boolean isSealed(byte[] record) {
        return record.length >= OVERHEAD && record[0] == VERSION;
    }

    /** Whether {@code record} is sealed under the current key. */
    public boolean isSealedWithCurrent(byte[] record) {
        return isSealed(record) && sameId(record, keys.current());
    }

    /** Whether {@code record} is sealed under the previous key. */
    public boolean isSealedWithPrevious(byte[] record) {
        StoreKey before = keys.previous();
        return before != null && isSealed(record) && sameId(record, before);
    }

    /**
     * {@code record} sealed under the current key: as it is when it already is, else opened (or
     * taken as plain, from before encryption) and sealed again.
     */
    public byte[] resealed(byte[] record) {
        if (isSealedWithCurrent(record)) {
            return record;
        }
        return seal(isSealed(record) ? open(record) : record);
    }

    /** The id of the key a sealed record names. */
    static String keyIdOf(byte[] sealed) {
        return HexFormat.of().formatHex(sealed, 1, HEADER_LENGTH);
    }

    private @Nullable SecretKey keyFor(byte[] sealed) {
        if (sameId(sealed, keys.current())) {
            return current;
        }
        StoreKey before = keys.previous();
        return before != null && sameId(sealed, before) ? previous : null;
    }

    private static boolean sameId(byte[] sealed, StoreKey key) {
        return Arrays.equals(sealed, 1, HEADER_LENGTH, key.idBytes(), 0, StoreKey.ID_LENGTH);
    }

    private String keysHeld() {
        StoreKey before = keys.previous();
        return keys.current().id() + (before == null ? "" : " and the previous key " + before.id());
    }
}
