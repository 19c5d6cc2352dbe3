package org.roundtable.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class LearningEventTest {

    @Test
    void an_events_log_id_is_one_string_made_once() {
        String first = LearningEvent.logIdOf("e-41");

        assertThat(first).isEqualTo("event:e-41");
        assertThat(LearningEvent.logIdOf("e-41")).isSameAs(first);
        assertThat(LearningEvent.logIdOf("e-42")).isEqualTo("event:e-42");
    }

    @Test
    void log_ids_of_very_many_events_are_still_right() {
        IntStream.range(0, 3_000).forEach(i -> assertThat(LearningEvent.logIdOf("many-" + i)).isEqualTo("event:many-" + i));
    }
}
