package org.roundtable.live.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.mapdb.BTreeMap;
import org.mapdb.DB;
import org.mapdb.DBMaker;
import org.mapdb.HTreeMap;
import org.mapdb.Serializer;
import org.mapdb.serializer.SerializerArrayTuple;

/**
 * This node's durable copy of every log: one MapDB file. Each change is committed through
 * MapDB's write-ahead log before {@link #put} returns. File-channel storage rather than mmap,
 * which has crash reports on Linux.
 */
public final class MapDbChangeStore implements AutoCloseable {

    /** The suffix of the new file written while a log is being removed. */
    static final String REWRITE_SUFFIX = ".rewrite";

    private final Path file;
    private volatile Open open;
    // MapDB's transaction is per store: one writer at a time keeps a commit to one change; a
    // rewrite swaps the whole file, so readers wait for it too.
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();

    private record Open(DB db, BTreeMap<Object[], byte[]> changes, HTreeMap<String, Long> heads) {

        static Open of(DB db) {
            return new Open(db, db.treeMap("changes")
                    .keySerializer(new SerializerArrayTuple(Serializer.STRING, Serializer.LONG))
                    .valueSerializer(Serializer.BYTE_ARRAY)
                    .createOrOpen(),
                    db.hashMap("heads", Serializer.STRING, Serializer.LONG).createOrOpen());
        }
    }

    private MapDbChangeStore(Path file) {
        this.file = file;
        this.open = Open.of(transactional(file));
    }

    /** Opens the store at {@code file}, creating it and its folder when missing. */
    public static MapDbChangeStore open(Path file) {
        try {
            Path folder = file.toAbsolutePath().getParent();
            if (folder != null) {
                Files.createDirectories(folder);
            }
            // A rewrite that did not finish: the old file is still whole, the new one is dropped.
            Files.deleteIfExists(rewriteOf(file));
        } catch (IOException e) {
            throw new IllegalStateException("Cannot create the data folder for " + file + ": " + e.getMessage(), e);
        }
        return new MapDbChangeStore(file);
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
     * write-ahead log), so the store is rewritten: every other log is copied to a new file, which
     * is forced to disk and then atomically renamed over the old one. A crash before the rename
     * leaves the old file whole (the purge is then repeated at start-up); after it, the new one.
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
            Path rewrite = rewriteOf(file);
            Files.deleteIfExists(rewrite);
            // Without a write-ahead log: nothing is read back from this file until it is complete.
            DB copy = DBMaker.fileDB(rewrite.toFile()).fileChannelEnable().make();
            Open target = Open.of(copy);
            for (Map.Entry<Object[], byte[]> change : old.changes().entrySet()) {
                if (!logId.equals(change.getKey()[0])) {
                    target.changes().put(change.getKey(), change.getValue());
                }
            }
            for (Map.Entry<String, Long> head : old.heads().entrySet()) {
                if (!logId.equals(head.getKey())) {
                    target.heads().put(head.getKey(), head.getValue());
                }
            }
            copy.commit();
            copy.close();
            force(rewrite);
            // Every commit has already been replayed into the main file, so no write-ahead log remains.
            old.db().close();
            Files.move(rewrite, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            forceFolder(file);
            open = Open.of(transactional(file));
            return true;
        } catch (IOException e) {
            throw new IllegalStateException("The log " + logId + " could not be removed from " + file, e);
        } finally {
            lock.writeLock().unlock();
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
