package org.roundtable.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import com.hazelcast.instance.BuildInfoProvider;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Playwright;
import com.vaadin.flow.server.Version;
import org.jspecify.annotations.Nullable;
import org.roundtable.bench.app.AotCache;
import org.roundtable.bench.app.AppProcess;
import org.roundtable.bench.app.BenchStore;
import org.roundtable.bench.app.StartupFigures;
import org.roundtable.bench.floor.Floor;
import org.roundtable.bench.floor.FloorRun;
import org.roundtable.bench.protocol.ProtocolParticipant;
import org.roundtable.bench.screens.RealScreens;
import org.roundtable.e2e.Chromium;
import org.roundtable.live.log.LogLatency;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringBootVersion;

/**
 * Issue 8's benchmark, end to end: starts the production jar, fills a room with real browsers
 * and protocol-level participants, measures every figure beside the floor (a bare Spring
 * WebSocket broadcast to as many clients, in the same run), and writes the report. One run is
 * one {@link Config}: the full run, the quick one (under two minutes) and the CI smoke differ
 * only in sizes.
 */
final class RoomBench {

    private static final Logger log = LoggerFactory.getLogger(RoomBench.class);
    private static final Duration ARRIVAL_TIMEOUT = Duration.ofSeconds(20);
    private static final List<String> AGENCIES_BY_TURN = List.of("Police", "Health Visiting", "Children's Services",
            "Education", "Adult Mental Health");

    /**
     * The sizes of one run.
     *
     * @param mode           "full", "quick" or "smoke", in the report
     * @param levels         participants connected for figure 1, in the order they are reached
     * @param notesPerLevel  notes sent at each level, one every {@code notePace}
     * @param notePace       time between two notes at a level: a room's pace, every note the first after a quiet spell
     * @param senders        participants who send the notes, by turns
     * @param browserTablets real Chromium tablets beside the projector
     * @param burstNotesPerSecond the burst's pace, from every participant of the last level
     * @param burstSeconds   how long the burst lasts
     * @param coldStarts     cold starts of the jar, for the median
     * @param restarts       restarts with the large event, for the median
     * @param largeEvent     changes in the large event the restart replays
     * @param exportItems    notes in the event exported for figure 6
     * @param logAppends     durable acknowledgements measured at the change log
     * @param logPropagated  changes propagated between two members
     * @param aotCache       also measure starts from the extracted jar with a JDK 25 AOT cache (its training takes a minute)
     */
    record Config(String mode, List<Integer> levels, int notesPerLevel, Duration notePace, int senders,
            int browserTablets, int burstNotesPerSecond, int burstSeconds, int coldStarts, int restarts,
            int largeEvent, int exportItems, int logAppends, int logPropagated, boolean aotCache) {

        static Config full() {
            return new Config("full", List.of(50, 200, 500), 60, Duration.ofMillis(500), 20, 3, 50, 60, 3, 3,
                    10_000, 5_000, 10_000, 100_000, true);
        }

        /** Under two minutes: every figure, at the smallest size. */
        static Config quick() {
            return new Config("quick", List.of(50), 20, Duration.ofMillis(400), 5, 1, 20, 10, 1, 1, 2_000, 1_000,
                    1_000, 5_000, false);
        }

        /** For CI: every code path of the harness, as small as it gets. */
        static Config smoke() {
            return new Config("smoke", List.of(5), 4, Duration.ofMillis(400), 2, 1, 4, 3, 1, 1, 200, 50, 100,
                    1_000, false);
        }

        /**
         * The room and its burst only, at full size (no starts, export or log figures): for
         * profiling the burst with {@code -Dbench.jfr}.
         */
        static Config burst() {
            return new Config("burst", List.of(500), 10, Duration.ofMillis(500), 20, 3, 50, 60, 0, 0, 0, 0, 0, 0,
                    false);
        }

        /**
         * The room at 500 and its 60 notes one at a time only (no burst, starts, export or log
         * figures): for profiling figure 1 with {@code jcmd <app> JFR.start}.
         */
        static Config room() {
            return new Config("room", List.of(500), 60, Duration.ofMillis(500), 20, 3, 0, 0, 0, 0, 0, 0, 0, 0,
                    false);
        }

        static Config named(String mode) {
            return switch (mode) {
                case "burst" -> burst();
                case "room" -> room();
                case "full" -> full();
                case "quick" -> quick();
                case "smoke" -> smoke();
                default -> throw new IllegalArgumentException("No benchmark mode " + mode
                        + " (full, quick, burst, room, smoke)");
            };
        }
    }

    private final Config config;
    private final Path work;
    private final BenchReport report;
    private final HttpClient http = ProtocolParticipant.httpClient();
    private final List<ProtocolParticipant> participants = new CopyOnWriteArrayList<>();
    private final Map<ProtocolParticipant, String> names = new ConcurrentHashMap<>();
    private final List<Integer> pushSizes = Collections.synchronizedList(new ArrayList<>());
    private volatile NoteTracker tracker = new NoteTracker("warmup");
    private @Nullable AotCache aotCache;
    private final Map<String, Long> coldMedians = new LinkedHashMap<>();
    /** The acknowledgements through the app at the last level, beside the log's own in the findings. */
    private Latencies appAcknowledged = new Latencies();
    /** Per level: bytes per participant and notes on every screen, for what a note costs. */
    private final Map<Integer, long[]> heapByLevel = new LinkedHashMap<>();
    /** Notes sent in the measured levels so far: every screen holds them. */
    private int notesSent;

