package org.roundtable.live.store;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mapdb.DB;
import org.mapdb.DBMaker;
import org.mapdb.Serializer;
import org.mapdb.serializer.SerializerArrayTuple;
import org.roundtable.live.Change;
import org.roundtable.live.ChangeTypes;
import org.roundtable.live.LoggedChange;

/** What is on disk: a real MapDB file, scanned byte by byte, opened with the right and the wrong keys. */
class EncryptionAtRestTest {

    record NoteAdded(String text) implements Change {
    }

    private static final ChangeTypes TYPES = new ChangeTypes(Map.of("test.NoteAdded", NoteAdded.class));
    private static final String EVENT = "event:one";
    // ASCII, so a scan of the raw bytes finds it wherever the UTF-8 JSON holds it.
    private static final String MARKER = "MARKER-Kestrel-Street-7731";

    @TempDir
    Path folder;

    private final StoreCipher original = cipherOf(StoreKey.random("the original key"), null);

    @Test
    void a_marker_written_into_a_change_is_in_no_file_of_the_store_and_reads_back_after_reopening() {
        Path file = folder.resolve("roundtable.db");
        try (MapDbChangeStore store = MapDbChangeStore.open(file, original)) {
            putNotes(store, original, 1, 40);
        }

        assertThat(filesHolding(MARKER)).isEmpty();
        try (MapDbChangeStore reopened = MapDbChangeStore.open(file, original)) {
            assertThat(texts(reopened, original)).hasSize(40).first().asString().contains(MARKER);
        }
    }

    @Test
    void the_same_note_is_sealed_differently_each_time() {
        ChangeCodec codec = new ChangeCodec(List.of(TYPES), original);
        LoggedChange change = note(1);

        assertThat(codec.encode(change)).isNotEqualTo(codec.encode(change));
        assertThat(codec.decode(codec.encode(change))).isEqualTo(change);
    }

    @Test
    void a_store_opened_with_another_key_refuses_to_open_naming_the_file_and_where_to_look() {
        Path file = folder.resolve("roundtable.db");
        try (MapDbChangeStore store = MapDbChangeStore.open(file, original)) {
            putNotes(store, original, 1, 3);
        }
        StoreCipher other = cipherOf(StoreKey.random("the key file /srv/other.key"), null);

        assertThatThrownBy(() -> MapDbChangeStore.open(file, other))
                .isInstanceOf(StoreKeyException.class)
                .hasMessageContaining(file.toAbsolutePath().toString())
                .hasMessageContaining("was written with a different key (key " + original.keys().current().id() + ")")
                .hasMessageContaining("roundtable.store.key")
                .hasMessageContaining("ROUNDTABLE_STORE_KEY")
                .hasMessageContaining("roundtable.store.key-file")
                .hasMessageContaining("the key file /srv/other.key");
        try (MapDbChangeStore stillThere = MapDbChangeStore.open(file, original)) {
            assertThat(texts(stillThere, original)).as("refusing changed nothing").hasSize(3);
        }
    }

    @Test
    void a_store_from_before_encryption_is_sealed_in_place_once_and_loses_nothing() {
        Path file = folder.resolve("roundtable.db");
        PlainStore.write(file, EVENT, 25, i -> note(i));
        assertThat(filesHolding(MARKER)).as("the old store holds plain text").isNotEmpty();

        try (MapDbChangeStore sealed = MapDbChangeStore.open(file, original)) {
            assertThat(texts(sealed, original)).hasSize(25).last().asString().contains(MARKER + " 25");
            assertThat(sealed.heads()).containsEntry(EVENT, 25L);
            putNotes(sealed, original, 26, 26);
        }

        assertThat(filesHolding(MARKER)).isEmpty();
        assertThat(folder.resolve("roundtable.db" + MapDbChangeStore.REWRITE_SUFFIX)).doesNotExist();
        try (MapDbChangeStore reopened = MapDbChangeStore.open(file, original)) {
            assertThat(texts(reopened, original)).hasSize(26);
        }
    }

    @Test
    void with_the_previous_key_set_an_old_store_is_read_and_rewritten_under_the_new_key() {
        Path file = folder.resolve("roundtable.db");
        try (MapDbChangeStore store = MapDbChangeStore.open(file, original)) {
            putNotes(store, original, 1, 10);
        }
        StoreKey next = StoreKey.random("the new key");
        StoreCipher rotating = cipherOf(next, original.keys().current());

        try (MapDbChangeStore rotated = MapDbChangeStore.open(file, rotating)) {
            assertThat(rotated.read(EVENT)).allMatch(rotating::isSealedWithCurrent);
            assertThat(texts(rotated, rotating)).hasSize(10);
        }

        StoreCipher newOnly = cipherOf(next, null);
        try (MapDbChangeStore afterwards = MapDbChangeStore.open(file, newOnly)) {
            assertThat(texts(afterwards, newOnly)).as("the previous key is no longer needed").hasSize(10);
        }
        assertThatThrownBy(() -> MapDbChangeStore.open(file, original)).isInstanceOf(StoreKeyException.class)
                .hasMessageContaining("different key");
    }

