package org.roundtable.live.log;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.roundtable.live.Change;
import org.roundtable.live.LoggedChange;

class InOrderDeliveryTest {

    private static final String EVENT = "event:one";
    private static final String OTHER_EVENT = "event:two";

    private record Said(String text) implements Change {
    }

    private final InOrderDelivery delivery = new InOrderDelivery();

    @Test
    void changes_arriving_in_order_are_delivered_at_once() {
        assertThat(sequences(delivery.offer(change(EVENT, 1)))).containsExactly(1L);
        assertThat(sequences(delivery.offer(change(EVENT, 2)))).containsExactly(2L);
        assertThat(sequences(delivery.offer(change(EVENT, 3)))).containsExactly(3L);
        assertThat(delivery.lastDelivered(EVENT)).isEqualTo(3);
        assertThat(delivery.waitingCount()).isZero();
    }

    @Test
    void an_early_change_waits_for_the_gap_and_then_everything_drains_in_order() {
        assertThat(delivery.offer(change(EVENT, 3))).isEmpty();
        assertThat(delivery.offer(change(EVENT, 2))).isEmpty();
        assertThat(delivery.offer(change(EVENT, 5))).isEmpty();
        assertThat(delivery.waitingCount()).isEqualTo(3);

        assertThat(sequences(delivery.offer(change(EVENT, 1)))).containsExactly(1L, 2L, 3L);
        assertThat(delivery.waitingCount()).as("5 still waits for 4").isEqualTo(1);

        assertThat(sequences(delivery.offer(change(EVENT, 4)))).containsExactly(4L, 5L);
        assertThat(delivery.waitingCount()).isZero();
    }

    @Test
    void the_waiting_change_delivered_is_the_one_that_arrived() {
        delivery.offer(new LoggedChange(EVENT, 2, Instant.EPOCH, "tablet", new Said("second")));

        List<LoggedChange> ready = delivery.offer(new LoggedChange(EVENT, 1, Instant.EPOCH, "tablet", new Said("first")));

        assertThat(ready).extracting(LoggedChange::change).containsExactly(new Said("first"), new Said("second"));
    }

    @Test
    void a_change_that_arrives_twice_is_delivered_once() {
        assertThat(delivery.offer(change(EVENT, 1))).hasSize(1);
        assertThat(delivery.offer(change(EVENT, 1))).isEmpty();

        assertThat(delivery.offer(change(EVENT, 3))).isEmpty();
        assertThat(delivery.offer(change(EVENT, 3))).isEmpty();
        assertThat(delivery.waitingCount()).isEqualTo(1);
        assertThat(sequences(delivery.offer(change(EVENT, 2)))).containsExactly(2L, 3L);
        assertThat(delivery.offer(change(EVENT, 3))).isEmpty();
    }

    @Test
    void a_change_older_than_what_was_delivered_is_dropped() {
        for (long s = 1; s <= 4; s++) {
            delivery.offer(change(EVENT, s));
        }

        assertThat(delivery.offer(change(EVENT, 2))).isEmpty();
        assertThat(delivery.waitingCount()).isZero();
        assertThat(delivery.lastDelivered(EVENT)).isEqualTo(4);
    }

    @Test
    void a_gap_in_one_log_does_not_hold_back_another() {
        assertThat(delivery.offer(change(EVENT, 2))).isEmpty();

        assertThat(sequences(delivery.offer(change(OTHER_EVENT, 1)))).containsExactly(1L);
        assertThat(sequences(delivery.offer(change(OTHER_EVENT, 2)))).containsExactly(2L);
        assertThat(delivery.lastDelivered(EVENT)).isZero();
        assertThat(delivery.lastDelivered(OTHER_EVENT)).isEqualTo(2);

        List<LoggedChange> ready = delivery.offer(change(EVENT, 1));
        assertThat(ready).extracting(LoggedChange::logId).containsOnly(EVENT);
        assertThat(sequences(ready)).containsExactly(1L, 2L);
    }

    @Test
    void after_marking_what_was_already_delivered_only_later_changes_come_through() {
        delivery.deliveredUpTo(EVENT, 5);

        assertThat(delivery.offer(change(EVENT, 5))).isEmpty();
        assertThat(delivery.offer(change(EVENT, 3))).isEmpty();
        assertThat(sequences(delivery.offer(change(EVENT, 6)))).containsExactly(6L);

        delivery.deliveredUpTo(EVENT, 2);
        assertThat(delivery.lastDelivered(EVENT)).as("marking never moves backwards").isEqualTo(6);
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 7, 42, 1234, 20250304, 987654321})
    void any_arrival_order_with_repeats_delivers_every_change_once_and_in_order(long seed) {
        Random random = new Random(seed);
        int n = 200 + random.nextInt(800);
        List<LoggedChange> arrivals = new ArrayList<>();
        for (long s = 1; s <= n; s++) {
            arrivals.add(change(EVENT, s));
            arrivals.add(change(OTHER_EVENT, s));
            if (random.nextInt(4) == 0) {
                arrivals.add(change(EVENT, s));
            }
            if (random.nextInt(10) == 0) {
                arrivals.add(change(OTHER_EVENT, 1 + random.nextInt(n)));
            }
        }
        Collections.shuffle(arrivals, random);

        List<LoggedChange> delivered = new ArrayList<>();
        for (LoggedChange arrival : arrivals) {
            delivered.addAll(delivery.offer(arrival));
        }

        List<Long> expected = LongStream.rangeClosed(1, n).boxed().toList();
        assertThat(sequences(delivered.stream().filter(c -> c.logId().equals(EVENT)).toList()))
                .containsExactlyElementsOf(expected);
        assertThat(sequences(delivered.stream().filter(c -> c.logId().equals(OTHER_EVENT)).toList()))
                .containsExactlyElementsOf(expected);
        assertThat(delivery.waitingCount()).isZero();
    }

    private static LoggedChange change(String logId, long sequence) {
        return new LoggedChange(logId, sequence, Instant.EPOCH, "tablet", new Said(logId + "#" + sequence));
    }

    private static List<Long> sequences(List<LoggedChange> changes) {
        return changes.stream().map(LoggedChange::sequence).toList();
    }
}
