package org.roundtable.live.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bench/crash-trials N}: N cycles of "start, write under load, kill -9 at a random moment,
 * reopen", one line of figures, also written to {@code target/bench/crash-trials.md}.
 */
@Tag("bench")
class CrashTrialsBenchmark {

    @TempDir
    Path folder;

    @Test
    void crash_trials() throws Exception {
        int trials = Integer.parseInt(System.getProperty("crash.trials", "200"));
        CrashTrials.Result result = CrashTrials.run(folder, trials, 50, 1_500);
        Path report = Path.of("target", "bench", "crash-trials.md");
        Files.createDirectories(report.getParent());
        Files.writeString(report, """
                # Crash trials

                %s

                %s

                What reopening did (DD007): the MapDB index was rebuilt from the journal %d times (after
                every kill, as designed: the index has no crash safety of its own); %d changes were put
                back into an index that was kept; %d bytes of a cut-off journal end (never acknowledged)
                were dropped.

                Each trial starts a writer process on the same store (checksummed journal forced before
                each acknowledgement, memory-mapped MapDB index, AES-GCM sealed records), four threads
                each writing its own log as fast as the store takes them;
                after 50 to 1,500 ms it is killed with SIGKILL and the store is reopened and every
                acknowledged change read back and opened with the key. %d ms in all on %d cores, Java %s.
                """.formatted(result.line(),
                result.firstFailure().isEmpty() ? "" : "First store that did not reopen: " + result.firstFailure(),
                result.indexesRebuilt(), result.restoredFromJournal(), result.droppedBytes(),
                result.millis(), Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version")));
        System.out.println(result.line());
        // The report is written first, so that the real numbers are there whatever happens here.
        assertThat(result.acknowledged()).as(result.line()).isPositive();
        assertThat(result.lost()).as(result.line()).isZero();
        assertThat(result.unreadableStores()).as(result.line()).isZero();
    }
}
