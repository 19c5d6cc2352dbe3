package org.roundtable.bench;

import java.io.IOException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.jspecify.annotations.Nullable;
import org.roundtable.bench.app.AppProcess;
import org.roundtable.bench.app.AppProcess.ThreadCpuReading;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The CPU time each kind of the app's threads spent over a stretch of a run, from readings taken
 * every second. Two readings alone, one before and one after, lose the CPU of every thread
 * that ended in between (Atmosphere's push writers are a cached pool whose threads come and go), so
 * here a thread that ended keeps what it had spent by its last reading, and a thread born in
 * between counts from zero.
 */
final class ThreadCpuLedger {

    private static final Logger log = LoggerFactory.getLogger(ThreadCpuLedger.class);

    private record Spent(String group, long baseline, long latest) {
    }

    private final Map<Long, Spent> threads = new HashMap<>();
    private final @Nullable AppProcess app;
    private final @Nullable ScheduledExecutorService poller;

    /** Without {@code app} and {@code poller}, fed by {@link #start} and {@link #read} alone (for tests). */
    ThreadCpuLedger(@Nullable AppProcess app, @Nullable ScheduledExecutorService poller) {
        this.app = app;
        this.poller = poller;
    }

    /** Starts reading {@code app}'s threads now, and again every {@code every} until {@link #stop()}. */
    static ThreadCpuLedger watching(AppProcess app, Duration every) throws IOException {
        ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "thread-cpu-ledger");
            thread.setDaemon(true);
            return thread;
        });
        ThreadCpuLedger ledger = new ThreadCpuLedger(app, poller);
        ledger.start(app.threadCpu());
        poller.scheduleWithFixedDelay(ledger::readQuietly, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
        return ledger;
    }

    /** Reads once more, stops reading, and gives what each kind of thread spent since the start. */
    RoomBench.ThreadCpu stop() throws IOException, InterruptedException {
        if (app == null || poller == null) {
            return spent();
        }
        poller.shutdownNow();
        poller.awaitTermination(10, TimeUnit.SECONDS);
        read(app.threadCpu());
        return spent();
    }

    /** The first reading: what the threads alive now had spent before is not counted. */
    synchronized void start(List<ThreadCpuReading> readings) {
        readings.forEach(thread -> threads.put(thread.id(),
                new Spent(AppProcess.threadGroup(thread.name()), thread.cpuNanos(), thread.cpuNanos())));
    }

    /** A later reading: threads seen before move on, new ones count from zero, ended ones keep their last. */
    synchronized void read(List<ThreadCpuReading> readings) {
        readings.forEach(thread -> threads.merge(thread.id(),
                new Spent(AppProcess.threadGroup(thread.name()), 0, thread.cpuNanos()),
                (before, now) -> new Spent(before.group(), before.baseline(), Math.max(before.latest(), now.latest()))));
    }

    synchronized RoomBench.ThreadCpu spent() {
        Map<String, Long> byGroup = new TreeMap<>();
        threads.values().forEach(thread -> byGroup.merge(thread.group(), thread.latest() - thread.baseline(), Long::sum));
        byGroup.values().removeIf(nanos -> nanos <= 0);
        return new RoomBench.ThreadCpu(byGroup);
    }

    private void readQuietly() {
        if (app == null) {
            return;
        }
        try {
            read(app.threadCpu());
        } catch (IOException | RuntimeException e) {
            log.debug("A reading of the app's threads failed; the next one counts", e);
        }
    }
}
