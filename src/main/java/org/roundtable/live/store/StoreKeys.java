package org.roundtable.live.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The keys this node opens its store with: the current one, which seals everything written,
 * and during a rotation the previous one, which is only read.
 *
 * @param current  seals and opens
 * @param previous only opens, until the store has been rewritten under {@code current}
 */
public record StoreKeys(StoreKey current, @Nullable StoreKey previous) {

    private static final Logger log = LoggerFactory.getLogger(StoreKeys.class);

    /** The setting of the key, for messages. */
    public static final String KEY_SETTING = "roundtable.store.key (environment variable ROUNDTABLE_STORE_KEY)";
    /** The setting of the previous key, for messages. */
    public static final String PREVIOUS_KEY_SETTING =
            "roundtable.store.previous-key (environment variable ROUNDTABLE_STORE_PREVIOUSKEY)";

    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    /**
     * The keys from the settings: the configured key if there is one, else the key file, which is
     * created with a fresh key (readable by its owner only) when it does not exist yet.
     *
     * @throws StoreKeyException when a key is malformed or the key file cannot be read or written
     */
    public static StoreKeys load(@Nullable String configured, Path keyFile, @Nullable String previous) {
        StoreKey current;
        if (configured != null && !configured.isBlank()) {
            current = StoreKey.fromBase64(configured, KEY_SETTING);
        } else {
            current = readOrCreate(keyFile);
        }
        StoreKey before = previous == null || previous.isBlank() ? null
                : StoreKey.fromBase64(previous, PREVIOUS_KEY_SETTING);
        log.info("Store key {} from {}{}", current.id(), current.source(),
                before == null ? "" : "; previous key " + before.id() + " from " + before.source());
        return new StoreKeys(current, before);
    }

    /** The key of the key file, created on first use. */
    static StoreKey readOrCreate(Path keyFile) {
        String source = "the key file " + keyFile.toAbsolutePath();
        try {
            if (!Files.exists(keyFile)) {
                create(keyFile, source);
            }
            warnIfOthersMayRead(keyFile);
            return StoreKey.fromBase64(Files.readString(keyFile, StandardCharsets.US_ASCII), source);
        } catch (IOException e) {
            throw new StoreKeyException("Cannot read or create " + source + ": " + e.getMessage()
                    + ". Make it readable by this user, or give the key in " + KEY_SETTING, e);
        }
    }

    /**
     * Writes a fresh key to a temporary file that is owner-only from its creation, forces it and
     * renames it into place, so no one else can open it in between and a crash leaves no half key.
     */
    private static void create(Path keyFile, String source) throws IOException {
        Path folder = keyFile.toAbsolutePath().getParent();
        if (folder != null) {
            DataFolder.create(folder);
        }
        Path fresh = keyFile.resolveSibling(keyFile.getFileName() + ".new");
        Files.deleteIfExists(fresh);
        if (isPosix(keyFile)) {
            FileAttribute<Set<PosixFilePermission>> ownerOnly = PosixFilePermissions.asFileAttribute(OWNER_ONLY);
            Files.createFile(fresh, ownerOnly);
        } else {
            Files.createFile(fresh);
        }
        Files.writeString(fresh, StoreKey.random(source).toBase64() + "\n", StandardCharsets.US_ASCII);
        try (var channel = java.nio.channels.FileChannel.open(fresh, java.nio.file.StandardOpenOption.WRITE)) {
            channel.force(true);
        }
        if (Files.exists(keyFile)) {
            Files.delete(fresh);
            throw new FileAlreadyExistsException(keyFile.toString(), null, "created by someone else meanwhile");
        }
        Files.move(fresh, keyFile, StandardCopyOption.ATOMIC_MOVE);
        log.warn("Created a new store key in {}. Keep a copy of it with the backups of the store: without it the "
                + "store cannot be read. In production give the key in {} instead.", keyFile.toAbsolutePath(),
                KEY_SETTING);
    }

    // Warn rather than refuse: secrets mounted into containers are often readable by all inside
    // the container, and refusing would push people to copy the key around.
    private static void warnIfOthersMayRead(Path keyFile) throws IOException {
        if (!isPosix(keyFile)) {
            return;
        }
        Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(keyFile);
        if (permissions.stream().anyMatch(p -> p.name().startsWith("GROUP") || p.name().startsWith("OTHERS"))) {
            log.warn("The key file {} can be read by other users ({}); make it readable by its owner only: "
                    + "chmod 600 {}", keyFile.toAbsolutePath(), PosixFilePermissions.toString(permissions),
                    keyFile.toAbsolutePath());
        }
    }

    private static boolean isPosix(Path path) {
        Path existing = path.toAbsolutePath().getParent();
        return (existing != null ? existing : path).getFileSystem().supportedFileAttributeViews().contains("posix");
    }
}
