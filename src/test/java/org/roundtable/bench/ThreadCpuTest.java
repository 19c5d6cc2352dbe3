package org.roundtable.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.roundtable.bench.app.AppProcess;

class ThreadCpuTest {

    @Test
    void threads_are_summed_by_their_pool_without_their_numbers() {
        assertThat(AppProcess.threadGroup("http-nio-8080-exec-7")).isEqualTo("http-nio-exec");
        assertThat(AppProcess.threadGroup("screen-update-3")).isEqualTo("screen-update");
        assertThat(AppProcess.threadGroup("Atmosphere-Shared-12")).isEqualTo("Atmosphere-Shared");
        assertThat(AppProcess.threadGroup("main")).isEqualTo("main");
    }

    @Test
    void the_cpu_between_two_readings_is_what_each_kind_of_thread_spent_in_between() {
        RoomBench.ThreadCpu spent = RoomBench.ThreadCpu.between(
                Map.of("screen-update", 1_000_000L, "http-nio-exec", 5_000_000L),
                Map.of("screen-update", 9_000_000L, "http-nio-exec", 6_000_000L, "Atmosphere-Shared", 2_000_000L));

        assertThat(spent.screens()).isEqualTo(8_000_000L);
        assertThat(spent.requests()).isEqualTo(1_000_000L);
        assertThat(spent.millisByGroup()).containsExactly(Map.entry("screen-update", 8L),
                Map.entry("Atmosphere-Shared", 2L), Map.entry("http-nio-exec", 1L));
    }
}
