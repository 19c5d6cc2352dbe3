package org.roundtable.live.store;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MapDbChangeStoreTest {

    private static final String EVENT = "event:one";
    private static final String OTHER_EVENT = "event:two";

    @TempDir
    Path folder;

    private Path file;
    private MapDbChangeStore store;

    @BeforeEach
    void open() {
        file = folder.resolve("roundtable.db");
        store = MapDbChangeStore.open(file, TestStoreKeys.cipher());
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void a_log_is_read_back_in_sequence_order_whatever_order_it_was_stored_in() {
        for (long sequence : new long[] {3, 1, 10, 2, 11}) {
            assertThat(store.put(EVENT, sequence, bytes(EVENT + "#" + sequence))).isTrue();
        }

        assertThat(texts(store.read(EVENT)))
                .containsExactly("event:one#1", "event:one#2", "event:one#3", "event:one#10", "event:one#11");
    }

    @Test
    void each_log_reads_back_only_its_own_changes() {
        store.put(EVENT, 1, bytes("one"));
        store.put(OTHER_EVENT, 1, bytes("two"));
        store.put(EVENT + "0", 1, bytes("a log whose id starts like another's"));
        store.put(EVENT, 2, bytes("one again"));

        assertThat(texts(store.read(EVENT))).containsExactly("one", "one again");
        assertThat(texts(store.read(OTHER_EVENT))).containsExactly("two");
        assertThat(store.read("event:none")).isEmpty();
    }

    @Test
    void a_position_already_stored_is_not_written_again() {
        assertThat(store.put(EVENT, 1, bytes("first"))).isTrue();

        assertThat(store.put(EVENT, 1, bytes("second"))).isFalse();

        assertThat(texts(store.read(EVENT))).containsExactly("first");
        assertThat(new String(store.get(EVENT, 1), UTF_8)).isEqualTo("first");
    }

    @Test
    void one_position_can_be_read_on_its_own() {
        store.put(EVENT, 1, bytes("first"));
        store.put(EVENT, 2, bytes("second"));

        assertThat(new String(store.get(EVENT, 2), UTF_8)).isEqualTo("second");
        assertThat(store.get(EVENT, 3)).isNull();
        assertThat(store.get(OTHER_EVENT, 1)).isNull();
    }

    @Test
    void the_head_of_each_log_is_its_highest_stored_sequence() {
        assertThat(store.heads()).isEmpty();

        store.put(EVENT, 1, bytes("a"));
        store.put(EVENT, 3, bytes("c"));
        store.put(EVENT, 2, bytes("b"));
        store.put(OTHER_EVENT, 1, bytes("x"));

        assertThat(store.heads()).containsOnly(entry(EVENT, 3L), entry(OTHER_EVENT, 1L));
    }

    @Test
    void the_heads_handed_out_are_a_copy() {
        store.put(EVENT, 1, bytes("a"));

        store.heads().clear();

        assertThat(store.heads()).containsKey(EVENT);
    }

    @Test
    void changes_and_heads_survive_closing_and_reopening_the_file() {
        for (long sequence = 1; sequence <= 50; sequence++) {
            store.put(EVENT, sequence, bytes("change " + sequence));
        }
        store.put(OTHER_EVENT, 1, bytes("other"));

        store.close();
        store = MapDbChangeStore.open(file, TestStoreKeys.cipher());

        assertThat(store.read(EVENT)).hasSize(50);
        assertThat(texts(store.read(EVENT)).getFirst()).isEqualTo("change 1");
        assertThat(texts(store.read(EVENT)).getLast()).isEqualTo("change 50");
        assertThat(store.heads()).containsEntry(EVENT, 50L).containsEntry(OTHER_EVENT, 1L);
        assertThat(store.put(EVENT, 50, bytes("again"))).as("still known after reopening").isFalse();
        assertThat(store.put(EVENT, 51, bytes("change 51"))).isTrue();
    }

    @Test
    void changes_stored_together_take_consecutive_positions_and_move_the_head_to_the_last() {
        store.put(EVENT, 1, bytes("single"));

        store.putAll(EVENT, 2, List.of(bytes("row 1"), bytes("row 2"), bytes("row 3")));

        assertThat(texts(store.read(EVENT))).containsExactly("single", "row 1", "row 2", "row 3");
        assertThat(new String(store.get(EVENT, 4), UTF_8)).isEqualTo("row 3");
        assertThat(store.heads()).containsEntry(EVENT, 4L);
        assertThat(store.put(EVENT, 3, bytes("again"))).isFalse();
    }

    @Test
    void changes_stored_together_survive_closing_and_reopening_the_file() {
        store.putAll(EVENT, 1, List.of(bytes("row 1"), bytes("row 2")));

        store.close();
        store = MapDbChangeStore.open(file, TestStoreKeys.cipher());

        assertThat(texts(store.read(EVENT))).containsExactly("row 1", "row 2");
        assertThat(store.heads()).containsEntry(EVENT, 2L);
    }

    @Test
    void closing_twice_is_harmless() {
        store.close();
        store.close();
    }

    @Test
    void a_missing_data_folder_is_created() {
        Path nested = folder.resolve("not/there/yet/roundtable.db");

        try (MapDbChangeStore fresh = MapDbChangeStore.open(nested, TestStoreKeys.cipher())) {
            fresh.put(EVENT, 1, bytes("a"));
        }

        assertThat(Files.exists(nested)).isTrue();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(UTF_8);
    }

    private static List<String> texts(List<byte[]> stored) {
        return stored.stream().map(b -> new String(b, UTF_8)).toList();
    }

    @Test
    void a_removed_log_leaves_no_byte_in_the_folder_and_the_other_logs_stay_readable_and_writable()
            throws Exception {
        for (long sequence = 1; sequence <= 50; sequence++) {
            store.put(EVENT, sequence, bytes("{\"text\":\"SECRET-MARKER " + sequence + "\"}"));
            store.put(OTHER_EVENT, sequence, bytes("kept " + sequence));
        }
        assertThat(filesHolding("SECRET-MARKER")).as("MapDB keeps removed bytes until rewritten").isNotEmpty();

        assertThat(store.removeLog(EVENT)).isTrue();

        assertThat(filesHolding("SECRET-MARKER")).isEmpty();
        assertThat(store.read(EVENT)).isEmpty();
        assertThat(store.heads()).containsOnlyKeys(OTHER_EVENT);
        assertThat(store.read(OTHER_EVENT)).hasSize(50);
        assertThat(store.put(OTHER_EVENT, 51, bytes("after"))).isTrue();
        assertThat(store.removeLog(EVENT)).as("a second removal finds nothing").isFalse();
        store.close();
        store = MapDbChangeStore.open(file, TestStoreKeys.cipher());
        assertThat(texts(store.read(OTHER_EVENT))).hasSize(51).endsWith("after");
        assertThat(filesHolding("SECRET-MARKER")).isEmpty();
    }

    @Test
    void a_change_the_mapdb_file_lost_is_put_back_from_the_journal_at_the_next_start() {
        store.put(EVENT, 1, bytes("one"));
        store.put(EVENT, 2, bytes("two"));
        store.close();
        // What a crash did to MapDB in our trials: a committed change missing after the restart.
        org.mapdb.DB db = org.mapdb.DBMaker.fileDB(file.toFile()).fileChannelEnable().transactionEnable().make();
        db.treeMap("changes").keySerializer(new org.mapdb.serializer.SerializerArrayTuple(
                org.mapdb.Serializer.STRING, org.mapdb.Serializer.LONG)).valueSerializer(org.mapdb.Serializer.BYTE_ARRAY)
                .createOrOpen().remove(new Object[] {EVENT, 2L});
        db.commit();
        db.close();

        store = MapDbChangeStore.open(file, TestStoreKeys.cipher());

        assertThat(texts(store.read(EVENT))).containsExactly("one", "two");
        assertThat(store.recovery().restored()).isEqualTo(1);
        assertThat(store.recovery().indexRebuilt()).isFalse();
    }

    @Test
    void a_mapdb_file_that_no_longer_opens_is_set_aside_and_rebuilt_from_the_journal() throws Exception {
        for (long sequence = 1; sequence <= 20; sequence++) {
            store.put(EVENT, sequence, bytes("change " + sequence));
        }
        store.close();
        byte[] broken = Files.readAllBytes(file);
        java.util.Arrays.fill(broken, 0, Math.min(broken.length, 4096), (byte) 0x5A);
        Files.write(file, broken);

        store = MapDbChangeStore.open(file, TestStoreKeys.cipher());

        assertThat(store.read(EVENT)).hasSize(20);
        assertThat(store.heads()).containsEntry(EVENT, 20L);
        assertThat(store.recovery().indexRebuilt()).isTrue();
        assertThat(store.put(EVENT, 21, bytes("after"))).isTrue();
        try (var files = Files.list(folder)) {
            assertThat(files.map(f -> f.getFileName().toString()))
                    .anyMatch(name -> name.startsWith("roundtable.db.damaged-"));
        }
    }

    @Test
    void a_store_from_before_the_journal_gets_one_written_from_it() throws Exception {
        StoreCipher cipher = TestStoreKeys.cipher();
        store.put(EVENT, 1, cipher.seal(bytes("one")));
        store.put(EVENT, 2, cipher.seal(bytes("two")));
        store.close();
        Files.delete(MapDbChangeStore.journalOf(file));

        store = MapDbChangeStore.open(file, cipher);
        store.close();
        Files.write(file, new byte[] {1, 2, 3});
        store = MapDbChangeStore.open(file, cipher);

        assertThat(texts(store.read(EVENT).stream().map(cipher::open).toList()))
                .as("rebuilt from the journal written at the first start").containsExactly("one", "two");
        assertThat(store.recovery().indexRebuilt()).isTrue();
    }

    @Test
    void without_a_journal_a_mapdb_file_that_does_not_open_is_refused_plainly() throws Exception {
        store.put(EVENT, 1, bytes("one"));
        store.close();
        Files.delete(MapDbChangeStore.journalOf(file));
        Files.write(file, new byte[] {1, 2, 3});

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> MapDbChangeStore.open(file, TestStoreKeys.cipher()))
                .hasMessageContaining("no journal to rebuild it from");
        store = MapDbChangeStore.open(folder.resolve("other.db"), TestStoreKeys.cipher());
    }

    @Test
    void the_journal_holds_what_the_store_acknowledged_in_the_order_it_was_stored() {
        store.put(EVENT, 1, bytes("one"));
        store.putAll(OTHER_EVENT, 1, List.of(bytes("a"), bytes("b")));
        assertThat(store.put(EVENT, 1, bytes("again"))).isFalse();
        store.close();

        List<String> journalled = new java.util.ArrayList<>();
        try (ChangeJournal journal = ChangeJournal.open(MapDbChangeStore.journalOf(file),
                e -> journalled.add(e.logId() + "#" + e.sequence() + "=" + new String(e.encoded(), UTF_8)), o -> { })) {
            assertThat(journalled).containsExactly(EVENT + "#1=one", OTHER_EVENT + "#1=a", OTHER_EVENT + "#2=b");
        }
        store = MapDbChangeStore.open(file, TestStoreKeys.cipher());
    }

    private List<Path> filesHolding(String marker) throws Exception {
        try (var files = Files.list(folder)) {
            return files.filter(f -> {
                try {
                    return new String(Files.readAllBytes(f), java.nio.charset.StandardCharsets.ISO_8859_1)
                            .contains(marker);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
        }
    }
}