    private RoomBench(Config config, Path work) {
        this.config = config;
        this.work = work;
        this.report = new BenchReport(config.mode());
    }

    /**
     * Runs {@code config} against the packaged jar ({@code target/roundtable.jar}), with stores and
     * logs under {@code work}; writes report.md and report.json to {@code out}.
     */
    static BenchReport run(Config config, Path work, Path out) throws Exception {
        RoomBench bench = new RoomBench(config, work);
        bench.measure();
        bench.report.write(out);
        return bench.report;
    }

    private void measure() throws Exception {
        Files.createDirectories(work);
        describeMachine();
        if (config.coldStarts() > 0) {
            startUp();
        }
        String key = BenchStore.newKey();
        Path store = work.resolve("room").resolve("roundtable.db");
        BenchStore.RoomSetup room;
        BenchStore.SeededEvent large;
        try (BenchStore prepared = BenchStore.open(store, key)) {
            room = prepared.room();
            large = prepared.seedLargeEvent(config.largeEvent());
            log.info("Seeded an event of {} changes in {} ms", large.changes(), large.millis());
        }
        // On a store of its own, so that the restarts replay the demo event and the large event only.
        if (config.exportItems() > 0) {
            try (BenchStore exporting = BenchStore.open(work.resolve("export").resolve("roundtable.db"),
                    BenchStore.newKey())) {
                exportFigure(exporting);
            }
        }
        if (config.restarts() > 0) {
            restartFigure(store, key, large);
        }
        try (AppProcess app = AppProcess.start(appSettings(store, key))) {
            URI base = app.baseUri();
            try (Playwright playwright = Chromium.playwright(); Browser browser = Chromium.launch(playwright);
                    RealScreens screens = RealScreens.open(browser, base, room.projectorToken(), room.joinCode(),
                            config.browserTablets(), room.agencyNames().getFirst())) {
                report.version("Chromium", browser.version());
                report.version("Playwright for Java", MachineCpu.mavenVersion("com.microsoft.playwright", "playwright"));
                warmUp(base, room);
                long base0 = app.vitals().heapAfterGcBytes();
                HeapHistogram before = HeapHistogram.of(app.pid());
                int before0 = participants.size();
                for (int level : config.levels()) {
                    joinUpTo(level, base, room);
                    heapFigure(app, level, base0, before, before0);
                    latencyFigure(level, screens, app);
                }
                if (config.burstSeconds() > 0) {
                    burstFigure(app, screens);
                }
            } finally {
                participants.forEach(ProtocolParticipant::close);
            }
            // A clean stop, as people stop it (and the flight recording, if any, is written).
            app.stop();
        }
        if (config.logAppends() > 0) {
            logFigures();
        }
    }

    // --- Figures 7 and 6: starting ------------------------------------------------------------

    /** The packaged jar as built; with {@code cache}, the extracted jar started with the AOT cache (README, "A faster start"). */
    private StartupFigures startupFigures(@Nullable AotCache cache, String folder) {
        AppProcess.Settings settings = AppProcess.Settings.of(work.resolve("template").resolve("roundtable.db"), "unused");
        return new StartupFigures(cache == null ? settings : settings.withAotCache(cache), work.resolve(folder));
    }

    private void startUp() throws Exception {
        coldStartFigure("7", "Cold start of the production jar to ready", startupFigures(null, "cold"));
        if (config.aotCache()) {
            long training = System.nanoTime();
            aotCache = AotCache.train(AppProcess.Settings.of(work.resolve("template").resolve("roundtable.db"), "unused")
                    .jar(), work.resolve("aot"), List.of());
            log.info("Trained the AOT cache in {} ms", (System.nanoTime() - training) / 1_000_000);
            coldStartFigure("7-aot", "Cold start of the extracted jar with its AOT cache (JDK 25) to ready",
                    startupFigures(aotCache, "cold-aot"));
        }
    }

    private void coldStartFigure(String id, String title, StartupFigures figures) throws Exception {
        StartupFigures.ColdStarts cold = figures.coldStart(config.coldStarts());
        StartupFigures.Figure ready = cold.ready();
        coldMedians.put(id, ready.median());
        Map<String, Object> values = new LinkedHashMap<>(ready.summary());
        values.put("idle_heap_after_gc_bytes", cold.idle().heapAfterGcBytes());
        values.put("idle_threads", cold.idle().liveThreads());
        if (ready.median() > 5_000) {
            report.finding(String.format(Locale.UK, "**Cold start (figure %s).** %,d ms to ready, and %,d ms of CPU "
                    + "by then on %d cores: a flight recording of the start (`StartupBenchmark`, bench/README) is the "
                    + "JVM loading and linking classes out of the jar, Spring processing its configuration and "
                    + "Hazelcast starting. The JDK 25 AOT cache (README, \"A faster start\"), which keeps those "
                    + "classes loaded and linked, is what was tried and kept%s.", id, ready.median(),
                    cold.idle().processCpuMillis(), Runtime.getRuntime().availableProcessors(),
                    id.endsWith("aot") ? "; this row is with it" : "; see the row with it"));
        }
        report.figure(new BenchReport.Figure(id, title,
                String.format(Locale.UK, "%,d ms (median of %d; %,d–%,d)", ready.median(), ready.millis().size(),
                        ready.min(), ready.max()),
                "≤ 5 s", ready.median() <= 5_000, values));
    }

