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

                Each trial starts a writer process on the same MapDB file (file channel, write-ahead log,
                AES-GCM sealed records), four threads each writing its own log as fast as commits allow;
                after 50 to 1,500 ms it is killed with SIGKILL and the file is reopened and every
                acknowledged change read back and opened with the key. %d ms in all on %d cores, Java %s.
                """.formatted(result.line(),
                result.firstFailure().isEmpty() ? "" : "First store that did not reopen: " + result.firstFailure(),
                result.millis(), Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version")));
        // a measurement, not a test: the report gives the real numbers, lost ones included
        assertThat(result.acknowledged()).as(result.line()).isPositive();
    }
}
