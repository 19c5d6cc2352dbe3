package org.roundtable.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Issue 8's benchmark, as {@code bench/run} runs it (after the production jar is packaged):
 * {@code -Dbench.mode=full|quick}. Writes {@code target/bench/report.md} and {@code report.json}.
 * It measures; it asserts nothing about the figures (the report says which targets were met).
 */
@Tag("bench")
class RoomBenchmarkIT {

    @Test
    void room() throws Exception {
        RoomBench.Config config = RoomBench.Config.named(System.getProperty("bench.mode", "full"));
        Path work = Path.of("target", "bench", "work");
        deleteTree(work);
        BenchReport report = RoomBench.run(config, work, Path.of("target", "bench"));
        System.out.println(report.markdown());
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
