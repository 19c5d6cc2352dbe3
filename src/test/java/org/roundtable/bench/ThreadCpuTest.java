package org.roundtable.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
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
    void what_each_kind_of_thread_spent_counts_threads_that_ended_or_began_in_between() {
        ThreadCpuLedger ledger = new ThreadCpuLedger(null, null);
        ledger.start(List.of(reading(1, "screen-update-1", 1_000_000L), reading(2, "http-nio-8080-exec-1", 5_000_000L),
                reading(3, "Atmosphere-Shared-1", 7_000_000L)));
        // A writer born after the start, then the first writer ends, then the born one ends too.
        ledger.read(List.of(reading(1, "screen-update-1", 4_000_000L), reading(2, "http-nio-8080-exec-1", 6_000_000L),
                reading(3, "Atmosphere-Shared-1", 9_000_000L), reading(4, "Atmosphere-Shared-2", 1_000_000L)));
        ledger.read(List.of(reading(1, "screen-update-1", 9_000_000L), reading(2, "http-nio-8080-exec-1", 6_000_000L),
                reading(4, "Atmosphere-Shared-2", 3_000_000L)));
        ledger.read(List.of(reading(1, "screen-update-1", 9_000_000L), reading(2, "http-nio-8080-exec-1", 6_000_000L)));

        RoomBench.ThreadCpu spent = ledger.spent();

        assertThat(spent.screens()).isEqualTo(8_000_000L);
        assertThat(spent.requests()).isEqualTo(1_000_000L);
        assertThat(spent.pushWriters()).isEqualTo(2_000_000L + 3_000_000L);
        assertThat(spent.millisByGroup()).containsExactly(Map.entry("screen-update", 8L),
                Map.entry("Atmosphere-Shared", 5L), Map.entry("http-nio-exec", 1L));
    }

    private static AppProcess.ThreadCpuReading reading(long id, String name, long cpuNanos) {
        return new AppProcess.ThreadCpuReading(id, name, cpuNanos);
    }
}
