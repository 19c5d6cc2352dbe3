package org.roundtable.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class StageTimerTest {

    private static final Instant NINE = Instant.parse("2026-11-30T09:00:00Z");

    @Test
    void a_started_timer_counts_down_from_the_planned_time() {
        StageTimer timer = StageTimer.startedAt(Duration.ofMinutes(20), NINE);

        assertThat(timer.running()).isTrue();
        assertThat(timer.remaining(NINE.plusSeconds(90))).isEqualTo(Duration.ofMinutes(20).minusSeconds(90));
    }

    @Test
    void a_paused_timer_keeps_the_time_used_and_stands_still() {
        StageTimer paused = StageTimer.startedAt(Duration.ofMinutes(20), NINE).pausedAt(NINE.plusSeconds(300));

        assertThat(paused.running()).isFalse();
        assertThat(paused.remaining(NINE.plusSeconds(3000))).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void started_again_it_carries_on_from_where_it_was_paused() {
        StageTimer timer = StageTimer.startedAt(Duration.ofMinutes(20), NINE)
                .pausedAt(NINE.plusSeconds(300))
                .resumedAt(NINE.plusSeconds(600));

        assertThat(timer.remaining(NINE.plusSeconds(660))).isEqualTo(Duration.ofMinutes(14));
    }

    @Test
    void starting_a_running_timer_or_pausing_a_paused_one_changes_nothing() {
        StageTimer running = StageTimer.startedAt(Duration.ofMinutes(20), NINE);
        StageTimer paused = running.pausedAt(NINE.plusSeconds(60));

        assertThat(running.resumedAt(NINE.plusSeconds(120))).isEqualTo(running);
        assertThat(paused.pausedAt(NINE.plusSeconds(600))).isEqualTo(paused);
    }

    @Test
    void time_added_extends_what_is_left_and_an_overrun_is_negative() {
        StageTimer timer = StageTimer.startedAt(Duration.ofMinutes(10), NINE);

        assertThat(timer.remaining(NINE.plusSeconds(730))).isEqualTo(Duration.ofSeconds(-130));
        assertThat(timer.plus(Duration.ofMinutes(5)).remaining(NINE.plusSeconds(730)))
                .isEqualTo(Duration.ofSeconds(170));
    }
}
