package org.roundtable.bench.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Issue 8's figures 6 and 7 for the production jar: launch until the readiness probe says
 * {@code UP}, from an empty store (cold start) and on a seeded store (restart), after a clean
 * stop and after SIGKILL, when the store's index is rebuilt from its journal first. Every start
 * is a new JVM with the JVM options of the template settings (for example an {@link AotCache}).
 */
public final class StartupFigures {

    /**
     * Several starts, in the order measured.
     *
     * @param millis    launch to ready, in milliseconds
     * @param cpuMillis CPU time the process had used when it was ready (all its threads), in milliseconds
     */
    public record Figure(List<Long> millis, List<Long> cpuMillis) {

        public Figure {
            millis = List.copyOf(millis);
            cpuMillis = List.copyOf(cpuMillis);
        }

        /** The middle launch-to-ready time (the lower of the two middle ones for an even count). */
        public long median() {
            return median(millis);
        }

        /** The middle CPU time until ready. */
        public long cpuMedian() {
            return median(cpuMillis);
        }

        private static long median(List<Long> values) {
            List<Long> sorted = values.stream().sorted().toList();
            return sorted.get((sorted.size() - 1) / 2);
        }

        public long min() {
            return millis.stream().mapToLong(Long::longValue).min().orElseThrow();
        }

        public long max() {
            return millis.stream().mapToLong(Long::longValue).max().orElseThrow();
        }

        /** runs, median, min and max, for the JSON report. */
        public Map<String, Object> summary() {
            Map<String, Object> summary = new LinkedHashMap<>();
            summary.put("runs", millis.size());
            summary.put("medianMs", median());
            summary.put("minMs", min());
            summary.put("maxMs", max());
            summary.put("cpuMedianMs", cpuMedian());
            return summary;
        }
    }

    /**
     * Cold starts.
     *
     * @param ready launch to ready on an empty store
     * @param idle  what the last one's JVM held once ready, with nobody connected
     */
    public record ColdStarts(Figure ready, AppProcess.Vitals idle) {
    }

    /**
     * Restarts on one seeded store.
     *
     * @param clean          after the previous process stopped with SIGTERM
     * @param afterKill      after the previous process was killed with SIGKILL (index rebuilt from the journal)
     * @param replayedChanges changes the last start replayed into the read models (from its log)
     */
    public record Restarts(Figure clean, Figure afterKill, long replayedChanges) {
    }

    private final AppProcess.Settings template;
    private final Path folder;

    /**
     * @param template JVM options, application settings and jar of every start; its store is not used
     * @param folder   where the cold starts' stores go
     */
    public StartupFigures(AppProcess.Settings template, Path folder) {
        this.template = template;
        this.folder = folder.toAbsolutePath();
    }

    /** {@code runs} starts, each on a new empty store with a new key, stopped cleanly once ready. */
    public ColdStarts coldStart(int runs) throws IOException, InterruptedException {
        List<Long> millis = new ArrayList<>();
        List<Long> cpu = new ArrayList<>();
        AppProcess.Vitals idle = null;
        for (int run = 1; run <= runs; run++) {
            Path store = Files.createTempDirectory(Files.createDirectories(folder), "cold-").resolve("roundtable.db");
            try (AppProcess app = AppProcess.start(template.onStore(store, BenchStore.newKey()))) {
                millis.add(app.readyMillis());
                cpu.add(app.cpuMillis());
                if (run == runs) {
                    idle = app.vitals();
                }
                app.stop();
            }
        }
        return new ColdStarts(new Figure(millis, cpu), idle);
    }

    /**
     * Alternately {@code runs} restarts after a clean stop and {@code runs} after SIGKILL, on
     * {@code seededStore} (stopped cleanly before: the first start is a clean restart). The store
     * is left stopped cleanly.
     */
    public Restarts restart(Path seededStore, String key, int runs) throws IOException, InterruptedException {
        List<Long> clean = new ArrayList<>();
        List<Long> cleanCpu = new ArrayList<>();
        List<Long> afterKill = new ArrayList<>();
        List<Long> afterKillCpu = new ArrayList<>();
        for (int run = 0; run < runs; run++) {
            // Fresh ports for every start: on a busy machine a port found free may be taken before the jar binds it.
            try (AppProcess app = AppProcess.start(template.onStore(seededStore, key))) {
                clean.add(app.readyMillis());
                cleanCpu.add(app.cpuMillis());
                app.kill();
            }
            try (AppProcess app = AppProcess.start(template.onStore(seededStore, key))) {
                afterKill.add(app.readyMillis());
                afterKillCpu.add(app.cpuMillis());
                app.stop();
            }
        }
        return new Restarts(new Figure(clean, cleanCpu), new Figure(afterKill, afterKillCpu),
                replayedAtLastStart(template.onStore(seededStore, key).logFile()));
    }

    /** From the log line the change log writes when it is ready: "Change log ready: N changes in M logs replayed". */
    private static long replayedAtLastStart(Path log) throws IOException {
        String marker = "Change log ready: ";
        long last = -1;
        for (String line : Files.readAllLines(log)) {
            int at = line.indexOf(marker);
            if (at >= 0) {
                String rest = line.substring(at + marker.length());
                last = Long.parseLong(rest.substring(0, rest.indexOf(' ')));
            }
        }
        return last;
    }
}
