package org.roundtable.bench.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.roundtable.record.RecordExportFormat;

/**
 * Issue 8's figures 6 and 7 on their own, side by side for the packaged jar as built and for the
 * same jar extracted and started with an AOT cache (JDK 25): cold start to ready, restart with a
 * 10,000-change event after a clean stop and after SIGKILL, and exporting a 5,000-note event.
 * Needs {@code target/roundtable.jar} ({@code ./mvnw package -DskipTests} first). Writes
 * {@code target/bench/startup.md}. Runs per figure: {@code -Dbench.startups} (3).
 */
@Tag("bench")
class StartupBenchmark {

    private static final int RUNS = Integer.getInteger("bench.startups", 3);
    private static final int CHANGES = 10_000;
    private static final int EXPORT_ITEMS = 5_000;

    @Test
    void start_up_restart_and_export_figures() throws Exception {
        Path folder = Files.createDirectories(Path.of("target", "bench", "startup").toAbsolutePath());
        Path store = folder.resolve("seeded").resolve("roundtable.db");
        deleteStore(store);
        String key = BenchStore.newKey();
        BenchStore.SeededEvent seeded;
        BenchStore.ExportFigures export;
        try (BenchStore prepared = BenchStore.open(store, key)) {
            seeded = prepared.seedLargeEvent(CHANGES);
        }
        // On a store of its own, so that the restarts replay the demo event and the 10,000 changes only.
        Path exportStore = folder.resolve("export").resolve("roundtable.db");
        deleteStore(exportStore);
        try (BenchStore exporting = BenchStore.open(exportStore, BenchStore.newKey())) {
            export = exporting.exportFigures(EXPORT_ITEMS);
        }

        AppProcess.Settings packaged = AppProcess.Settings.of(store, key);
        StartupFigures plain = new StartupFigures(packaged, folder.resolve("plain"));
        StartupFigures.ColdStarts plainCold = plain.coldStart(RUNS);
        StartupFigures.Restarts plainRestarts = plain.restart(store, key, RUNS);

        long training = System.nanoTime();
        AotCache cache = AotCache.train(packaged.jar(), folder.resolve("aot"), List.of());
        long trainingMillis = (System.nanoTime() - training) / 1_000_000;
        StartupFigures cached = new StartupFigures(packaged.withAotCache(cache), folder.resolve("cached"));
        StartupFigures.ColdStarts cachedCold = cached.coldStart(RUNS);
        StartupFigures.Restarts cachedRestarts = cached.restart(store, key, RUNS);

        StringBuilder report = new StringBuilder("# Start-up, restart and export\n\n")
                .append("Machine: ").append(Runtime.getRuntime().availableProcessors()).append(" cores, Java ")
                .append(Runtime.version()).append(". Launch of the JVM until `/actuator/health/readiness` is `UP`; ")
                .append(RUNS).append(" runs each, median (min–max) ms, and the median CPU time the process had ")
                .append("used when ready (all threads; less disturbed by other load on the machine). ")
                .append("Targets: cold start ≤ 5 s, restart with a 10,000-change event ≤ 2 s, export of a ")
                .append("5,000-item event ≤ 3 s.\n\n")
                .append("| figure | packaged jar | extracted jar + AOT cache |\n|---|---|---|\n");
        row(report, "cold start, empty store", plainCold.ready(), cachedCold.ready());
        row(report, String.format(Locale.UK, "restart after a clean stop, %,d-change event", seeded.changes()),
                plainRestarts.clean(), cachedRestarts.clean());
        row(report, "restart after SIGKILL (index rebuilt from the journal)", plainRestarts.afterKill(),
                cachedRestarts.afterKill());
        report.append(String.format(Locale.UK, "| heap after GC at idle | %,d KB | %,d KB |%n",
                plainCold.idle().heapAfterGcBytes() / 1024, cachedCold.idle().heapAfterGcBytes() / 1024));
        report.append(String.format(Locale.UK, "| live threads at idle | %d | %d |%n%n",
                plainCold.idle().liveThreads(), cachedCold.idle().liveThreads()));
        report.append(String.format(Locale.UK, "Changes replayed at each restart: %,d (all logs of the store). "
                + "Seeding the %,d-change event through the Notes service, four authors at once: %,d ms. "
                + "Training the AOT cache (extract, one start with the demo event that ends itself once the "
                + "context is refreshed): %,d ms; "
                + "cache %,d MB.%n%n", plainRestarts.replayedChanges(), seeded.changes(), seeded.millis(),
                trainingMillis, Files.size(cache.file()) >> 20));
        report.append(String.format(Locale.UK, "Export of %,d notes (best of 3 after a warm-up; seeding %,d ms):%n%n",
                export.items(), export.seedMillis()))
                .append("| format | ms | bytes |\n|---|---|---|\n");
        for (RecordExportFormat format : RecordExportFormat.values()) {
            report.append(String.format(Locale.UK, "| %s | %,d | %,d |%n", format.label(),
                    export.bestMillis().get(format), export.bytes().get(format)));
        }
        Path out = Path.of("target", "bench", "startup.md");
        Files.writeString(out, report);
        System.out.println(report);
    }

    private static void row(StringBuilder report, String figure, StartupFigures.Figure plain,
            StartupFigures.Figure cached) {
        report.append(String.format(Locale.UK, "| %s | %,d (%,d–%,d); CPU %,d | %,d (%,d–%,d); CPU %,d |%n", figure,
                plain.median(), plain.min(), plain.max(), plain.cpuMedian(), cached.median(), cached.min(),
                cached.max(), cached.cpuMedian()));
    }

    private static void deleteStore(Path store) throws IOException {
        Path folder = store.getParent();
        if (Files.exists(folder)) {
            try (var files = Files.list(folder)) {
                for (Path file : files.toList()) {
                    Files.delete(file);
                }
            }
        }
        Files.createDirectories(folder);
    }
}
