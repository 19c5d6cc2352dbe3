package org.roundtable.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class RecentlyUsedTest {

    @Test
    void a_value_is_made_once_and_the_least_recently_used_goes_first_when_full() {
        RecentlyUsed<String, String> kept = new RecentlyUsed<>(2);
        AtomicInteger made = new AtomicInteger();

        String a = kept.get("a", key -> key + made.incrementAndGet());
        kept.get("b", key -> key + made.incrementAndGet());
        assertThat(kept.get("a", key -> key + made.incrementAndGet())).isSameAs(a);
        kept.get("c", key -> key + made.incrementAndGet());

        assertThat(made).hasValue(3);
        assertThat(kept.get("a", key -> "again")).isSameAs(a);
        assertThat(kept.get("b", key -> "again")).isEqualTo("again");
    }
}
