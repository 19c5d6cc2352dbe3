package org.roundtable.shared;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * At most a given number of values by key, the least recently used going first when it is full;
 * safe across threads. For values every screen would otherwise make, and keep, a copy of.
 */
public final class RecentlyUsed<K, V> {

    private final Map<K, V> values;

    public RecentlyUsed(int capacity) {
        values = Collections.synchronizedMap(new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > capacity;
            }
        });
    }

    /**
     * The value kept for {@code key}, or else the one {@code make} makes, kept from now on. It is
     * made outside the lock; when two threads make one at once, both get the one kept first.
     */
    public V get(K key, Function<? super K, ? extends V> make) {
        V kept = values.get(key);
        if (kept != null) {
            return kept;
        }
        V made = make.apply(key);
        V first = values.putIfAbsent(key, made);
        return first == null ? made : first;
    }
}
