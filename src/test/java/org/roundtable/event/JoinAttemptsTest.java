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

    @Test
    void a_code_lets_its_limit_of_people_join_in_a_minute_and_the_next_waits_for_the_minute_to_move_on() {
        JoinAttempts limited = new JoinAttempts(clock, 5, 200);
        for (int i = 0; i < 5; i++) {
            assertThat(limited.waitForCode("7KQ2XM9D")).isZero();
            assertThat(limited.tryJoin("7KQ2XM9D")).as("join %d", i + 1).isTrue();
            clock.advance(Duration.ofSeconds(10));
        }

        assertThat(limited.tryJoin("7KQ2XM9D")).as("the sixth within a minute").isFalse();
        assertThat(limited.waitForCode("7KQ2XM9D")).isEqualTo(Duration.ofSeconds(10));
        assertThat(limited.tryJoin("ABCD1234")).as("another event's code is not slowed").isTrue();

        clock.advance(Duration.ofSeconds(10));
        assertThat(limited.tryJoin("7KQ2XM9D")).as("the first join left the minute").isTrue();
    }

    @Test
    void a_room_of_five_hundred_gets_in_within_five_minutes_at_the_default_limit() {
        int joined = 0;
        for (int second = 0; second < 5 * 60 && joined < 500; second++) {
            while (joined < 500 && attempts.tryJoin("7KQ2XM9D")) {
                joined++;
            }
            clock.advance(Duration.ofSeconds(1));
        }

        assertThat(joined).isEqualTo(500);
    }

    @Test
    void wrong_codes_spread_over_many_addresses_spend_a_budget_that_then_makes_every_address_wait() {
        JoinAttempts budgeted = new JoinAttempts(clock, 120, 20);
        for (int i = 0; i < 19; i++) {
            budgeted.failed("198.51.100." + i);
        }
        assertThat(budgeted.waitForEveryone()).isZero();

        budgeted.failed("198.51.100.19");

        assertThat(budgeted.waitForEveryone()).isEqualTo(Duration.ofMinutes(1));
        assertThat(budgeted.waitFor("203.0.113.7")).as("each address on its own is still free").isZero();
        clock.advance(Duration.ofSeconds(59));
        assertThat(budgeted.waitForEveryone()).isEqualTo(Duration.ofSeconds(1));
        clock.advance(Duration.ofSeconds(1));
        assertThat(budgeted.waitForEveryone()).isZero();
    }

    @Test
    void the_first_refusal_from_an_address_is_audited_and_the_rest_of_its_burst_is_not() {
        assertThat(attempts.firstRefusalInAWhile(TABLET)).isTrue();
        for (int i = 0; i < 50; i++) {
            assertThat(attempts.firstRefusalInAWhile(TABLET)).isFalse();
            clock.advance(Duration.ofSeconds(10));
        }
        assertThat(attempts.firstRefusalInAWhile(OTHER_TABLET)).isTrue();

        clock.advance(Duration.ofMinutes(7));
        assertThat(attempts.firstRefusalInAWhile(TABLET)).as("a quarter of an hour after the first").isTrue();
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
