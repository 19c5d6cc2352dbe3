package org.roundtable.live.log;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import io.micrometer.core.instrument.Timer;
import org.jspecify.annotations.Nullable;
import org.roundtable.live.LiveUpdates;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Screens' subscriptions to logs. A burst of changes reaches a screen as one update: the first
 * change after a quiet period at once, then at most one update per interval. The timer only
 * decides when; the updates themselves (a screen reading what it shows and Vaadin pushing it) run
 * on the workers, so that one change reaches a room of screens on every core at once instead of
 * one screen after the other on the timer's thread.
 */
public final class CoalescingLiveUpdates implements LiveUpdates, Consumer<String> {

    private static final Logger log = LoggerFactory.getLogger(CoalescingLiveUpdates.class);

    private final Map<String, Set<Screen>> screensByLog = new ConcurrentHashMap<>();
    private final ScheduledExecutorService timer;
    private final Executor workers;
    private final long intervalNanos;
    private final @Nullable Timer latency;

    /** Updates run on the timer's own thread (for tests and single screens). */
    public CoalescingLiveUpdates(ScheduledExecutorService timer, Duration interval) {
        this(timer, timer, interval, null);
    }

    /**
     * @param workers run the screens' updates; several threads let one change reach many screens in parallel
     * @param latency times each screen update from the first change it carries to the screen's
     *                listener having run (its push queued), coalescing wait included
     */
    public CoalescingLiveUpdates(ScheduledExecutorService timer, Executor workers, Duration interval,
            @Nullable Timer latency) {
        this.timer = timer;
        this.workers = workers;
        this.intervalNanos = interval.toNanos();
        this.latency = latency;
    }

    @Override
    public Subscription subscribe(String logId, Runnable listener) {
        Screen screen = new Screen(listener);
        // Added inside compute: a set emptied and dropped by a closing screen must not take this one with it.
        screensByLog.compute(logId, (id, set) -> {
            Set<Screen> screens = set == null ? ConcurrentHashMap.newKeySet() : set;
            screens.add(screen);
            return screens;
        });
        return () -> {
            screen.closed.set(true);
            screensByLog.computeIfPresent(logId, (id, set) -> {
                set.remove(screen);
                return set.isEmpty() ? null : set;
            });
        };
    }

    /** Called by the log after a change of {@code logId} has been applied. */
    @Override
    public void accept(String logId) {
        Set<Screen> screens = screensByLog.get(logId);
        if (screens != null) {
            screens.forEach(Screen::changed);
        }
    }

    /** How many screens are subscribed now, over all logs. */
    public int subscriberCount() {
        return screensByLog.values().stream().mapToInt(Set::size).sum();
    }

    private final class Screen {
        private final Runnable listener;
        private final AtomicBoolean scheduled = new AtomicBoolean();
        private final AtomicBoolean closed = new AtomicBoolean();
        private final AtomicLong lastRun = new AtomicLong(System.nanoTime() - intervalNanos);
        private volatile long firstChange;

        Screen(Runnable listener) {
            this.listener = listener;
        }

        void changed() {
            if (closed.get() || !scheduled.compareAndSet(false, true)) {
                return;
            }
            firstChange = System.nanoTime();
            long wait = lastRun.get() + intervalNanos - System.nanoTime();
            if (wait <= 0) {
                workers.execute(this::run);
            } else {
                timer.schedule(() -> workers.execute(this::run), wait, TimeUnit.NANOSECONDS);
            }
        }

        /**
         * The interval counts from the end of the previous update (when its push left), not its
         * start, so that a slow update followed by a quick one cannot put two pushes on the wire
         * closer together than the interval.
         */
        private void run() {
            long early = lastRun.get() + intervalNanos - System.nanoTime();
            if (early > 0 && !closed.get()) {
                timer.schedule(() -> workers.execute(this::run), early, TimeUnit.NANOSECONDS);
                return;
            }
            lastRun.set(System.nanoTime());
            scheduled.set(false);
            if (closed.get()) {
                return;
            }
            try {
                listener.run();
                if (latency != null) {
                    latency.record(System.nanoTime() - firstChange, TimeUnit.NANOSECONDS);
                }
            } catch (RuntimeException e) {
                log.warn("A screen update failed", e);
            } finally {
                lastRun.set(System.nanoTime());
            }
        }
    }
}