    @Test
    void records_sealed_with_the_previous_key_in_a_store_already_under_the_new_key_are_sealed_again() {
        Path file = folder.resolve("roundtable.db");
        StoreKey next = StoreKey.random("the new key");
        StoreCipher rotating = cipherOf(next, original.keys().current());
        try (MapDbChangeStore store = MapDbChangeStore.open(file, rotating)) {
            // A change sealed by a node that still had the old key, stored as it arrived.
            store.put(EVENT, 1, new ChangeCodec(List.of(TYPES), original).encode(note(1)));
        }

        try (MapDbChangeStore reopened = MapDbChangeStore.open(file, rotating)) {
            assertThat(reopened.read(EVENT)).allMatch(rotating::isSealedWithCurrent);
        }
    }

    @Test
    void an_altered_change_is_refused_rather_than_read_as_garbage() {
        ChangeCodec codec = new ChangeCodec(List.of(TYPES), original);
        byte[] sealed = codec.encode(note(1));
        sealed[sealed.length / 2] ^= 1;

        assertThatThrownBy(() -> codec.decode(sealed)).isInstanceOf(StoreKeyException.class)
                .hasMessageContaining("altered or damaged");
    }

    @Test
    void an_altered_change_stops_a_key_rotation_naming_its_log_and_position_and_keeps_the_old_file() {
        Path file = folder.resolve("roundtable.db");
        try (MapDbChangeStore store = MapDbChangeStore.open(file, original)) {
            putNotes(store, original, 1, 3);
            byte[] altered = new ChangeCodec(List.of(TYPES), original).encode(note(4));
            altered[altered.length - 1] ^= 1;
            store.put(EVENT, 4, altered);
        }
        StoreCipher rotating = cipherOf(StoreKey.random("the new key"), original.keys().current());

        assertThatThrownBy(() -> MapDbChangeStore.open(file, rotating)).isInstanceOf(StoreKeyException.class)
                .hasMessageContaining(EVENT + "#4").hasMessageContaining("altered or damaged");
        try (MapDbChangeStore untouched = MapDbChangeStore.open(file, original)) {
            assertThat(untouched.read(EVENT)).hasSize(4);
        }
    }

    @Test
    void a_change_sealed_with_a_key_this_node_does_not_have_names_both_keys() {
        byte[] foreign = new ChangeCodec(List.of(TYPES), cipherOf(StoreKey.random("elsewhere"), null))
                .encode(note(1));

        assertThatThrownBy(() -> new ChangeCodec(List.of(TYPES), original).decode(foreign))
                .isInstanceOf(StoreKeyException.class)
                .hasMessageContaining(StoreCipher.keyIdOf(foreign))
                .hasMessageContaining(original.keys().current().id());
    }

    private static StoreCipher cipherOf(StoreKey current, StoreKey previous) {
        return new StoreCipher(new StoreKeys(current, previous));
    }

    private static LoggedChange note(long sequence) {
        return new LoggedChange(EVENT, sequence, Instant.EPOCH, "participant:p1", new NoteAdded(MARKER + " " + sequence));
    }

    private static void putNotes(MapDbChangeStore store, StoreCipher cipher, long from, long to) {
        ChangeCodec codec = new ChangeCodec(List.of(TYPES), cipher);
        for (long sequence = from; sequence <= to; sequence++) {
            store.put(EVENT, sequence, codec.encode(note(sequence)));
        }
    }

    private static List<String> texts(MapDbChangeStore store, StoreCipher cipher) {
        ChangeCodec codec = new ChangeCodec(List.of(TYPES), cipher);
        return store.read(EVENT).stream().map(codec::decode).map(c -> ((NoteAdded) c.change()).text()).toList();
    }

    private List<Path> filesHolding(String marker) {
        try (var files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).filter(f -> read(f).contains(marker)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return new String(Files.readAllBytes(file), ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A store as written before encryption at rest: the same maps, plain JSON, no key check. */
    private static final class PlainStore {

        static void write(Path file, String logId, long count, LongFunction<LoggedChange> change) {
            ChangeCodec plain = new ChangeCodec(List.of(TYPES));
            DB db = DBMaker.fileDB(file.toFile()).fileChannelEnable().transactionEnable().make();
            try {
                var changes = db.treeMap("changes")
                        .keySerializer(new SerializerArrayTuple(Serializer.STRING,
                                Serializer.LONG))
                        .valueSerializer(Serializer.BYTE_ARRAY).createOrOpen();
                var heads = db.hashMap("heads", Serializer.STRING, Serializer.LONG).createOrOpen();
                for (long sequence = 1; sequence <= count; sequence++) {
                    changes.put(new Object[] {logId, sequence}, plain.encode(change.apply(sequence)));
                }
                heads.put(logId, count);
                db.commit();
            } finally {
                db.close();
            }
        }
    }
}
