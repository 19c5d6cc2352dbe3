package org.roundtable.live.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.mapdb.BTreeMap;
import org.mapdb.DB;
import org.mapdb.DBMaker;
import org.mapdb.HTreeMap;
import org.mapdb.Serializer;
import org.mapdb.serializer.SerializerArrayTuple;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * This node's durable copy of every log: one MapDB file. Each change is committed through
 * MapDB's write-ahead log before {@link #put} returns. File-channel storage rather than mmap,
 * which has crash reports on Linux. Changes arrive sealed ({@link ChangeCodec}) and are kept as
 * they arrive; the store itself holds a key check, so that it refuses to open with another key,
 * and seals again whatever is not sealed with the current key when it opens (a store from before
 * encryption, a key rotation).
 */
public final class MapDbChangeStore implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(MapDbChangeStore.class);

    /** The suffix of the new file written while the store is rewritten. */
    static final String REWRITE_SUFFIX = ".rewrite";

    /** The meta entry holding a known value sealed with the key the store is written with. */
    static final String KEY_CHECK = "key-check";
    private static final byte[] KEY_CHECK_VALUE = "roundtable store key check".getBytes(StandardCharsets.US_ASCII);

    private final Path file;
    private final StoreCipher cipher;
    private volatile Open open;
    // MapDB's transaction is per store: one writer at a time keeps a commit to one change; a
    // rewrite swaps the whole file, so readers wait for it too.
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();

    private record Open(DB db, BTreeMap<Object[], byte[]> changes, HTreeMap<String, Long> heads,
            HTreeMap<String, byte[]> meta) {

        static Open of(DB db) {
            return new Open(db, db.treeMap("changes")
                    .keySerializer(new SerializerArrayTuple(Serializer.STRING, Serializer.LONG))
                    .valueSerializer(Serializer.BYTE_ARRAY)
                    .createOrOpen(),
                    db.hashMap("heads", Serializer.STRING, Serializer.LONG).createOrOpen(),
                    db.hashMap("meta", Serializer.STRING, Serializer.BYTE_ARRAY).createOrOpen());
        }

        boolean isEmpty() {
            return changes.isEmpty() && heads.isEmpty();
        }
    }

    /** A stored change and its position in its log. */
    public record Stored(long sequence, byte[] encoded) {
    }

    private MapDbChangeStore(Path file, StoreCipher cipher) {
        this.file = file;
        this.cipher = cipher;
        this.open = Open.of(transactional(file));
    }

    /**
     * Opens the store at {@code file}, creating it and its folder when missing. A store written
     * before encryption is sealed in place; a store written with the previous key, or holding
     * records sealed with it, is rewritten under the current key.
     *
     * @throws StoreKeyException when the store was written with a key {@code cipher} does not have,
     *                           or a record to be sealed again does not authenticate
     */
    public static MapDbChangeStore open(Path file, StoreCipher cipher) {
        try {
            Path folder = file.toAbsolutePath().getParent();
            if (folder != null) {
                DataFolder.create(folder);
            }
            // A rewrite that did not finish: the old file is still whole, the new one is dropped.
            Files.deleteIfExists(rewriteOf(file));
        } catch (IOException e) {
            throw new IllegalStateException("Cannot create the data folder for " + file + ": " + e.getMessage(), e);
        }
        MapDbChangeStore store = new MapDbChangeStore(file, cipher);
        try {
            store.checkKey();
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
        return store;
    }

    private void checkKey() {
        Open store = open;
        byte[] check = store.meta().get(KEY_CHECK);
        StoreKeys keys = cipher.keys();
        if (check == null) {
            if (store.isEmpty()) {
                store.meta().put(KEY_CHECK, cipher.seal(KEY_CHECK_VALUE));
                store.db().commit();
                return;
            }
            log.info("The store {} was written before encryption at rest: sealing it with the store key {}", file,
                    keys.current().id());
            rewrite(logId -> true, true);
            log.info("The store {} is sealed with the store key {}", file, keys.current().id());
            return;
        }
        if (!opensWith(check)) {
            throw new StoreKeyException("The store " + file.toAbsolutePath() + " was written with a different key (key "
                    + (StoreCipher.isSealed(check) ? StoreCipher.keyIdOf(check) : "unknown") + ") than this node's key "
                    + keys.current().id() + " from " + keys.current().source() + ". Check " + StoreKeys.KEY_SETTING
                    + " and the key file (roundtable.store.key-file, by default roundtable.key next to the store); "
                    + "if the key was changed on purpose, give the old one in " + StoreKeys.PREVIOUS_KEY_SETTING);
        }
        if (keys.previous() == null) {
            return;
        }
        boolean previousInUse = cipher.isSealedWithPrevious(check)
                || store.changes().values().stream().anyMatch(cipher::isSealedWithPrevious);
        if (previousInUse) {
            log.info("Rewriting the store {} under the store key {} (was {})", file, keys.current().id(),
                    keys.previous().id());
            rewrite(logId -> true, true);
            log.info("The store {} is rewritten under the store key {}; {} can be removed now", file,
                    keys.current().id(), StoreKeys.PREVIOUS_KEY_SETTING);
        } else {
            log.info("Nothing in the store {} is sealed with the previous key {}; {} can be removed", file,
                    keys.previous().id(), StoreKeys.PREVIOUS_KEY_SETTING);
        }
    }

    private boolean opensWith(byte[] check) {
        try {
            return Arrays.equals(cipher.open(check), KEY_CHECK_VALUE);
        } catch (StoreKeyException e) {
            return false;
        }
    }

    private static DB transactional(Path file) {
        return DBMaker.fileDB(file.toFile())
                .fileChannelEnable()
                .transactionEnable()
                .closeOnJvmShutdown()
                .make();
    }

    private static Path rewriteOf(Path file) {
        return file.resolveSibling(file.getFileName() + REWRITE_SUFFIX);
    }

    /**
     * Stores one change and commits. Returns false, writing nothing, when that position of the
     * log is already stored (a change delivered twice).
     */
    public boolean put(String logId, long sequence, byte[] encoded) {
        return writing(store -> {
            Object[] key = {logId, sequence};
            if (store.changes().containsKey(key)) {
                return false;
            }
            store.changes().put(key, encoded);
            Long head = store.heads().get(logId);
            if (head == null || head < sequence) {
                store.heads().put(logId, sequence);
            }
            return true;
        });
    }

    /**
     * Stores consecutive changes of one log, starting at {@code firstSequence}, in one commit:
     * all or nothing.
     */
    public void putAll(String logId, long firstSequence, List<byte[]> encoded) {
        writing(store -> {
            long sequence = firstSequence;
            for (byte[] change : encoded) {
                store.changes().put(new Object[] {logId, sequence++}, change);
            }
            Long head = store.heads().get(logId);
            long last = firstSequence + encoded.size() - 1;
            if (head == null || head < last) {
                store.heads().put(logId, last);
            }
            return true;
        });
    }

    private boolean writing(java.util.function.Predicate<Open> change) {
        lock.writeLock().lock();
        try {
            Open store = open;
            try {
                boolean written = change.test(store);
                if (written) {
                    store.db().commit();
                }
                return written;
            } catch (RuntimeException e) {
                store.db().rollback();
                throw e;
            }
        } finally {
            lock.writeLock().unlock();
        }
    }

    /**
     * Removes a log so that none of its bytes remain in the store's files. MapDB frees the records
     * of removed entries but leaves their bytes in the file ({@code compact()} does nothing with a
     * write-ahead log), so the store is rewritten without it ({@link #rewrite}).
     *
     * @return whether the log was there
     */
    public boolean removeLog(String logId) {
        lock.writeLock().lock();
        try {
            Open old = open;
            if (!old.heads().containsKey(logId) && old.changes().prefixSubMap(new Object[] {logId}).isEmpty()) {
                return false;
            }
            rewrite(id -> !logId.equals(id), false);
            return true;
        } finally {
            lock.writeLock().unlock();
        }
    }

    /**
     * Rewrites the store with the logs {@code keep} accepts, with every change sealed again under
     * the current key when {@code reseal} (else copied as it is): every kept log is copied to a new file, which is forced to disk and then atomically
     * renamed over the old one. A crash before the rename leaves the old file whole (and the
     * rewrite is repeated at the next start); after it, the new one.
     *
     * @throws StoreKeyException naming the change when a change to be sealed again does not authenticate
     */
    private void rewrite(Predicate<String> keep, boolean reseal) {
        lock.writeLock().lock();
        Path rewrite = rewriteOf(file);
        try {
            Open old = open;
            Files.deleteIfExists(rewrite);
            // Without a write-ahead log: nothing is read back from this file until it is complete.
            DB copy = DBMaker.fileDB(rewrite.toFile()).fileChannelEnable().make();
            try {
                Open target = Open.of(copy);
                for (Map.Entry<Object[], byte[]> change : old.changes().entrySet()) {
                    String logId = (String) change.getKey()[0];
                    if (keep.test(logId)) {
                        target.changes().put(change.getKey(), reseal
                                ? resealed(logId, (Long) change.getKey()[1], change.getValue()) : change.getValue());
                    }
                }
                for (Map.Entry<String, Long> head : old.heads().entrySet()) {
                    if (keep.test(head.getKey())) {
                        target.heads().put(head.getKey(), head.getValue());
                    }
                }
                target.meta().put(KEY_CHECK, cipher.seal(KEY_CHECK_VALUE));
                copy.commit();
            } finally {
                copy.close();
            }
            force(rewrite);
            // Every commit has already been replayed into the main file, so no write-ahead log remains.
            old.db().close();
            Files.move(rewrite, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            forceFolder(file);
            open = Open.of(transactional(file));
        } catch (IOException e) {
            throw new IllegalStateException("The store " + file + " could not be rewritten", e);
        } catch (StoreKeyException e) {
            deleteQuietly(rewrite);
            throw e;
        } finally {
            lock.writeLock().unlock();
        }
    }

    private byte[] resealed(String logId, long sequence, byte[] stored) {
        try {
            return cipher.resealed(stored);
        } catch (StoreKeyException e) {
            throw new StoreKeyException("The stored change " + logId + "#" + sequence + " in " + file.toAbsolutePath()
                    + " cannot be read: " + e.getMessage() + ". Restore the store from a backup taken before it was "
                    + "damaged, or give the key it was written with", e);
        }
    }

    private static void deleteQuietly(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            // Dropped at the next start anyway.
        }
    }

    private static void force(Path path) throws IOException {
        try (FileChannel channel = FileChannel.open(path, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
    }

    /** Makes the rename itself durable; not every platform can open a folder, which is harmless there. */
    private static void forceFolder(Path path) {
        Path folder = path.toAbsolutePath().getParent();
        if (folder == null) {
            return;
        }
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // The rename is still atomic; only its durability across a power cut is up to the file system.
        }
    }

    /** The stored changes of one log, in sequence order. */
    public List<byte[]> read(String logId) {
        return reading(() -> {
            NavigableMap<Object[], byte[]> log = open.changes().prefixSubMap(new Object[] {logId});
            return new ArrayList<>(log.values());
        });
    }

    /** The stored changes of one log with their positions, in sequence order. */
    public List<Stored> readNumbered(String logId) {
        return reading(() -> open.changes().prefixSubMap(new Object[] {logId}).entrySet().stream()
                .map(e -> new Stored((Long) e.getKey()[1], e.getValue()))
                .toList());
    }

    /** The file this store is kept in. */
    public Path file() {
        return file;
    }

    /** The stored change at one position, or null. */
    public byte @Nullable [] get(String logId, long sequence) {
        lock.readLock().lock();
        try {
            return open.changes().get(new Object[] {logId, sequence});
        } finally {
            lock.readLock().unlock();
        }
    }

    /** The last stored sequence of every log. */
    public Map<String, Long> heads() {
        return reading(() -> new HashMap<>(open.heads()));
    }

    private <T> T reading(Supplier<T> read) {
        lock.readLock().lock();
        try {
            return read.get();
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Whether the store's file is open for reading and writing. */
    public boolean isOpen() {
        return !open.db().isClosed();
    }

    @Override
    public void close() {
        lock.writeLock().lock();
        try {
            if (!open.db().isClosed()) {
                open.db().close();
            }
        } finally {
            lock.writeLock().unlock();
        }
    }
}
