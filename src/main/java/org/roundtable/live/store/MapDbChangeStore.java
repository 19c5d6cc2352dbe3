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
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
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
 * This node's durable copy of every log: a journal ({@link ChangeJournal}) that every change is
 * appended to and forced to disk before {@link #put} returns, and one MapDB file that indexes the
 * same changes for reading. The journal is the truth: at every start the MapDB file is brought
 * back in line with it, and a MapDB file that no longer opens is set aside and rebuilt from it
 * (DD007: MapDB's write-ahead log alone lost acknowledged changes in our crash trials). The index
 * is memory-mapped and has no write-ahead log of its own: after a stop that was not clean it is
 * rebuilt from the journal, so what a crash does to it does not matter. Changes arrive sealed
 * ({@link ChangeCodec}) and are kept as they arrive; the store itself holds a key check, so that
 * it refuses to open with another key, and seals again whatever is not sealed with the current key
 * when it opens (a store from before encryption, a key rotation).
 */
public final class MapDbChangeStore implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(MapDbChangeStore.class);

    /** The suffix of the new file written while the store is rewritten. */
    static final String REWRITE_SUFFIX = ".rewrite";
    /** The suffix of the journal beside the store's file. */
    static final String JOURNAL_SUFFIX = ".journal";
    /** The suffix of the marker that is there while the store is open: after a crash, its index is rebuilt. */
    static final String IN_USE_SUFFIX = ".in-use";
    /** The suffix of a MapDB file that did not open and was set aside, before the time it was. */
    static final String DAMAGED_SUFFIX = ".damaged-";

    /** The meta entry holding a known value sealed with the key the store is written with. */
    static final String KEY_CHECK = "key-check";
    private static final byte[] KEY_CHECK_VALUE = "roundtable store key check".getBytes(StandardCharsets.US_ASCII);

    private final Path file;
    private final StoreCipher cipher;
    private volatile Open open;
    private volatile ChangeJournal journal;
    private final Recovery recovery;
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

    /**
     * What opening the store found.
     *
     * @param journalEntries changes in the journal
     * @param restored       changes a kept MapDB file had lost or held otherwise, put back from the
     *                       journal (not counted when the index was rebuilt)
     * @param removed        changes in the MapDB file the journal does not hold (a purge or rewrite cut short)
     * @param droppedBytes   bytes at the journal's end cut off by a crash, never acknowledged
     * @param indexRebuilt   whether the MapDB index was rebuilt from the journal (after a stop that was
     *                       not clean, or because it did not open)
     */
    public record Recovery(long journalEntries, long restored, long removed, long droppedBytes,
            boolean indexRebuilt) {

        /** Whether anything had to be repaired. */
        public boolean repaired() {
            return restored > 0 || removed > 0 || droppedBytes > 0 || indexRebuilt;
        }
    }

    private MapDbChangeStore(Path file, StoreCipher cipher, Open open, ChangeJournal journal, Recovery recovery) {
        this.file = file;
        this.cipher = cipher;
        this.open = open;
        this.journal = journal;
        this.recovery = recovery;
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
        Path journalFile = journalOf(file);
        boolean journalExists;
        boolean rebuild;
        try {
            Path folder = file.toAbsolutePath().getParent();
            if (folder != null) {
                DataFolder.create(folder);
            }
            // A rewrite that did not finish: the old files are still whole, the new ones are dropped.
            Files.deleteIfExists(rewriteOf(file));
            Files.deleteIfExists(rewriteOf(journalFile));
            journalExists = Files.exists(journalFile);
            replayOldWriteAheadLog(file);
            // The index is written without a write-ahead log of its own: after a stop that was not
            // clean it may be half-written, so it is built again from the journal.
            rebuild = journalExists && Files.exists(inUseMarkerOf(file));
            if (rebuild) {
                Files.deleteIfExists(file);
                log.info("The store {} was not closed cleanly: its index is rebuilt from the journal", file);
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot prepare the store " + file + ": " + e.getMessage(), e);
        }
        Reconciled reconciled;
        try {
            reconciled = reconcile(Open.of(index(file)), journalFile, journalExists, rebuild);
        } catch (ChangeJournal.JournalDamagedException e) {
            throw e;
        } catch (RuntimeException damaged) {
            if (!journalExists) {
                throw new IllegalStateException("The store " + file.toAbsolutePath() + " cannot be opened ("
                        + damaged.getMessage() + ") and has no journal to rebuild it from. Restore the data folder "
                        + "from a backup", damaged);
            }
            Path aside = setAside(file);
            log.warn("The store {} did not open ({}); it is set aside as {} and rebuilt from the journal {}", file,
                    damaged.toString(), aside.getFileName(), journalFile.getFileName());
            rebuild = true;
            reconciled = reconcile(Open.of(index(file)), journalFile, true, true);
        }
        if (rebuild) {
            reconciled.keyCheckIfAllSealedWith(cipher);
        }
        MapDbChangeStore store = new MapDbChangeStore(file, cipher, reconciled.open(), reconciled.journal(),
                reconciled.recovery());
        if (reconciled.recovery().restored() > 0 && !rebuild || reconciled.recovery().removed() > 0
                || reconciled.recovery().droppedBytes() > 0) {
            log.warn("The store {} was repaired from its journal: {}", file, reconciled.recovery());
        }
        try {
            store.markInUse();
            store.checkKey();
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
        return store;
    }

    /** A store from before the journal may hold commits only in MapDB's write-ahead files. */
    private static void replayOldWriteAheadLog(Path file) throws IOException {
        Path folder = file.toAbsolutePath().getParent();
        if (folder == null || !Files.exists(file)) {
            return;
        }
        try (var siblings = Files.list(folder)) {
            if (siblings.noneMatch(p -> p.getFileName().toString().startsWith(file.getFileName() + ".wal"))) {
                return;
            }
        }
        DBMaker.fileDB(file.toFile()).fileChannelEnable().transactionEnable().make().close();
    }

    private void markInUse() {
        try {
            Files.write(inUseMarkerOf(file), new byte[0]);
            ChangeJournal.forceFolder(file);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot mark the store " + file + " in use: " + e.getMessage(), e);
        }
    }

    static Path inUseMarkerOf(Path file) {
        return file.resolveSibling(file.getFileName() + IN_USE_SUFFIX);
    }

    private record Reconciled(Open open, ChangeJournal journal, Recovery recovery) {

        /**
         * A rebuilt index has no key check: it gets one when every change is sealed with the
         * current key, else the key check at opening seals again what is not (or refuses).
         */
        void keyCheckIfAllSealedWith(StoreCipher cipher) {
            if (open.changes().values().stream().allMatch(cipher::isSealedWithCurrent)) {
                open.meta().put(KEY_CHECK, cipher.seal(KEY_CHECK_VALUE));
                open.db().commit();
            }
        }
    }

    /**
     * Brings the MapDB file in line with the journal: every journal entry is put back where the
     * file lacks it or holds other bytes, and entries the journal does not hold are removed. A
     * store from before the journal gets one, written from the MapDB file.
     */
    private static Reconciled reconcile(Open index, Path journalFile, boolean journalExists, boolean rebuilt) {
        long[] counts = new long[3];
        long[] dropped = new long[1];
        ChangeJournal journal;
        try {
            if (!journalExists) {
                journal = ChangeJournal.open(journalFile, entry -> { }, opened -> { });
                List<ChangeJournal.Entry> entries = new ArrayList<>();
                for (Map.Entry<Object[], byte[]> change : index.changes().entrySet()) {
                    entries.add(new ChangeJournal.Entry((String) change.getKey()[0], (Long) change.getKey()[1],
                            change.getValue()));
                }
                if (!entries.isEmpty()) {
                    journal.sync(journal.append(entries)[1]);
                    log.info("The store's journal {} is written from the store: {} changes", journalFile,
                            entries.size());
                }
                counts[0] = entries.size();
                return new Reconciled(index, journal, new Recovery(counts[0], 0, 0, 0, rebuilt));
            }
            journal = ChangeJournal.open(journalFile, entry -> counts[0]++, opened -> dropped[0] = opened.droppedBytes());
            // After a clean stop the index holds what the journal holds: counting is enough. Otherwise
            // (or if the counts differ) every entry is compared and put back where it differs.
            if (rebuilt || index.changes().size() != counts[0]) {
                journal.readAll(entry -> {
                    Object[] key = {entry.logId(), entry.sequence()};
                    if (entry.encoded().length == 0) {
                        // Taken back after a partition healed (replaceOrRemove).
                        index.changes().remove(key);
                        return;
                    }
                    byte[] held = index.changes().get(key);
                    if (held == null || !Arrays.equals(held, entry.encoded())) {
                        index.changes().put(key, entry.encoded());
                        if (!rebuilt) {
                            counts[1]++;
                        }
                    }
                    Long head = index.heads().get(entry.logId());
                    if (head == null || head < entry.sequence()) {
                        index.heads().put(entry.logId(), entry.sequence());
                    }
                });
            }
            if (index.changes().size() > counts[0]) {
                counts[2] = removeWhatTheJournalLacks(index, journal);
            }
            index.db().commit();
            return new Reconciled(index, journal, new Recovery(counts[0], counts[1], counts[2], dropped[0], rebuilt));
        } catch (RuntimeException e) {
            if (!index.db().isClosed()) {
                index.db().close();
            }
            throw e;
        }
    }

    private static long removeWhatTheJournalLacks(Open index, ChangeJournal journal) {
        Set<List<Object>> journalled = new HashSet<>();
        journal.readAll(entry -> {
            if (entry.encoded().length == 0) {
                journalled.remove(List.of(entry.logId(), entry.sequence()));
            } else {
                journalled.add(List.of(entry.logId(), entry.sequence()));
            }
        });
        List<Object[]> extra = index.changes().keySet().stream()
                .filter(key -> !journalled.contains(List.of(key[0], key[1])))
                .toList();
        extra.forEach(index.changes()::remove);
        Map<String, Long> heads = new HashMap<>();
        index.changes().keySet().forEach(key -> heads.merge((String) key[0], (Long) key[1], Math::max));
        index.heads().clear();
        index.heads().putAll(heads);
        return extra.size();
    }

    /** Moves a MapDB file that does not open, and its write-ahead files, out of the way. */
    private static Path setAside(Path file) {
        Path aside = file.resolveSibling(file.getFileName() + DAMAGED_SUFFIX + System.currentTimeMillis());
        try (var siblings = Files.list(file.toAbsolutePath().getParent())) {
            Files.move(file, aside);
            for (Path wal : siblings.filter(p -> p.getFileName().toString().startsWith(file.getFileName() + ".wal"))
                    .toList()) {
                Files.move(wal, wal.resolveSibling(aside.getFileName() + wal.getFileName().toString()
                        .substring(file.getFileName().toString().length())));
            }
            return aside;
        } catch (IOException e) {
            throw new IllegalStateException("The damaged store " + file + " could not be set aside: "
                    + e.getMessage(), e);
        }
    }

    static Path journalOf(Path file) {
        return file.resolveSibling(file.getFileName() + JOURNAL_SUFFIX);
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

    /**
     * The index, closed only by {@link #close} (no MapDB shutdown hook: one that closed it first
     * would leave the in-use marker behind, and every start after a clean stop would rebuild).
     */
    private static DB index(Path file) {
        return DBMaker.fileDB(file.toFile())
                .fileMmapEnableIfSupported()
                .cleanerHackEnable()
                .make();
    }

    private static Path rewriteOf(Path file) {
        return file.resolveSibling(file.getFileName() + REWRITE_SUFFIX);
    }

    /**
     * Stores one change: in the journal, forced to disk, and in the MapDB file. Returns false,
     * writing nothing, when that position of the log is already stored (a change delivered twice).
     */
    public boolean put(String logId, long sequence, byte[] encoded) {
        return writing(List.of(new ChangeJournal.Entry(logId, sequence, encoded)), true, true);
    }

    /**
     * Stores one change like {@link #put}, but leaves forcing the journal to disk to a later
     * {@link #force}: for a change nobody is told about yet (one arriving from another node).
     * A crash of the process still keeps it (it is in the operating system's cache); a power cut
     * may not, until the next force.
     */
    public boolean putUnforced(String logId, long sequence, byte[] encoded) {
        return writing(List.of(new ChangeJournal.Entry(logId, sequence, encoded)), true, false);
    }

    /** Forces to disk everything stored so far; writers waiting together share one force. */
    public void force() {
        ChangeJournal current = journal;
        current.sync(current.end());
    }

    /**
     * Puts {@code encoded} at a position already stored, or takes the position back when it is
     * null: only for a node that merged back after a network partition and held something else
     * there than the cluster (DD007). The journal records it after what it replaces, so a replay
     * ends with the same.
     */
    public void replaceOrRemove(String logId, long sequence, byte @Nullable [] encoded) {
        ChangeJournal writtenTo;
        long end;
        lock.writeLock().lock();
        try {
            writtenTo = journal;
            end = writtenTo.append(List.of(new ChangeJournal.Entry(logId, sequence,
                    encoded == null ? new byte[0] : encoded)))[1];
            Object[] key = {logId, sequence};
            if (encoded == null) {
                open.changes().remove(key);
            } else {
                open.changes().put(key, encoded);
            }
        } finally {
            lock.writeLock().unlock();
        }
        writtenTo.sync(end);
    }

    /**
     * Stores consecutive changes of one log, starting at {@code firstSequence}, as one batch: all
     * or nothing, also across a crash.
     */
    public void putAll(String logId, long firstSequence, List<byte[]> encoded) {
        List<ChangeJournal.Entry> entries = new ArrayList<>(encoded.size());
        for (int i = 0; i < encoded.size(); i++) {
            entries.add(new ChangeJournal.Entry(logId, firstSequence + i, encoded.get(i)));
        }
        writing(entries, false, true);
    }

    /**
     * Appends to the journal and commits to the MapDB file under the write lock, one writer at a
     * time; then forces the journal outside it, so that writers waiting together share one force.
     */
    private boolean writing(List<ChangeJournal.Entry> entries, boolean unlessStored, boolean forced) {
        ChangeJournal writtenTo;
        long end;
        lock.writeLock().lock();
        try {
            Open store = open;
            ChangeJournal.Entry first = entries.getFirst();
            if (unlessStored && store.changes().containsKey(new Object[] {first.logId(), first.sequence()})) {
                return false;
            }
            writtenTo = journal;
            long[] span = writtenTo.append(entries);
            end = span[1];
            try {
                long last = first.sequence();
                for (ChangeJournal.Entry entry : entries) {
                    store.changes().put(new Object[] {entry.logId(), entry.sequence()}, entry.encoded());
                    last = Math.max(last, entry.sequence());
                }
                Long head = store.heads().get(first.logId());
                if (head == null || head < last) {
                    store.heads().put(first.logId(), last);
                }
            } catch (RuntimeException e) {
                writtenTo.truncateTo(span[0]);
                throw e;
            }
        } finally {
            lock.writeLock().unlock();
        }
        if (forced) {
            writtenTo.sync(end);
        }
        return true;
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
     * the current key when {@code reseal} (else copied as it is): first the journal, then a new
     * MapDB file written from it, each forced to disk and then atomically renamed over the old one.
     * A crash before a rename leaves the old file whole; one between the two renames leaves a MapDB
     * file that the next start brings back in line with the new journal.
     *
     * @throws StoreKeyException naming the change when a change to be sealed again does not authenticate
     */
    private void rewrite(Predicate<String> keep, boolean reseal) {
        lock.writeLock().lock();
        Path rewrite = rewriteOf(file);
        try {
            journal = journal.rewrite(keep, entry -> reseal
                    ? new ChangeJournal.Entry(entry.logId(), entry.sequence(),
                            resealed(entry.logId(), entry.sequence(), entry.encoded()))
                    : entry);
            Files.deleteIfExists(rewrite);
            // Nothing is read back from this file until it is complete and renamed into place.
            DB copy = DBMaker.fileDB(rewrite.toFile()).fileMmapEnableIfSupported().cleanerHackEnable().make();
            try {
                Open target = Open.of(copy);
                journal.readAll(entry -> {
                    target.changes().put(new Object[] {entry.logId(), entry.sequence()}, entry.encoded());
                    target.heads().merge(entry.logId(), entry.sequence(), Math::max);
                });
                target.meta().put(KEY_CHECK, cipher.seal(KEY_CHECK_VALUE));
                copy.commit();
            } finally {
                copy.close();
            }
            force(rewrite);
            open.db().close();
            Files.move(rewrite, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            ChangeJournal.forceFolder(file);
            open = Open.of(index(file));
        } catch (IOException e) {
            throw new IllegalStateException("The store " + file + " could not be rewritten", e);
        } catch (StoreKeyException e) {
            deleteQuietly(rewrite);
            deleteQuietly(rewriteOf(journalOf(file)));
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

    /** At most {@code limit} stored changes of one log from {@code fromSequence} on, with their positions, in order. */
    public List<Stored> readFrom(String logId, long fromSequence, int limit) {
        return reading(() -> open.changes()
                .subMap(new Object[] {logId, fromSequence}, true, new Object[] {logId, Long.MAX_VALUE}, true)
                .entrySet().stream()
                .limit(limit)
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

    /** What opening the store found and repaired. */
    public Recovery recovery() {
        return recovery;
    }

    @Override
    public void close() {
        lock.writeLock().lock();
        try {
            journal.close();
            if (!open.db().isClosed()) {
                open.db().commit();
                open.db().close();
                // Only a store closed here is known whole; without the marker, the next start trusts it.
                Files.deleteIfExists(inUseMarkerOf(file));
            }
        } catch (IOException e) {
            log.warn("The store {} is closed but its in-use marker stays; its index will be rebuilt at the next "
                    + "start", file, e);
        } finally {
            lock.writeLock().unlock();
        }
    }
}
