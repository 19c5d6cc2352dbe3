package org.roundtable.live.store;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The journal keeps every whole record, in the order written, and drops only what a crash cut off
 * at its end; anything else that does not check out stops it from opening.
 */
class ChangeJournalTest {

    @TempDir
    Path folder;

    private Path file() {
        return folder.resolve("roundtable.db.journal");
    }

    private static ChangeJournal.Entry entry(String logId, long sequence, String text) {
        return new ChangeJournal.Entry(logId, sequence, text.getBytes(UTF_8));
    }

    private List<String> reopened() {
        List<String> read = new ArrayList<>();
        try (ChangeJournal journal = ChangeJournal.open(file(), e -> read.add(e.logId() + "#" + e.sequence() + "="
                + new String(e.encoded(), UTF_8)), opened -> { })) {
            return read;
        }
    }

    private void write(List<List<ChangeJournal.Entry>> batches) {
        try (ChangeJournal journal = ChangeJournal.open(file(), e -> { }, opened -> { })) {
            for (List<ChangeJournal.Entry> batch : batches) {
                journal.sync(journal.append(batch)[1]);
            }
        }
    }

    @Test
    void entries_are_read_back_in_the_order_written_after_reopening() {
        write(List.of(List.of(entry("event:a", 1, "one")), List.of(entry("event:b", 1, "uno")),
                List.of(entry("event:a", 2, "two"), entry("event:a", 3, "three"))));

        assertThat(reopened()).containsExactly("event:a#1=one", "event:b#1=uno", "event:a#2=two", "event:a#3=three");
    }

    @Test
    void a_record_cut_off_by_a_crash_is_dropped_and_the_journal_goes_on_after_the_last_whole_one() throws IOException {
        write(List.of(List.of(entry("event:a", 1, "one")), List.of(entry("event:a", 2, "two"))));
        long whole = Files.size(file());
        write(List.of(List.of(entry("event:a", 3, "three is cut off"))));
        cutTo(Files.size(file()) - 5);
        AtomicReference<ChangeJournal.Opened> found = new AtomicReference<>();

        try (ChangeJournal journal = ChangeJournal.open(file(), e -> { }, found::set)) {
            assertThat(found.get().entries()).isEqualTo(2);
            assertThat(found.get().droppedBytes()).isPositive();
            assertThat(Files.size(file())).isEqualTo(whole);
            journal.sync(journal.append(List.of(entry("event:a", 3, "three again")))[1]);
        }
        assertThat(reopened()).containsExactly("event:a#1=one", "event:a#2=two", "event:a#3=three again");
    }

    @Test
    void a_batch_cut_off_by_a_crash_is_dropped_whole() throws IOException {
        write(List.of(List.of(entry("event:a", 1, "one"))));
        write(List.of(List.of(entry("event:a", 2, "two"), entry("event:a", 3, "three"), entry("event:a", 4, "four"))));
        cutTo(Files.size(file()) - 3);

        assertThat(reopened()).containsExactly("event:a#1=one");
    }

    @Test
    void bytes_after_the_last_record_that_are_not_a_record_are_dropped() throws IOException {
        write(List.of(List.of(entry("event:a", 1, "one"))));
        try (FileChannel channel = FileChannel.open(file(), StandardOpenOption.APPEND)) {
            channel.write(ByteBuffer.wrap(new byte[] {0x52, 0x4A, 0x52, 0x43, 0, 0, 0, 40, 1, 2, 3}));
        }

        assertThat(reopened()).containsExactly("event:a#1=one");
    }

    @Test
    void a_damaged_record_with_whole_records_after_it_stops_the_journal_from_opening() throws IOException {
        write(List.of(List.of(entry("event:a", 1, "one")), List.of(entry("event:a", 2, "two")),
                List.of(entry("event:a", 3, "three"))));
        byte[] bytes = Files.readAllBytes(file());
        int at = new String(bytes, UTF_8).indexOf("two");
        bytes[at] = 'T';
        Files.write(file(), bytes);

        assertThatThrownBy(this::reopened)
                .isInstanceOf(ChangeJournal.JournalDamagedException.class)
                .hasMessageContaining("damaged at byte")
                .hasMessageContaining("backup");
    }

    @Test
    void a_file_that_is_not_a_journal_is_refused() throws IOException {
        Files.writeString(file(), "this is not a journal at all");

        assertThatThrownBy(this::reopened).isInstanceOf(ChangeJournal.JournalDamagedException.class)
                .hasMessageContaining("not a Roundtable journal");
    }

    @Test
    void a_rewrite_keeps_only_the_logs_asked_for_and_leaves_none_of_the_others_bytes() throws IOException {
        write(List.of(List.of(entry("event:a", 1, "SECRET-ONE")), List.of(entry("event:b", 1, "kept")),
                List.of(entry("event:a", 2, "SECRET-TWO"))));
        try (ChangeJournal journal = ChangeJournal.open(file(), e -> { }, opened -> { })) {
            ChangeJournal rewritten = journal.rewrite(logId -> !logId.equals("event:a"), e -> e);
            rewritten.sync(rewritten.append(List.of(entry("event:b", 2, "after")))[1]);
            rewritten.close();
        }

        assertThat(reopened()).containsExactly("event:b#1=kept", "event:b#2=after");
        assertThat(new String(Files.readAllBytes(file()), UTF_8)).doesNotContain("SECRET");
    }

    private void cutTo(long size) throws IOException {
        try (FileChannel channel = FileChannel.open(file(), StandardOpenOption.WRITE)) {
            channel.truncate(size);
        }
    }
}
