package org.roundtable.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FileNamesTest {

    @Test
    void a_pseudonym_keeps_its_letters_and_digits_and_nothing_that_could_leave_the_folder() {
        assertThat(FileNames.of("key-events", "Child ../../etc/passwd \"Q\"")).isEqualTo("key-events-Child-etc-passwd-Q");
        assertThat(FileNames.of("record", "Siân O'Neill\r\n")).isEqualTo("record-Siân-O-Neill");
    }

    @Test
    void nothing_left_gives_the_prefix_alone_and_a_long_name_is_cut() {
        assertThat(FileNames.of("record", "../..")).isEqualTo("record");
        assertThat(FileNames.part("a".repeat(200))).hasSize(FileNames.MAX_PART);
    }
}
