package org.roundtable.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class JoinAttemptsTest {

    private static final String TABLET = "192.0.2.10";
    private static final String OTHER_TABLET = "192.0.2.11";

    private final TestClock clock = new TestClock(Instant.parse("2025-03-04T09:30:00Z"));
    private final JoinAttempts attempts = new JoinAttempts(clock);

    @Test
    void a_client_that_has_not_tried_yet_may_try_at_once() {
        assertThat(attempts.waitFor(TABLET)).isZero();
    }

    @Test
    void the_first_three_wrong_codes_cost_no_waiting() {
        attempts.failed(TABLET);
        assertThat(attempts.waitFor(TABLET)).isZero();
        attempts.failed(TABLET);
        assertThat(attempts.waitFor(TABLET)).isZero();
        attempts.failed(TABLET);

        assertThat(attempts.waitFor(TABLET)).as("after the third wrong code").isPositive();
    }

    @Test
    void every_further_wrong_code_doubles_the_wait() {
        failTimes(TABLET, 3);

        Duration previous = attempts.waitFor(TABLET);
        assertThat(previous).isEqualTo(Duration.ofSeconds(1));
        for (int i = 0; i < 6; i++) {
            clock.advance(previous);
            assertThat(attempts.waitFor(TABLET)).isZero();
            attempts.failed(TABLET);

            Duration next = attempts.waitFor(TABLET);
            assertThat(next).isEqualTo(previous.multipliedBy(2));
            previous = next;
        }
        assertThat(previous).isEqualTo(Duration.ofSeconds(64));
    }

    @Test
    void the_wait_counts_down_as_time_passes() {
        failTimes(TABLET, 5);
        assertThat(attempts.waitFor(TABLET)).isEqualTo(Duration.ofSeconds(4));

        clock.advance(Duration.ofMillis(2_500));
        assertThat(attempts.waitFor(TABLET)).isEqualTo(Duration.ofMillis(1_500));

        clock.advance(Duration.ofMillis(1_500));
        assertThat(attempts.waitFor(TABLET)).isZero();
    }

    @Test
    void the_wait_never_grows_beyond_five_minutes() {
        Duration longest = Duration.ZERO;
        for (int i = 0; i < 30; i++) {
            clock.advance(attempts.waitFor(TABLET));
            attempts.failed(TABLET);
            Duration wait = attempts.waitFor(TABLET);
            assertThat(wait).isLessThanOrEqualTo(Duration.ofMinutes(5));
            longest = wait.compareTo(longest) > 0 ? wait : longest;
        }

        assertThat(longest).isEqualTo(Duration.ofMinutes(5));
        assertThat(attempts.waitFor(TABLET)).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void a_right_code_clears_the_count() {
        failTimes(TABLET, 6);
        clock.advance(attempts.waitFor(TABLET));

        attempts.succeeded(TABLET);

        assertThat(attempts.waitFor(TABLET)).isZero();
        failTimes(TABLET, 2);
        assertThat(attempts.waitFor(TABLET)).as("two wrong codes after a right one are free again").isZero();
    }

    @Test
    void fifteen_quiet_minutes_forgive_the_wrong_codes() {
        failTimes(TABLET, 12);
        assertThat(attempts.waitFor(TABLET)).isEqualTo(Duration.ofMinutes(5));

        clock.advance(Duration.ofMinutes(15));

        assertThat(attempts.waitFor(TABLET)).isZero();
        attempts.failed(TABLET);
        attempts.failed(TABLET);
        assertThat(attempts.waitFor(TABLET)).as("forgiven: the count started again").isZero();
    }

    @Test
    void wrong_codes_below_the_threshold_are_forgiven_too() {
        failTimes(TABLET, 2);

        clock.advance(Duration.ofHours(1));
        attempts.failed(TABLET);
        attempts.failed(TABLET);

        assertThat(attempts.waitFor(TABLET)).as("only two wrong codes in the last quarter hour").isZero();
    }

    @Test
    void fourteen_quiet_minutes_do_not_forgive() {
        failTimes(TABLET, 12);

        clock.advance(Duration.ofMinutes(14));

        assertThat(attempts.waitFor(TABLET)).isZero();
        attempts.failed(TABLET);
        assertThat(attempts.waitFor(TABLET)).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void one_clients_wrong_codes_do_not_slow_another_client() {
        failTimes(TABLET, 8);

        assertThat(attempts.waitFor(TABLET)).isPositive();
        assertThat(attempts.waitFor(OTHER_TABLET)).isZero();
        failTimes(OTHER_TABLET, 3);
        assertThat(attempts.waitFor(OTHER_TABLET)).isEqualTo(Duration.ofSeconds(1));

        attempts.succeeded(OTHER_TABLET);
        assertThat(attempts.waitFor(TABLET)).isPositive();
    }

    private void failTimes(String client, int times) {
        for (int i = 0; i < times; i++) {
            attempts.failed(client);
        }
    }

    /** A clock the test moves by hand. */
    private static final class TestClock extends Clock {
        private Instant now;

        TestClock(Instant start) {
            this.now = start;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
