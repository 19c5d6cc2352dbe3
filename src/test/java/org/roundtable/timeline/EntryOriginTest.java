package org.roundtable.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.roundtable.live.LoggedChange;
import org.roundtable.live.store.ChangeCodec;

/** Entries say where they come from; entries in logs written before that read as prepared. */
class EntryOriginTest {

    private final ChangeCodec codec = new ChangeCodec(List.of(TimelineChange.TYPES));
    private final TimelineEntry entry = new TimelineEntry("e1", "POL", ChronologyDate.onDay(LocalDate.of(2024, 3, 4)),
            null, null, "Call-out.", null, null, null, false);

    @Test
    void an_entry_in_an_old_log_without_an_origin_reads_as_prepared() {
        String json = new String(codec.encode(new LoggedChange("event:x", 1, Instant.EPOCH, "system",
                new TimelineChange.EntryAdded(entry, null))), StandardCharsets.UTF_8);
        String old = json.replace(",\"origin\":\"PREPARED\"", "");
        assertThat(old).doesNotContain("origin");

        LoggedChange read = codec.decode(old.getBytes(StandardCharsets.UTF_8));

        assertThat(((TimelineChange.EntryAdded) read.change()).entry().origin()).isEqualTo(EntryOrigin.PREPARED);
    }

    @Test
    void an_entry_corrected_at_the_event_keeps_its_mark_through_the_log() {
        var corrected = new TimelineChange.EntryCorrectedAtEvent(entry,
                entry.withOrigin(EntryOrigin.CORRECTED_AT_EVENT), "n1");

        LoggedChange read = codec.decode(codec.encode(new LoggedChange("event:x", 2, Instant.EPOCH, "system",
                corrected)));

        assertThat(read.change()).isEqualTo(corrected);
        assertThat(((TimelineChange.EntryCorrectedAtEvent) read.change()).after().origin())
                .isEqualTo(EntryOrigin.CORRECTED_AT_EVENT);
    }
}