    private void restartFigure(Path store, String key, BenchStore.SeededEvent large) throws Exception {
        restartFigure("6a", "", startupFigures(null, "restart"), store, key, large);
        if (aotCache != null) {
            restartFigure("6a-aot", ", extracted jar with its AOT cache", startupFigures(aotCache, "restart-aot"), store,
                    key, large);
        }
    }

    private void restartFigure(String id, String how, StartupFigures figures, Path store, String key,
            BenchStore.SeededEvent large) throws Exception {
        StartupFigures.Restarts restarts = figures.restart(store, key, config.restarts());
        Long cold = coldMedians.get(id.replace("6a", "7"));
        if (cold != null && restarts.clean().median() > 2_000) {
            long replay = restarts.clean().median() - cold;
            report.finding(String.format(Locale.UK, "**Restart (figure 6%s).** %,d ms after a clean stop against a "
                    + "cold start of %,d ms on an empty store: replaying the %,d changes (each opened with AES-GCM and "
                    + "read from JSON, decoded on every core) %s; the rest is the JVM and Spring starting, as in "
                    + "figure 7.", how, restarts.clean().median(), cold, restarts.replayedChanges(),
                    replay > 0 ? String.format(Locale.UK, "adds about %,d ms", replay)
                            : "adds no time that stands out from the starts' own spread"));
        }
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("changes_in_event", large.changes());
        values.put("changes_replayed", restarts.replayedChanges());
        values.put("after_clean_stop", restarts.clean().summary());
        values.put("after_kill", restarts.afterKill().summary());
        report.figure(new BenchReport.Figure(id, String.format(Locale.UK,
                "Restart with a %,d-change event until ready%s", large.changes(), how),
                String.format(Locale.UK, "%,d ms after a clean stop, %,d ms after SIGKILL (index rebuilt)",
                        restarts.clean().median(), restarts.afterKill().median()),
                "≤ 2 s", restarts.clean().median() <= 2_000, values));
    }

    private void exportFigure(BenchStore prepared) throws Exception {
        BenchStore.ExportFigures export = prepared.exportFigures(config.exportItems());
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("items", export.items());
        export.bestMillis().forEach((format, millis) -> values.put(format.name().toLowerCase(Locale.ROOT) + "_ms", millis));
        export.bytes().forEach((format, bytes) -> values.put(format.name().toLowerCase(Locale.ROOT) + "_bytes", bytes));
        StringBuilder measured = new StringBuilder();
        export.bestMillis().forEach((format, millis) -> measured.append(measured.isEmpty() ? "" : ", ")
                .append(format.label()).append(' ').append(String.format(Locale.UK, "%,d ms", millis)));
        report.figure(new BenchReport.Figure("6b", String.format(Locale.UK, "Export of a %,d-item event",
                export.items()), measured.toString(), "≤ 3 s", export.slowestMillis() <= 3_000, values));
    }

    // --- The room -------------------------------------------------------------------------------

    private AppProcess.Settings appSettings(Path store, String key) {
        AppProcess.Settings settings = AppProcess.Settings.of(store, key)
                // The room fills in a minute; a real room's join limit would slow the benchmark, not the app.
                .withSpringArgs("--roundtable.join.joins-per-code-per-minute=100000");
        // -Dbench.jfr=<file>: a flight recording of the app through the whole room run, to see where its time goes.
        String recording = System.getProperty("bench.jfr");
        return recording == null ? settings
                : settings.withJvmOptions("-XX:StartFlightRecording=filename=" + Path.of(recording).toAbsolutePath()
                        + ",settings=profile,dumponexit=true");
    }

