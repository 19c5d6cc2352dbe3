package org.roundtable.live.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A few real crash trials in every build (the full run is {@code bench/crash-trials}): a writer
 * process is killed with SIGKILL while it writes, the store is reopened, and every change it had
 * acknowledged must be there and open with the key.
 */
class CrashTrialsTest {

    @TempDir
    Path folder;

    @Test
    void nothing_acknowledged_is_lost_when_the_writer_is_killed_with_sigkill() throws Exception {
        CrashTrials.Result result = CrashTrials.run(folder, 3, 150, 600);
        System.out.println(result.line() + (result.firstFailure().isEmpty() ? "" : "; " + result.firstFailure()));

        assertThat(result.acknowledged()).as(result.line()).isPositive();
        assertThat(result.lost()).as(result.line()).isZero();
        assertThat(result.unreadableStores()).as(result.line() + " " + result.firstFailure()).isZero();
    }
}
