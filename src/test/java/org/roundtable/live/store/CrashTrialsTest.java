package org.roundtable.live.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A few real crash trials in every build (the full run is {@code bench/crash-trials}): a writer
 * process is killed with SIGKILL while it writes, and everything it acknowledged is read back.
 */
class CrashTrialsTest {

    @TempDir
    Path folder;

    @Test
    void every_change_acknowledged_before_a_kill_9_is_in_the_store_after_it_reopens() throws Exception {
        CrashTrials.Result result = CrashTrials.run(folder, 3, 150, 600);

        assertThat(result.acknowledged()).as(result.line()).isPositive();
        assertThat(result.lost()).as(result.line()).isZero();
        assertThat(result.unreadableStores()).as(result.line()).isZero();
    }
}
