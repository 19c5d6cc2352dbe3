package org.roundtable.live.store;

import java.util.Collection;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import org.roundtable.live.Change;
import org.roundtable.live.ChangeTypes;
import org.roundtable.live.LoggedChange;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.jsontype.NamedType;

/**
 * Turns logged changes into bytes for the store and the cluster, and back: JSON with each
 * change tagged by its stable type name.
 */
public final class ChangeCodec {

    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
    private interface TaggedByName {
    }

    private final JsonMapper json;

    public ChangeCodec(Collection<ChangeTypes> types) {
        List<NamedType> named = types.stream()
                .flatMap(t -> t.byName().entrySet().stream())
                .map(e -> new NamedType(e.getValue(), e.getKey()))
                .toList();
        this.json = JsonMapper.builder()
                .addMixIn(Change.class, TaggedByName.class)
                .registerSubtypes(named.toArray(NamedType[]::new))
                .build();
    }

    public byte[] encode(LoggedChange change) {
        return json.writeValueAsBytes(change);
    }

    public LoggedChange decode(byte[] bytes) {
        return json.readValue(bytes, LoggedChange.class);
    }
}
