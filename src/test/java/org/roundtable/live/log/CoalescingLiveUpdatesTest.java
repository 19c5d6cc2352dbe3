package org.roundtable.live.log;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.roundtable.testing.Eventually;
import org.roundtable.live.LiveUpdates.Subscription;

class CoalescingLiveUpdatesTest {

    private static final Duration INTERVAL = Duration.ofMillis(300);
    private static final String EVENT = "event:one";
    private static final String OTHER_EVENT = "event:two";

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
    private final CoalescingLiveUpdates updates = new CoalescingLiveUpdates(timer, INTERVAL);

    @AfterEach
    void stopTimer() throws InterruptedException {
        timer.shutdownNow();
        assertThat(timer.awaitTermination(5, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void the_first_change_after_a_quiet_spell_reaches_the_screen_at_once() throws InterruptedException {
        // A long interval makes "at once" and "after the interval" far apart.
        CoalescingLiveUpdates slowUpdates = new CoalescingLiveUpdates(timer, Duration.ofSeconds(5));
        CountDownLatch told = new CountDownLatch(1);
        slowUpdates.subscribe(EVENT, told::countDown);

        long start = System.nanoTime();
        slowUpdates.accept(EVENT);

        assertThat(told.await(4, TimeUnit.SECONDS)).isTrue();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1));
    }

    @Test
    void the_screens_of_one_change_are_updated_in_parallel_on_the_workers_not_one_after_the_other()
            throws InterruptedException {
        ExecutorService workers = Executors.newFixedThreadPool(4);
        try {
            CoalescingLiveUpdates parallel = new CoalescingLiveUpdates(timer, workers, INTERVAL, null);
            // Each screen's update waits until all four are running at once: one after the other, none would finish.
            CountDownLatch allRunning = new CountDownLatch(4);
            CountDownLatch done = new CountDownLatch(4);
            List<String> threads = new CopyOnWriteArrayList<>();
            for (int i = 0; i < 4; i++) {
                parallel.subscribe(EVENT, () -> {
                    threads.add(Thread.currentThread().getName());
                    allRunning.countDown();
                    try {
                        if (allRunning.await(5, TimeUnit.SECONDS)) {
                            done.countDown();
                        }
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                });
            }

            parallel.accept(EVENT);

            assertThat(done.await(10, TimeUnit.SECONDS)).as("four screens updated at the same time").isTrue();
            assertThat(threads).hasSize(4).doesNotHaveDuplicates();
        } finally {
            workers.shutdownNow();
        }
    }

    @Test
    void a_first_change_reaches_the_screen_before_the_interval_is_up() throws InterruptedException {
        CountDownLatch told = new CountDownLatch(1);
        updates.subscribe(EVENT, told::countDown);

        long start = System.nanoTime();
        updates.accept(EVENT);

        assertThat(told.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(INTERVAL);
    }

    @Test
    void a_burst_of_a_hundred_changes_reaches_the_screen_as_at_most_two_updates_the_last_after_the_burst()
            throws InterruptedException {
        AtomicInteger changesMade = new AtomicInteger();
        List<Integer> changesSeenByScreen = new CopyOnWriteArrayList<>();
        updates.subscribe(EVENT, () -> changesSeenByScreen.add(changesMade.get()));

        for (int i = 0; i < 100; i++) {
            changesMade.incrementAndGet();
            updates.accept(EVENT);
        }

        assertThat(eventually(() -> !changesSeenByScreen.isEmpty() && last(changesSeenByScreen) == 100,
                Duration.ofSeconds(5))).as("the screen saw the end of the burst").isTrue();
        Thread.sleep(2 * INTERVAL.toMillis());
        assertThat(changesSeenByScreen).hasSizeBetween(1, 2).endsWith(100);
    }

    @Test
    void a_steady_stream_of_changes_updates_the_screen_at_most_once_per_interval() throws InterruptedException {
        List<Long> updateTimes = new CopyOnWriteArrayList<>();
        updates.subscribe(EVENT, () -> updateTimes.add(System.nanoTime()));

        long end = System.nanoTime() + Duration.ofMillis(900).toNanos();
        while (System.nanoTime() < end) {
            updates.accept(EVENT);
            Thread.sleep(10);
        }
        Thread.sleep(INTERVAL.toMillis() + 100);

        // 0.9 s of changes: one update at once, then one per 300 ms, give or take one for timing.
        assertThat(updateTimes).hasSizeBetween(3, 5);
        for (int i = 1; i < updateTimes.size(); i++) {
            Duration gap = Duration.ofNanos(updateTimes.get(i) - updateTimes.get(i - 1));
            assertThat(gap).isGreaterThanOrEqualTo(INTERVAL.minusMillis(30));
        }
    }

    @Test
    void a_closed_subscription_gets_no_more_updates() throws InterruptedException {
        AtomicInteger calls = new AtomicInteger();
        Subscription subscription = updates.subscribe(EVENT, calls::incrementAndGet);
        updates.accept(EVENT);
        assertThat(eventually(() -> calls.get() == 1, Duration.ofSeconds(5))).isTrue();

        subscription.close();
        updates.accept(EVENT);
        updates.accept(EVENT);

        Thread.sleep(INTERVAL.toMillis() + 150);
        assertThat(calls).hasValue(1);
        assertThat(updates.subscriberCount()).isZero();
    }

    @Test
    void an_update_already_waiting_is_not_delivered_after_the_subscription_closes() throws InterruptedException {
        AtomicInteger calls = new AtomicInteger();
        Subscription subscription = updates.subscribe(EVENT, calls::incrementAndGet);
        updates.accept(EVENT);
        assertThat(eventually(() -> calls.get() == 1, Duration.ofSeconds(5))).isTrue();
        updates.accept(EVENT); // now waits for the interval

        subscription.close();

        Thread.sleep(INTERVAL.toMillis() + 150);
        assertThat(calls).hasValue(1);
    }

    @Test
    void closing_a_subscription_twice_is_harmless() {
        Subscription first = updates.subscribe(EVENT, () -> { });
        updates.subscribe(EVENT, () -> { });

        first.close();
        first.close();

        assertThat(updates.subscriberCount()).isEqualTo(1);
    }

    @Test
    void screens_of_other_events_are_not_told() throws InterruptedException {
        AtomicInteger otherCalls = new AtomicInteger();
        CountDownLatch told = new CountDownLatch(1);
        updates.subscribe(OTHER_EVENT, otherCalls::incrementAndGet);
        updates.subscribe(EVENT, told::countDown);

        updates.accept(EVENT);

        assertThat(told.await(5, TimeUnit.SECONDS)).isTrue();
        Thread.sleep(INTERVAL.toMillis());
        assertThat(otherCalls).hasValue(0);
    }

    @Test
    void every_screen_of_an_event_is_told() throws InterruptedException {
        CountDownLatch told = new CountDownLatch(3);
        for (int i = 0; i < 3; i++) {
            updates.subscribe(EVENT, told::countDown);
        }

        updates.accept(EVENT);

        assertThat(told.await(5, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void a_screen_whose_update_fails_does_not_stop_the_others_or_later_updates() throws InterruptedException {
        AtomicInteger failingCalls = new AtomicInteger();
        AtomicInteger healthyCalls = new AtomicInteger();
        updates.subscribe(EVENT, () -> {
            failingCalls.incrementAndGet();
            throw new IllegalStateException("detached");
        });
        updates.subscribe(EVENT, healthyCalls::incrementAndGet);

        updates.accept(EVENT);
        assertThat(eventually(() -> failingCalls.get() == 1 && healthyCalls.get() == 1, Duration.ofSeconds(5))).isTrue();
        updates.accept(EVENT);

        assertThat(eventually(() -> failingCalls.get() == 2 && healthyCalls.get() == 2, Duration.ofSeconds(5))).isTrue();
    }

    @Test
    void a_screen_opening_while_the_last_other_screen_closes_stays_subscribed() throws Exception {
        // One screen of an event closes while another opens: the new one must stay subscribed.
        var pool = Executors.newFixedThreadPool(2);
        try {
            for (int i = 0; i < 10_000; i++) {
                Subscription leaving = updates.subscribe(EVENT, () -> { });
                CountDownLatch go = new CountDownLatch(1);
                var opened = pool.submit(() -> {
                    go.await();
                    return updates.subscribe(EVENT, () -> { });
                });
                var closed = pool.submit(() -> {
                    go.await();
                    leaving.close();
                    return null;
                });
                go.countDown();
                Subscription staying = opened.get(5, TimeUnit.SECONDS);
                closed.get(5, TimeUnit.SECONDS);

                assertThat(updates.subscriberCount()).as("round %d", i).isEqualTo(1);
                staying.close();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void a_change_with_no_screen_watching_is_fine() {
        updates.accept(EVENT);

        assertThat(updates.subscriberCount()).isZero();
    }

    private static boolean eventually(BooleanSupplier condition, Duration within) throws InterruptedException {
        return Eventually.holds(condition, within);
    }

    private static int last(List<Integer> values) {
        return values.get(values.size() - 1);
    }
}