    /** A few participants and notes before anything is measured, so that both sides' code is compiled. */
    private void warmUp(URI base, BenchStore.RoomSetup room) throws Exception {
        joinUpTo(Math.max(1, Math.min(5, config.levels().getFirst() / 5)), base, room);
        tracker = new NoteTracker("w");
        notesSent += 20;
        for (int i = 0; i < 20; i++) {
            send(participants.get(i % participants.size()), i, new Latencies(), new AtomicLong())
                    .get(ARRIVAL_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        }
    }

    private void joinUpTo(int level, URI base, BenchStore.RoomSetup room) throws Exception {
        long started = System.nanoTime();
        int joining = level - participants.size();
        ExecutorService joiners = Executors.newFixedThreadPool(8);
        List<Future<?>> joins = new ArrayList<>();
        AtomicInteger next = new AtomicInteger(participants.size());
        for (int i = 0; i < joining; i++) {
            joins.add(joiners.submit(() -> {
                int number = next.incrementAndGet();
                String agency = room.agencyNames().get(number % room.agencyNames().size());
                ProtocolParticipant participant = ProtocolParticipant.join(http, base, room.joinCode(),
                        "Practitioner " + number, agency, new ProtocolParticipant.Pushes() {
                            @Override
                            public void pushed(ProtocolParticipant who, String json, long receivedNanos) {
                                received(who, json, receivedNanos, true);
                            }

                            @Override
                            public void answered(ProtocolParticipant who, String json, long receivedNanos) {
                                received(who, json, receivedNanos, false);
                            }
                        });
                names.put(participant, "protocol-" + number);
                participants.add(participant);
                return null;
            }));
        }
        try {
            for (Future<?> join : joins) {
                join.get(2, TimeUnit.MINUTES);
            }
        } finally {
            joiners.shutdownNow();
        }
        log.info("{} participants joined in {} ms", joining, (System.nanoTime() - started) / 1_000_000);
    }

    /** A message from the app: a push, or the answer to the participant's own request (which can carry a note too). */
    private void received(ProtocolParticipant who, String json, long receivedNanos, boolean push) {
        String name = names.get(who);
        if (name != null) {
            tracker.received(name, json, receivedNanos, push);
            if (push && json.contains("bench-")) {
                pushSizes.add(json.length());
            }
        }
    }

    // --- Figure 2: heap -------------------------------------------------------------------------

    /**
     * Heap after full GC with {@code level} participants, less the heap after the warm-up (with
     * {@code before0} participants and the browsers), per participant joined since; and what that
     * growth is made of, by class.
     */
    private void heapFigure(AppProcess app, int level, long base0, HeapHistogram before, int before0)
            throws Exception {
        long heap = app.vitals().heapAfterGcBytes();
        int joined = level - before0;
        long perParticipant = (heap - base0) / joined;
        Map<String, Long> byClass = HeapHistogram.of(app.pid()).growthSince(before, joined, 12);
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("participants", level);
        values.put("participants_measured", joined);
        values.put("notes_on_every_screen", notesSent);
        values.put("heap_before_bytes", base0);
        values.put("heap_after_bytes", heap);
        values.put("bytes_per_participant", perParticipant);
        values.put("largest_growth_per_participant_bytes", byClass);
        StringBuilder table = new StringBuilder("### Heap per participant at " + level
                + ", by class (jcmd GC.class_histogram, growth since the warm-up, bytes per participant)\n\n"
                + "| class | bytes |\n|---|---|\n");
        byClass.forEach((name, bytes) -> table.append("| `").append(name).append("` | ")
                .append(String.format(Locale.UK, "%,d", bytes)).append(" |\n"));
        report.section(table.toString());
        long[] first = heapByLevel.isEmpty() ? null : heapByLevel.values().iterator().next();
        heapByLevel.put(level, new long[] {perParticipant, notesSent});
        if (perParticipant > 200 * 1024 && level == config.levels().getLast()) {
            long buffers = byClass.getOrDefault("[B", 0L) + byClass.getOrDefault("[C", 0L);
            String perNote = "";
            if (first != null && notesSent > first[1]) {
                double bytesPerNote = (double) (perParticipant - first[0]) / (notesSent - first[1]);
                perNote = String.format(Locale.UK, " From %d notes on every screen to %d, each note added about "
                        + "%.1f KB per participant (one state node on every screen, and more sessions sharing the "
                        + "app's fixed costs), so a board with no notes holds about %,d KB.", first[1], notesSent,
                        bytesPerNote / 1024, Math.round((perParticipant - bytesPerNote * notesSent) / 1024));
            }
            report.finding(String.format(Locale.UK, "**Heap (figure 2).** %,d KB per participant at %d, with %d notes "
                    + "on every screen. The connections' buffers were cut (ConnectionBuffers: Vaadin's 16 KB push "
                    + "buffers and Tomcat's 8 KB ones, about 90 KB per participant); byte and char arrays are now "
                    + "%,d KB of it (what remains of those buffers, and the session's strings). The rest is each "
                    + "screen's Vaadin state tree (StateNode and its features): a tablet is about 170 state nodes (its "
                    + "board 121 of them, 920 before DD008), and one more for every note shown.%s What would bring a room's "
                    + "board under 200 KB: the timeline drawn in the browser from one description shared by every "
                    + "screen, instead of as server-side elements on each (not done).", perParticipant / 1024, level,
                    notesSent, buffers / 1024, perNote));
        }
        report.figure(new BenchReport.Figure("2-" + level, "Live heap per connected participant, " + level + " connected",
                String.format(Locale.UK, "%,d KB", perParticipant / 1024), "≤ 200 KB",
                perParticipant <= 200 * 1024, values));
    }

    // --- Figures 1 and 3: a note on every screen, and its author told -----------------------------

    private void latencyFigure(int level, RealScreens screens, AppProcess app) throws Exception {
        tracker = new NoteTracker("l" + level);
        ThreadCpuLedger threadCpuLedger = ThreadCpuLedger.watching(app, Duration.ofSeconds(1));
        notesSent += config.notesPerLevel();
        Latencies acknowledged = new Latencies();
        List<ProtocolParticipant> senders = participants.subList(0, Math.min(config.senders(), participants.size()));
        AtomicLong failures = new AtomicLong();
        List<CompletableFuture<?>> sends = new ArrayList<>();
        for (int i = 0; i < config.notesPerLevel(); i++) {
            ProtocolParticipant sender = senders.get(i % senders.size());
            sends.add(send(sender, i, acknowledged, failures));
            Thread.sleep(config.notePace().toMillis());
        }
        long unanswered = awaitSends(sends);
        failures.addAndGet(unanswered);
        List<String> screenNames = everyScreen(screens);
        awaitArrivals(screens, screenNames);
        NoteTracker.Figures figures = tracker.figures(screenNames, screens.pageNames());
        ThreadCpu threadCpu = threadCpuLedger.stop();
        Latencies browserShare = browserShare(screens);

        int padding = medianPushSize();
        FloorRun floorRun = Floor.measure(screenNames.size(), 20, config.notesPerLevel(),
                1_000.0 / config.notePace().toMillis(), padding, work.resolve("floor-" + level + ".log"));
        Latencies floor = floorRun.arrivals();

        double ratio = figures.perScreen().percentileMillis(95) / floor.percentileMillis(95);
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("participants", level);
        values.put("screens", screenNames.size());
        values.put("notes", figures.notes());
        values.put("per_screen", figures.perScreen().summary());
        values.put("every_screen", figures.everyScreen().summary());
        values.put("real_browsers", figures.browsers().summary());
        values.put("real_browsers_push_to_visible", browserShare.summary());
        values.put("never_shown", figures.missing());
        values.put("never_shown_by_screen", figures.missingByScreen());
        values.put("send_failures", failures.get());
        values.put("floor", floor.summary());
        values.put("floor_every_client", floorRun.slowest().summary());
        values.put("floor_undelivered", floorRun.undelivered());
        values.put("floor_message_bytes", padding);
        values.put("p95_ratio_to_floor", ratio);
        // In CPU time, as for the burst: here each screen's update carries one note.
        int shownPairs = figures.perScreen().count();
        values.put("app_thread_cpu_ms", threadCpu.millisByGroup());
        values.put("screen_update_cpu_us_per_note_and_screen",
                shownPairs == 0 ? 0 : threadCpu.screens() / 1_000.0 / shownPairs);
        values.put("push_writers_cpu_us_per_note_and_screen",
                shownPairs == 0 ? 0 : threadCpu.pushWriters() / 1_000.0 / shownPairs);
        values.put("request_cpu_ms_per_note_sent",
                figures.notes() == 0 ? 0 : threadCpu.requests() / 1e6 / figures.notes());
        boolean last = level == config.levels().getLast();
        if (last && figures.perScreen().percentileMillis(95) > 100) {
            int cores = Runtime.getRuntime().availableProcessors();
            double updateMicros = shownPairs == 0 ? 0 : threadCpu.screens() / 1_000.0 / shownPairs;
            double writeMicros = shownPairs == 0 ? 0 : threadCpu.pushWriters() / 1_000.0 / shownPairs;
            double noteMillis = (updateMicros + writeMicros) * screenNames.size() / 1_000;
            report.finding(String.format(Locale.UK, "**A note on every screen (figure 1).** At %d participants p95 "
                    + "%.0f ms against the floor's %.0f ms (× %.1f). The real browsers' own share, from the push "
                    + "arriving to the note visible, is p50 %.0f ms, p95 %.0f ms (Chromium laying out and painting "
                    + "on the same two cores). The rest is the server's CPU: measured in CPU time, each screen's "
                    + "push of one note cost %.0f µs on the screen workers (reading what changed, drawing the note, "
                    + "Vaadin writing its changes) and %.0f µs on Atmosphere's threads (queueing the message, "
                    + "framing and writing it to the socket), so one note to %d screens takes %.0f ms of CPU: "
                    + "%.0f ms on %d cores with nothing else running, before the protocol clients and Chromium on "
                    + "the same cores get theirs. The floor only copies one message to every socket.", level,
                    figures.perScreen().percentileMillis(95), floor.percentileMillis(95), ratio,
                    browserShare.percentileMillis(50), browserShare.percentileMillis(95), updateMicros, writeMicros,
                    screenNames.size(), noteMillis, noteMillis / cores, cores));
        }
        boolean met = figures.perScreen().percentileMillis(95) <= 100 && figures.perScreen().percentileMillis(99) <= 250
                && ratio <= 3 && figures.missing() == 0 && failures.get() == 0;
        report.figure(new BenchReport.Figure("1-" + level, "Note sent → visible on every screen, " + level
                + " participants (+ " + screens.pageNames().size() + " browsers)",
                String.format(Locale.UK, "per screen %s; on the last screen p95 %.1f ms; floor p95 %.1f ms (× %.1f)",
                        figures.perScreen(), figures.everyScreen().percentileMillis(95), floor.percentileMillis(95), ratio),
                "p95 ≤ 100 ms, p99 ≤ 250 ms at 500; p95 ≤ 3× floor", last || level >= 500 ? met : null, values));
        appAcknowledged = acknowledged;
        report.figure(new BenchReport.Figure("3-" + level, "Durable acknowledgement through the app, " + level
                + " participants", acknowledged.toString(), "p99 ≤ 20 ms", acknowledged.percentileMillis(99) <= 20,
                acknowledged.summary()));
    }

    /** Sends note {@code i} from {@code sender}; the acknowledgement is timed from the save to the app's answer. */
    private CompletableFuture<?> send(ProtocolParticipant sender, int i, Latencies acknowledged, AtomicLong failures) {
        String token = tracker.nextToken();
        String text = "Benchmark note " + token + ": the school nurse saw the bruise and wrote it down at the time.";
        NoteTracker current = tracker;
        return sender.sendNote(i % 40, text, () -> current.sending(token))
                .thenAccept(savedNanos -> acknowledged.record((savedNanos - current.sentNanos(token)) / 1_000))
                .exceptionally(e -> {
                    failures.incrementAndGet();
                    log.warn("A note was not sent: {}", e.toString());
                    return null;
                });
    }

    /** In the real browsers: from the push carrying a note arriving to the note being visible (the browser's own share). */
    private Latencies browserShare(RealScreens screens) {
        Latencies share = new Latencies();
        Map<String, Map<String, Double>> seen = screens.seen();
        for (String token : tracker.tokens()) {
            screens.pushedAt(token).forEach((page, pushed) -> {
                Double visible = seen.getOrDefault(page, Map.of()).get(token);
                if (visible != null) {
                    share.record(Math.round((visible - pushed) * 1000));
                }
            });
        }
        return share;
    }

    private List<String> everyScreen(RealScreens screens) {
        List<String> all = new ArrayList<>(screens.pageNames());
        participants.forEach(participant -> all.add(names.get(participant)));
        return all;
    }

    /** Waits until every screen has every note (or the timeout), then reads what the browsers recorded. */
    private void awaitArrivals(RealScreens screens, List<String> screenNames) throws InterruptedException {
        long deadline = System.nanoTime() + ARRIVAL_TIMEOUT.toNanos();
        do {
            for (Map.Entry<String, Map<String, Double>> seen : screens.seen().entrySet()) {
                seen.getValue().forEach((token, epochMillis) -> tracker.shown(seen.getKey(), token, epochMillis));
            }
            if (tracker.allArrived(screenNames)) {
                return;
            }
            Thread.sleep(200);
        } while (System.nanoTime() < deadline);
    }

    private int medianPushSize() {
        List<Integer> sizes;
        synchronized (pushSizes) {
            sizes = new ArrayList<>(pushSizes);
        }
        if (sizes.isEmpty()) {
            return 1_000;
        }
        Collections.sort(sizes);
        return sizes.get(sizes.size() / 2);
    }

    // --- Figure 4: the burst ----------------------------------------------------------------------

    private void burstFigure(AppProcess app, RealScreens screens) throws Exception {
        tracker = new NoteTracker("b");
        Latencies acknowledged = new Latencies();
        AtomicLong failures = new AtomicLong();
        AtomicLong busy = new AtomicLong();
        int total = config.burstNotesPerSecond() * config.burstSeconds();
        long intervalNanos = 1_000_000_000L / config.burstNotesPerSecond();
        long cpuBefore = app.vitals().processCpuMillis();
        ThreadCpuLedger threadCpuLedger = ThreadCpuLedger.watching(app, Duration.ofSeconds(1));
        int resyncsBefore = participants.stream().mapToInt(ProtocolParticipant::resynchronisations).sum();
        long[] machineBefore = MachineCpu.sample();
        long fromSecond = tracker.secondNow() + 1;
        long started = System.nanoTime();
        List<CompletableFuture<?>> sends = new ArrayList<>();
        for (int i = 0; i < total; i++) {
            long due = started + i * intervalNanos;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            // Someone in the room who is not already writing a note, as in a real room.
            ProtocolParticipant sender = idleParticipant();
            if (sender == null) {
                busy.incrementAndGet();
                continue;
            }
            sends.add(send(sender, i, acknowledged, failures));
        }
        long elapsed = System.nanoTime() - started;
        long toSecond = tracker.secondNow();
        int sent = total - busy.intValue();
        double appCpu = (app.vitals().processCpuMillis() - cpuBefore) * 1e6 / elapsed
                / Runtime.getRuntime().availableProcessors();
        double machineCpu = MachineCpu.busySince(machineBefore);
        long unanswered = awaitSends(sends);
        failures.addAndGet(unanswered);
        List<String> screenNames = everyScreen(screens);
        awaitArrivals(screens, screenNames);
        ThreadCpu threadCpu = threadCpuLedger.stop();
        // A participant that waits too long for a message missing from the sequence asks for its whole
        // screen again, as Flow's client does; each costs the server a full drawing of the screen.
        int resyncs = participants.stream().mapToInt(ProtocolParticipant::resynchronisations).sum() - resyncsBefore;
        NoteTracker.Figures figures = tracker.figures(screenNames, screens.pageNames());
        NoteTracker.PushRate rate = tracker.pushRate(fromSecond, toSecond);
        long closed = participants.stream().filter(participant -> !participant.isOpen()).count();

        // The first change after a quiet spell goes out at once, not after the interval.
        Thread.sleep(2_000);
        tracker = new NoteTracker("q");
        Latencies quietAck = new Latencies();
        List<CompletableFuture<?>> quiet = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            quiet.add(send(participants.get(i % participants.size()), i, quietAck, failures));
            Thread.sleep(1_500);
        }
        CompletableFuture.allOf(quiet.toArray(CompletableFuture[]::new)).exceptionally(e -> null)
                .get(ARRIVAL_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        awaitArrivals(screens, screenNames);
        NoteTracker.Figures afterQuiet = tracker.figures(screenNames, screens.pageNames());

        Map<String, Object> values = new LinkedHashMap<>();
        values.put("participants", participants.size());
        values.put("notes", sent);
        values.put("notes_per_second_sent", sent * 1e9 / elapsed);
        values.put("not_sent_everyone_busy_writing", busy.get());
        values.put("send_failures", failures.get());
        values.put("connections_lost", closed);
        // Why, as each participant saw it (the app closing the push, a request refused or unanswered).
        Map<String, Long> lostBecause = new java.util.TreeMap<>();
        participants.stream().filter(participant -> !participant.isOpen())
                .forEach(participant -> lostBecause.merge(participant.failure().map(RoomBench::firstLine)
                        .orElse("(no reason recorded)"), 1L, Long::sum));
        values.put("connections_lost_because", lostBecause);
        values.put("never_shown", figures.missing());
        values.put("never_shown_by_screen", figures.missingByScreen());
        values.put("app_cpu_share", appCpu);
        values.put("machine_cpu_share", machineCpu);
        values.put("pushes_per_screen_second_max", rate.most());
        values.put("pushes_per_screen_second_mean", rate.mean());
        values.put("screen_seconds_over_four", rate.screenSecondsOverFour());
        values.put("latency_per_screen", figures.perScreen().summary());
        values.put("latency_every_screen", figures.everyScreen().summary());
        values.put("acknowledged", acknowledged.summary());
        // What the burst costs the app in CPU time, which does not grow when the load generator or
        // anything else takes the cores: the screens' updates per (note, screen) pair shown, the
        // requests per note sent, and what the burst's pace would need of the cores for the screens alone.
        int shownPairs = figures.perScreen().count();
        double screenMicrosPerPair = shownPairs == 0 ? 0 : threadCpu.screens() / 1_000.0 / shownPairs;
        double requestMillisPerNote = sent == 0 ? 0 : threadCpu.requests() / 1e6 / sent;
        double writersMicrosPerPair = shownPairs == 0 ? 0 : threadCpu.pushWriters() / 1_000.0 / shownPairs;
        double coresForScreens = (screenMicrosPerPair + writersMicrosPerPair) * config.burstNotesPerSecond()
                * screenNames.size() / 1e6;
        values.put("resynchronisations", resyncs);
        values.put("app_thread_cpu_ms", threadCpu.millisByGroup());
        values.put("screen_update_cpu_us_per_note_and_screen", screenMicrosPerPair);
        values.put("push_writers_cpu_us_per_note_and_screen", writersMicrosPerPair);
        values.put("request_cpu_ms_per_note_sent", requestMillisPerNote);
        values.put("cores_the_pace_needs_for_screen_updates", coresForScreens);
        values.put("first_after_quiet_per_screen", afterQuiet.perScreen().summary());
        boolean errorsFree = failures.get() == 0 && closed == 0 && figures.missing() == 0 && afterQuiet.missing() == 0;
        if (!errorsFree || figures.perScreen().percentileMillis(95) > 1_000) {
            int cores = Runtime.getRuntime().availableProcessors();
            double coresNeeded = coresForScreens + requestMillisPerNote * config.burstNotesPerSecond() / 1_000;
            String saving = failures.get() == 0 && closed == 0
                    ? String.format(Locale.UK, "The saving itself kept up (acknowledged p99 %.0f ms, no errors).",
                            acknowledged.percentileMillis(99))
                    : String.format(Locale.UK, "%,d notes were not confirmed saved and %d connections were lost "
                            + "%s(acknowledged p99 %.0f ms).", failures.get(), closed,
                            lostBecause.isEmpty() ? "" : "(" + lostBecause + ") ", acknowledged.percentileMillis(99));
            String limit = coresNeeded > appCpu * cores
                    ? String.format(Locale.UK, "That is more than the %.2f cores the app got during the burst, so the "
                            + "screens fall behind for want of CPU, not waiting on a lock or the network.", appCpu * cores)
                    : String.format(Locale.UK, "The app got %.2f cores during the burst, more than that: the "
                            + "updates waited on something other than CPU.", appCpu * cores);
            report.finding(String.format(Locale.UK, "**Burst (figure 4).** The screens could not keep up: during the "
                    + "burst the app used %.0f %% of the machine's CPU and the whole machine (app, Chromium, the "
                    + "protocol clients) %.0f %%; a screen received %.2f pushes a second on average with %,d notes "
                    + "on the board by the end, and %,d (note, screen) pairs had not arrived %d s after the last "
                    + "note was saved. %s Measured in CPU time (which other processes taking the cores do not "
                    + "inflate): a (note, screen) pair shown cost the app %.0f µs on the screen workers and %.0f µs "
                    + "on Atmosphere's threads writing the pushes, so %d notes a second to %d screens need %.2f cores "
                    + "for the screens alone; each note sent cost "
                    + "%.1f ms on the request threads (opening the dialog, saving, and the %,d resynchronisations "
                    + "participants asked for when a message reached them too late), %.2f cores in all at this pace, "
                    + "on %d cores shared with the load generator. %s Tried: a screen reads only the notes "
                    + "changed since its last update (Notes.NoteFeed), and a note's push carries the note alone "
                    + "(no unchanged text or countdown script sent again, NotePushBrowserlessTest).",
                    appCpu * 100, machineCpu * 100, rate.mean(), notesSent + sent, figures.missing(),
                    ARRIVAL_TIMEOUT.toSeconds(), saving, screenMicrosPerPair, writersMicrosPerPair,
                    config.burstNotesPerSecond(),
                    screenNames.size(), coresForScreens, requestMillisPerNote, resyncs, coresNeeded, cores, limit));
        }
        report.figure(new BenchReport.Figure("4", String.format(Locale.UK,
                "Burst: %d participants, %d notes/s for %d s", participants.size(), config.burstNotesPerSecond(),
                config.burstSeconds()),
                String.format(Locale.UK, "%d errors; app CPU %.0f %%, machine %.0f %%; pushes/screen/s max %d, mean %.1f; "
                        + "latency %s; first after quiet p95 %.1f ms", failures.get() + closed + figures.missing(),
                        appCpu * 100, machineCpu * 100, rate.most(), rate.mean(), figures.perScreen(),
                        afterQuiet.perScreen().percentileMillis(95)),
                "no errors; ≤ 4 pushes/screen/s; first change after quiet at once",
                errorsFree && rate.most() <= 4, values));
    }

    /**
     * Waits for the burst's sends to be answered (a send gives up by itself after its own wait for
     * the app); the ones still unanswered after that count as failures, so that an overloaded app
     * still gets its report instead of stopping the run.
     */
    private static String firstLine(String text) {
        String line = text.lines().findFirst().orElse("");
        return line.length() > 120 ? line.substring(0, 120) + "…" : line;
    }

    private static long awaitSends(List<CompletableFuture<?>> sends) throws InterruptedException {
        try {
            CompletableFuture.allOf(sends.toArray(CompletableFuture[]::new)).exceptionally(e -> null)
                    .get(ARRIVAL_TIMEOUT.toSeconds() + 2 * ProtocolParticipant.TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            return 0;
        } catch (TimeoutException | ExecutionException e) {
            return sends.stream().filter(send -> !send.isDone()).count();
        }
    }

    /** A participant who is not writing a note now, picked at random; null when everyone is. */
    private @Nullable ProtocolParticipant idleParticipant() {
        int start = ThreadLocalRandom.current().nextInt(participants.size());
        for (int i = 0; i < participants.size(); i++) {
            ProtocolParticipant candidate = participants.get((start + i) % participants.size());
            if (!candidate.isWriting()) {
                return candidate;
            }
        }
        return null;
    }

    // --- Figures 3 and 5 at the change log ---------------------------------------------------------

    private void logFigures() throws Exception {
        LogLatency.Figures figures = LogLatency.measure(work.resolve("log"), config.logAppends(), config.logPropagated());
        Map<String, Object> ack = new LinkedHashMap<>();
        ack.put("one_author", figures.oneAuthor().summary());
        ack.put("four_authors", figures.fourAuthors().summary());
        ack.put("four_authors_per_second", figures.fourPerSecond());
        report.figure(new BenchReport.Figure("3-log", "Durable acknowledgement at the change log (journal forced)",
                "one author " + figures.oneAuthor() + "; four at once p99 "
                        + String.format(Locale.UK, "%.1f ms", figures.fourAuthors().percentileMillis(99)),
                "p99 ≤ 20 ms", figures.fourAuthors().percentileMillis(99) <= 20, ack));
        if (appAcknowledged.percentileMillis(99) > 20) {
            report.finding(String.format(Locale.UK, "**Durable acknowledgement (figure 3).** At the change log, "
                    + "with the journal forced, p99 %.1f ms from one author and %.1f ms from four at once. Through "
                    + "the app, from the request that saves a note to its answer, p99 %.0f ms: the difference is the "
                    + "request's own work on a busy machine (Vaadin's session lock, the dialog closing, the author's "
                    + "own screen updated in the same answer) while the room's screens are being updated.",
                    figures.oneAuthor().percentileMillis(99), figures.fourAuthors().percentileMillis(99),
                    appAcknowledged.percentileMillis(99)));
        }
        if (figures.propagation().percentileMillis(99) > 5) {
            report.finding(String.format(Locale.UK, "**Propagation (figure 5).** p99 %.1f ms with %d reorderings: "
                    + "both members, their journals and the author run in one JVM on the machine's %d cores, and the "
                    + "slowest hundredth follows whatever else the machine runs (the median is %.1f ms).",
                    figures.propagation().percentileMillis(99), figures.reorderings(),
                    Runtime.getRuntime().availableProcessors(), figures.propagation().percentileMillis(50)));
        }
        Map<String, Object> propagation = new LinkedHashMap<>(figures.propagation().summary());
        propagation.put("reorderings", figures.reorderings());
        propagation.put("changes_per_second", figures.propagatedPerSecond());
        report.figure(new BenchReport.Figure("5", "Propagation between two Hazelcast members",
                figures.propagation() + ", " + figures.reorderings() + " reorderings",
                "p99 ≤ 5 ms, 0 reorderings in 100,000",
                figures.propagation().percentileMillis(99) <= 5 && figures.reorderings() == 0
                        && figures.propagation().count() >= 100_000 ? Boolean.TRUE
                        : figures.propagation().count() < 100_000 ? null : Boolean.FALSE,
                propagation));
    }

    // --- The machine ---------------------------------------------------------------------------------

    private void describeMachine() throws IOException {
        report.machine("cores", Runtime.getRuntime().availableProcessors());
        report.machine("cpu", MachineCpu.model());
        report.machine("memory", MachineCpu.memory());
        report.machine("os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
        report.machine("load average at start", MachineCpu.loadAverage());
        report.machine("note", "the load generator (protocol clients, Chromium, the floor's clients) runs on the same "
                + "machine; machines are shared and noisy: compare within one report");
        report.version("Java", System.getProperty("java.vm.name") + " " + Runtime.version());
        report.version("Vaadin Flow", Version.getFullVersion());
        report.version("Spring Boot", SpringBootVersion.getVersion());
        report.version("Hazelcast", BuildInfoProvider.getBuildInfo().getVersion());
        report.version("MapDB", MachineCpu.mavenVersion("org.mapdb", "mapdb"));
    }

    /** CPU time of the app's threads between two readings, by what they do. */
    record ThreadCpu(Map<String, Long> nanosByGroup) {

        /** The screens' updates: the workers that run them. */
        long screens() {
            return sum(group -> group.startsWith("screen-update"));
        }

        /** Atmosphere's threads, which queue each push and write it to its WebSocket. */
        long pushWriters() {
            return sum(group -> group.startsWith("Atmosphere"));
        }

        /** The web server's request threads. */
        long requests() {
            return sum(group -> group.startsWith("http-nio") && group.endsWith("exec"));
        }

        Map<String, Long> millisByGroup() {
            Map<String, Long> millis = new LinkedHashMap<>();
            nanosByGroup.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(12)
                    .forEach(entry -> millis.put(entry.getKey(), entry.getValue() / 1_000_000));
            return millis;
        }

        private long sum(java.util.function.Predicate<String> which) {
            return nanosByGroup.entrySet().stream().filter(entry -> which.test(entry.getKey()))
                    .mapToLong(Map.Entry::getValue).sum();
        }
    }
}
