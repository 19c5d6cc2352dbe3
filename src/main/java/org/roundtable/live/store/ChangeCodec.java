package org.roundtable.live.store;

import java.util.Collection;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import org.jspecify.annotations.Nullable;
import org.roundtable.live.Change;
import org.roundtable.live.ChangeTypes;
import org.roundtable.live.LoggedChange;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.jsontype.NamedType;

/**
 * Turns logged changes into bytes for the store and the cluster, and back: JSON with each
 * change tagged by its stable type name, sealed with the store's key ({@link StoreCipher}), so
 * that the store's file and the cluster's copies of a change hold ciphertext only.
 */
public final class ChangeCodec {

    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
    private interface TaggedByName {
    }

    private final JsonMapper json;
    private final @Nullable StoreCipher cipher;

    /** A codec that seals every change it encodes, and opens what it decodes, with {@code cipher}. */
    public ChangeCodec(Collection<ChangeTypes> types, StoreCipher cipher) {
        this(cipher, types);
    }

    /** A codec of plain JSON, without sealing: for tests of the JSON form of changes only. */
    public ChangeCodec(Collection<ChangeTypes> types) {
        this(null, types);
    }

    private ChangeCodec(@Nullable StoreCipher cipher, Collection<ChangeTypes> types) {
        List<NamedType> named = types.stream()
                .flatMap(t -> t.byName().entrySet().stream())
                .map(e -> new NamedType(e.getValue(), e.getKey()))
                .toList();
        this.json = JsonMapper.builder()
                .addMixIn(Change.class, TaggedByName.class)
                .registerSubtypes(named.toArray(NamedType[]::new))
                .build();
        this.cipher = cipher;
    }

    public byte[] encode(LoggedChange change) {
        byte[] plain = json.writeValueAsBytes(change);
        return cipher == null ? plain : cipher.seal(plain);
    }

    /**
     * The change in {@code bytes}.
     *
     * @throws StoreKeyException when the bytes were sealed with a key this node does not have, or altered
     */
    public LoggedChange decode(byte[] bytes) {
        return json.readValue(cipher == null ? bytes : cipher.open(bytes), LoggedChange.class);
    }
}
