package org.roundtable.live;

import java.util.Map;

/**
 * A feature's change records with the stable names they are stored under. Names, not class
 * names, go into the store, so classes can move without breaking old data.
 */
public record ChangeTypes(Map<String, Class<? extends Change>> byName) {

    public ChangeTypes {
        byName = Map.copyOf(byName);
    }
}
