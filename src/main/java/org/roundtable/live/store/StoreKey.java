package org.roundtable.live.store;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * The installation's master key: 32 random bytes, from which the store's encryption key and
 * every other key ({@link DerivedKeyRing}) are derived, so the master key itself never encrypts
 * or signs anything. Knows where it came from, to say so in messages; never prints itself.
 */
public final class StoreKey {

    /** The length of a master key, in bytes. */
    public static final int LENGTH = 32;

    /** The length of a key's id, in bytes (in front of every sealed record). */
    static final int ID_LENGTH = 4;

    private static final SecureRandom RANDOM = new SecureRandom();

    private final byte[] bytes;
    private final String source;
    private final String id;

    private StoreKey(byte[] bytes, String source) {
        this.bytes = bytes.clone();
        this.source = source;
        this.id = HexFormat.of().formatHex(derive("roundtable/store/key-id"), 0, ID_LENGTH);
    }

    /**
     * Reads a key written as base64 of 32 bytes.
     *
     * @param source where the value came from, for messages (a setting's name, a file)
     * @throws StoreKeyException when it is not base64 or not 32 bytes long
     */
    public static StoreKey fromBase64(String value, String source) {
        byte[] decoded;
        try {
            decoded = Base64.getDecoder().decode(value.strip());
        } catch (IllegalArgumentException e) {
            throw new StoreKeyException("The store key from " + source + " is not base64. Give 32 random bytes in "
                    + "base64, for example the output of: openssl rand -base64 32");
        }
        if (decoded.length != LENGTH) {
            throw new StoreKeyException("The store key from " + source + " is " + decoded.length + " bytes long; it "
                    + "must be " + LENGTH + " random bytes in base64, for example the output of: openssl rand -base64 32");
        }
        return new StoreKey(decoded, source);
    }

    /** A fresh random key. */
    public static StoreKey random(String source) {
        byte[] fresh = new byte[LENGTH];
        RANDOM.nextBytes(fresh);
        return new StoreKey(fresh, source);
    }

    /** The key in base64, for writing it to its key file. */
    String toBase64() {
        return Base64.getEncoder().encodeToString(bytes);
    }

    /** Where the key came from (a setting or a key file), for messages and the log. */
    public String source() {
        return source;
    }

    /** A short public name of the key (8 hex digits derived from it), for messages and the log. */
    public String id() {
        return id;
    }

    byte[] idBytes() {
        return HexFormat.of().parseHex(id);
    }

    /**
     * HKDF-Expand (RFC 5869) of {@code info} to one 32-byte block, with the master key as the
     * pseudorandom key: it is uniformly random already, so the extract step adds nothing.
     */
    byte[] derive(String info) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(bytes, "HmacSHA256"));
            mac.update(info.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 1);
            return mac.doFinal();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available in this Java runtime", e);
        }
    }

    /** The AES-256 key that seals the store's records. */
    SecretKey encryptionKey() {
        return new SecretKeySpec(derive("roundtable/store/aes-256-gcm"), "AES");
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof StoreKey key && Arrays.equals(bytes, key.bytes);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return "store key " + id + " from " + source;
    }
}
