package org.roundtable.live.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.concurrent.locks.ReentrantLock;

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

    private final DB db;
    private final BTreeMap<Object[], byte[]> changes;
    private final HTreeMap<String, Long> heads;
    // MapDB's transaction is per store: one writer at a time keeps a commit to one change.
    private final ReentrantLock writer = new ReentrantLock();

    private MapDbChangeStore(DB db) {
        this.db = db;
        this.changes = db.treeMap("changes")
                .keySerializer(new SerializerArrayTuple(Serializer.STRING, Serializer.LONG))
                .valueSerializer(Serializer.BYTE_ARRAY)
                .createOrOpen();
        this.heads = db.hashMap("heads", Serializer.STRING, Serializer.LONG).createOrOpen();
    }

    /** Opens the store at {@code file}, creating it and its folder when missing. */
    public static MapDbChangeStore open(Path file) {
        try {
            Path folder = file.toAbsolutePath().getParent();
            if (folder != null) {
                Files.createDirectories(folder);
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot create the data folder for " + file + ": " + e.getMessage(), e);
        }
        DB db = DBMaker.fileDB(file.toFile())
                .fileChannelEnable()
                .transactionEnable()
                .closeOnJvmShutdown()
                .make();
        return new MapDbChangeStore(db);
    }

    /**
     * Stores one change and commits. Returns false, writing nothing, when that position of the
     * log is already stored (a change delivered twice).
     */
    public boolean put(String logId, long sequence, byte[] encoded) {
        writer.lock();
        try {
            Object[] key = {logId, sequence};
            if (changes.containsKey(key)) {
                return false;
            }
            try {
                changes.put(key, encoded);
                Long head = heads.get(logId);
                if (head == null || head < sequence) {
                    heads.put(logId, sequence);
                }
                db.commit();
            } catch (RuntimeException e) {
                db.rollback();
                throw e;
            }
            return true;
        } finally {
            writer.unlock();
        }
    }

    /**
     * Stores consecutive changes of one log, starting at {@code firstSequence}, in one commit:
     * all or nothing.
     */
    public void putAll(String logId, long firstSequence, List<byte[]> encoded) {
        writer.lock();
        try {
            try {
                long sequence = firstSequence;
                for (byte[] change : encoded) {
                    changes.put(new Object[] {logId, sequence++}, change);
                }
                Long head = heads.get(logId);
                long last = firstSequence + encoded.size() - 1;
                if (head == null || head < last) {
                    heads.put(logId, last);
                }
                db.commit();
            } catch (RuntimeException e) {
                db.rollback();
                throw e;
            }
        } finally {
            writer.unlock();
        }
    }

    /** The stored changes of one log, in sequence order. */
    public List<byte[]> read(String logId) {
        NavigableMap<Object[], byte[]> log = changes.prefixSubMap(new Object[] {logId});
        return new ArrayList<>(log.values());
    }

    /** The stored change at one position, or null. */
    public byte @Nullable [] get(String logId, long sequence) {
        return changes.get(new Object[] {logId, sequence});
    }

    /** The last stored sequence of every log. */
    public Map<String, Long> heads() {
        return new HashMap<>(heads);
    }

    @Override
    public void close() {
        if (!db.isClosed()) {
            db.close();
        }
    }
}
