package org.roundtable.live.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A few real crash trials in every build, so the harness keeps working (the full run is
 * {@code bench/crash-trials}): a writer process is killed with SIGKILL while it writes, and the
 * store is reopened. It does not yet require that nothing acknowledged is lost, nor that the store
 * always reopens: trials found both failing after a kill (bench/README.md), which issue 7's own
 * journal is to fix; until then such a check would fail at random.
 */
class CrashTrialsTest {

    @TempDir
    Path folder;

    @Test
    void the_harness_writes_from_another_process_kills_it_and_reopens_the_store() throws Exception {
        CrashTrials.Result result = CrashTrials.run(folder, 3, 150, 600);

        assertThat(result.acknowledged()).as(result.line()).isPositive();
        System.out.println(result.line() + (result.firstFailure().isEmpty() ? "" : "; " + result.firstFailure()));
    }
}
