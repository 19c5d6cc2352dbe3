package org.roundtable.live;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.roundtable.RoundtableApplication;
import org.roundtable.access.Accounts;
import org.roundtable.access.Caller;
import org.roundtable.board.Note;
import org.roundtable.board.NoteKind;
import org.roundtable.board.NotePlace;
import org.roundtable.board.Notes;
import org.roundtable.event.LearningEvents;
import org.roundtable.live.store.MapDbChangeStore;
import org.roundtable.live.store.StoreCipher;
import org.roundtable.live.store.StoreKeys;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The whole application on a real store: a note written through the services is nowhere in the
 * store's files in plain text, yet is there after a restart; the key file is created once, owner
 * only; another key refuses to start.
 */
class EncryptionAtRestInTheApplicationTest {

    private static final String MARKER = "MARKER-Wrenfield-Close-4419";

    @TempDir
    Path data;

    @Test
    void a_note_is_not_in_the_store_files_in_plain_text_and_is_read_back_after_a_restart_with_the_key_file()
            throws Exception {
        Path store = data.resolve("roundtable.db");
        Path keyFile = data.resolve("roundtable.key");
        String eventId;
        byte[] capabilityKey;
        try (ConfigurableApplicationContext first = start(store)) {
            Caller.Account facilitator = first.getBean(Accounts.class).byUsername("facilitator").orElseThrow();
            eventId = first.getBean(LearningEvents.class).listFor(facilitator).getFirst().id();
            Notes notes = first.getBean(Notes.class);
            notes.add(facilitator, eventId, NotePlace.gapAfter(null), NoteKind.COMMENT, "A visit to " + MARKER);
            capabilityKey = first.getBean(KeyRing.class).derive("participant capability").getEncoded();

            assertThat(filesHolding(MARKER)).as("files holding the marker while running").isEmpty();
        }
        assertThat(filesHolding(MARKER)).as("files holding the marker after stopping").isEmpty();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile))).isEqualTo("rw-------");
        String key = Files.readString(keyFile);

        try (ConfigurableApplicationContext second = start(store)) {
            Caller.Account facilitator = second.getBean(Accounts.class).byUsername("facilitator").orElseThrow();
            List<Note> notes = second.getBean(Notes.class).notesFor(facilitator, eventId);

            assertThat(notes).extracting(Note::text).contains("A visit to " + MARKER);
            assertThat(second.getBean(KeyRing.class).derive("participant capability").getEncoded())
                    .as("derived keys survive a restart").isEqualTo(capabilityKey);
        }
        assertThat(Files.readString(keyFile)).as("the key file is reused").isEqualTo(key);
    }

    @Test
    void the_application_refuses_to_start_on_a_store_written_with_another_key() {
        Path store = data.resolve("roundtable.db");
        MapDbChangeStore.open(store, new StoreCipher(StoreKeys.load(null, data.resolve("roundtable.key"), null)))
                .close();
        String otherKey = Base64.getEncoder().encodeToString(new byte[32]);

        assertThatThrownBy(() -> start(store, "--roundtable.store.key=" + otherKey))
                .rootCause()
                .hasMessageContaining(store.toAbsolutePath().toString())
                .hasMessageContaining("was written with a different key")
                .hasMessageContaining("ROUNDTABLE_STORE_KEY")
                .hasMessageNotContaining(otherKey);
    }

    private static ConfigurableApplicationContext start(Path store, String... more) {
        List<String> arguments = new ArrayList<>(List.of("--server.port=0",
                "--roundtable.store.file=" + store, "--roundtable.cluster.name=encrypted-" + store.hashCode()));
        arguments.addAll(List.of(more));
        return new SpringApplicationBuilder(RoundtableApplication.class).profiles("test")
                .run(arguments.toArray(String[]::new));
    }

    private List<Path> filesHolding(String marker) throws IOException {
        try (var files = Files.walk(data)) {
            return files.filter(Files::isRegularFile).filter(f -> read(f).contains(marker)).toList();
        }
    }

    private static String read(Path file) {
        try {
            return new String(Files.readAllBytes(file), ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
