package org.roundtable.board.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StageBarTest {

    @Test
    void the_timer_reads_minutes_and_seconds_and_says_how_far_over_an_overrun_is() {
        assertThat(StageBar.clock(245)).isEqualTo("04:05");
        assertThat(StageBar.clock(0)).isEqualTo("00:00");
        assertThat(StageBar.clock(-130)).isEqualTo("+02:10 over");
        assertThat(StageBar.clock(75 * 60)).isEqualTo("75:00");
    }
}
