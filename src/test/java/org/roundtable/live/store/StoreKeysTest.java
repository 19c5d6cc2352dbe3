package org.roundtable.live.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.roundtable.live.KeyRing;

class StoreKeysTest {

    @TempDir
    Path folder;

    @Test
    void without_a_configured_key_a_key_file_readable_by_its_owner_only_is_created_and_reused_on_the_next_start()
            throws Exception {
        Path keyFile = folder.resolve("data/roundtable.key");

        StoreKeys first = StoreKeys.load(null, keyFile, null);

        assertThat(keyFile).exists();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile.getParent())))
                .as("a new data folder is its owner's only").isEqualTo("rwx------");
        assertThat(Base64.getDecoder().decode(Files.readString(keyFile).strip())).hasSize(StoreKey.LENGTH);
        assertThat(first.current().source()).contains(keyFile.toAbsolutePath().toString());
        assertThat(folder.resolve("data/roundtable.key.new")).doesNotExist();

        StoreKeys second = StoreKeys.load(null, keyFile, null);

        assertThat(second.current()).isEqualTo(first.current());
        assertThat(second.current().id()).isEqualTo(first.current().id());
    }

    @Test
    void a_configured_key_is_used_and_no_key_file_is_created() {
        String key = Base64.getEncoder().encodeToString(new byte[32]);
        Path keyFile = folder.resolve("roundtable.key");

        StoreKeys keys = StoreKeys.load(key, keyFile, null);

        assertThat(keyFile).doesNotExist();
        assertThat(keys.current().source()).contains("ROUNDTABLE_STORE_KEY");
        assertThat(keys.previous()).isNull();
    }

    @Test
    void a_key_of_the_wrong_length_or_not_in_base64_is_refused_with_what_to_give_instead() {
        String tooShort = Base64.getEncoder().encodeToString(new byte[16]);

        assertThatThrownBy(() -> StoreKeys.load(tooShort, folder.resolve("k"), null))
                .isInstanceOf(StoreKeyException.class)
                .hasMessageContaining("16 bytes long").hasMessageContaining("32 random bytes")
                .hasMessageContaining("roundtable.store.key").hasMessageNotContaining(tooShort);
        assertThatThrownBy(() -> StoreKeys.load(null, folder.resolve("k"), "not base64!"))
                .isInstanceOf(StoreKeyException.class)
                .hasMessageContaining("roundtable.store.previous-key").hasMessageContaining("not base64");
    }

    @Test
    void a_key_never_shows_in_its_text() {
        StoreKey key = StoreKey.random("a test");

        assertThat(key.toString()).doesNotContain(key.toBase64()).contains(key.id());
    }

    @Test
    void the_key_ring_derives_the_same_key_from_the_same_master_key_and_different_keys_for_different_purposes() {
        String master = StoreKey.random("a test").toBase64();
        KeyRing one = new DerivedKeyRing(StoreKey.fromBase64(master, "node one"));
        KeyRing two = new DerivedKeyRing(StoreKey.fromBase64(master, "node two"));
        KeyRing elsewhere = new DerivedKeyRing(StoreKey.random("another installation"));

        byte[] capability = one.derive("participant capability").getEncoded();

        assertThat(capability).hasSize(32).isEqualTo(two.derive("participant capability").getEncoded());
        assertThat(one.derive("something else").getEncoded()).isNotEqualTo(capability);
        assertThat(elsewhere.derive("participant capability").getEncoded()).isNotEqualTo(capability);
        assertThat(StoreKey.fromBase64(master, "node one").encryptionKey().getEncoded())
                .isNotEqualTo(capability)
                .isNotEqualTo(Base64.getDecoder().decode(master));
    }
}
