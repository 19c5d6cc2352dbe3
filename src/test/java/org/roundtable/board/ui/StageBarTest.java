package org.roundtable.board.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.roundtable.shared.Texts;

class StageBarTest {

    @Test
    void the_timer_reads_minutes_and_seconds_and_says_how_far_over_an_overrun_is() {
        assertThat(StageBar.clock(Texts.ENGLISH, 245)).isEqualTo("04:05");
        assertThat(StageBar.clock(Texts.ENGLISH, 0)).isEqualTo("00:00");
        assertThat(StageBar.clock(Texts.ENGLISH, -130)).isEqualTo("+02:10 over");
        assertThat(StageBar.clock(Texts.ENGLISH, 75 * 60)).isEqualTo("75:00");
    }

    @Test
    void an_overrun_reads_in_welsh_on_a_welsh_screen() {
        assertThat(StageBar.clock(Texts.WELSH, -130)).isEqualTo("+02:10 dros amser");
        assertThat(StageBar.clock(Texts.WELSH, 245)).isEqualTo("04:05");
    }
}
