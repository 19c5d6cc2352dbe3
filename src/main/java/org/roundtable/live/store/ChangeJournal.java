package org.roundtable.live.store;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import java.util.zip.CRC32C;

/**
 * This node's journal: every stored change, appended to one file as a checksummed record and
 * forced to disk before the store says it is stored. It is the store's truth; the MapDB file is
 * the index that serves reads and is brought back in line with the journal at every start
 * (DD007: MapDB's own write-ahead log lost acknowledged changes in our crash trials).
 *
 * <p>A record is {@code magic, length, CRC-32C, body}; the body is {@code remaining, log id,
 * sequence, change}, where {@code remaining} counts the records still to come in the same batch,
 * so that a batch cut off by a crash is dropped whole. Only the end of the file can be cut off by a
 * crash; a damaged record with whole records after it is damage, and the journal refuses to open.
 */
final class ChangeJournal implements AutoCloseable {

    private static final byte[] FILE_HEADER = "RTJRNL01".getBytes(StandardCharsets.US_ASCII);
    private static final int RECORD_MAGIC = 0x524A5243;
    private static final int RECORD_HEADER = 12;
    /** Far above any change we accept (a genogram image is the largest), far below a garbage length. */
    static final int MAX_BODY = 64 * 1024 * 1024;

    /** One change as the journal keeps it. */
    record Entry(String logId, long sequence, byte[] encoded) {
    }

    /** What opening found: whole entries read, and bytes of a cut-off end dropped. */
    record Opened(long entries, long droppedBytes) {
    }

    private final Path file;
    private final FileChannel channel;
    private final Object syncLock = new Object();
    private long end;
    private volatile long written;
    private volatile long synced;

    private ChangeJournal(Path file, FileChannel channel, long end) {
        this.file = file;
        this.channel = channel;
        this.end = end;
        this.written = end;
        this.synced = end;
    }

    /**
     * Opens the journal at {@code file}, creating it when missing, and hands every whole entry to
     * {@code replay} in the order written. A cut-off end (the process died while writing it, so
     * nobody was told it was stored) is dropped.
     *
     * @throws JournalDamagedException when a record is damaged and whole records follow it
     */
    static ChangeJournal open(Path file, Consumer<Entry> replay, Consumer<Opened> found) {
        try {
            boolean created = !Files.exists(file);
            FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
            try {
                if (created || channel.size() < FILE_HEADER.length) {
                    channel.truncate(0);
                    channel.write(ByteBuffer.wrap(FILE_HEADER), 0);
                    channel.force(true);
                    forceFolder(file);
                    found.accept(new Opened(0, 0));
                    return new ChangeJournal(file, channel, FILE_HEADER.length);
                }
                long size = channel.size();
                Scan scan = scan(file, size, replay);
                if (scan.wholeEnd() < size) {
                    channel.truncate(scan.wholeEnd());
                    channel.force(true);
                }
                found.accept(new Opened(scan.entries(), size - scan.wholeEnd()));
                return new ChangeJournal(file, channel, scan.wholeEnd());
            } catch (IOException | RuntimeException e) {
                channel.close();
                throw e;
            }
        } catch (IOException e) {
            throw new IllegalStateException("The journal " + file.toAbsolutePath() + " cannot be opened: "
                    + e.getMessage(), e);
        }
    }

    private record Scan(long entries, long wholeEnd) {
    }

    private static Scan scan(Path file, long size, Consumer<Entry> replay) throws IOException {
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
                DataInputStream in = new DataInputStream(raw)) {
            byte[] header = new byte[FILE_HEADER.length];
            in.readFully(header);
            if (!Arrays.equals(header, FILE_HEADER)) {
                throw new JournalDamagedException("The file " + file.toAbsolutePath() + " is not a Roundtable "
                        + "journal (its first bytes are not the journal's header)");
            }
            long position = FILE_HEADER.length;
            long wholeEnd = position;
            long entries = 0;
            List<Entry> batch = new ArrayList<>();
            while (position < size) {
                Entry entry;
                int remaining;
                long recordStart = position;
                try {
                    int magic = in.readInt();
                    int length = in.readInt();
                    int crc = in.readInt();
                    if (magic != RECORD_MAGIC || length < 14 || length > MAX_BODY || length > size - position - RECORD_HEADER) {
                        throw new BadRecord();
                    }
                    byte[] body = new byte[length];
                    in.readFully(body);
                    if (crc32c(body) != crc) {
                        throw new BadRecord();
                    }
                    position += RECORD_HEADER + length;
                    ByteBuffer read = ByteBuffer.wrap(body);
                    remaining = read.getInt();
                    int idLength = Short.toUnsignedInt(read.getShort());
                    if (remaining < 0 || idLength > read.remaining() - Long.BYTES) {
                        throw new BadRecord();
                    }
                    byte[] id = new byte[idLength];
                    read.get(id);
                    long sequence = read.getLong();
                    byte[] encoded = new byte[read.remaining()];
                    read.get(encoded);
                    entry = new Entry(new String(id, StandardCharsets.UTF_8), sequence, encoded);
                } catch (BadRecord | EOFException e) {
                    if (wholeRecordAfter(file, recordStart + 1, size)) {
                        throw new JournalDamagedException("The journal " + file.toAbsolutePath() + " is damaged at "
                                + "byte " + recordStart + ", with whole records after it. Restore the data folder "
                                + "from a backup taken before the damage");
                    }
                    break;
                }
                batch.add(entry);
                if (remaining == 0) {
                    batch.forEach(replay);
                    entries += batch.size();
                    batch.clear();
                    wholeEnd = position;
                }
            }
            return new Scan(entries, wholeEnd);
        }
    }

    private static final class BadRecord extends Exception {
        BadRecord() {
            super(null, null, false, false);
        }
    }

    /** Whether a record that checks out starts anywhere from {@code from} on: damage, not a cut-off end. */
    private static boolean wholeRecordAfter(Path file, long from, long size) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            ByteBuffer header = ByteBuffer.allocate(RECORD_HEADER);
            for (long at = from; at + RECORD_HEADER <= size; at++) {
                header.clear();
                channel.read(header, at);
                header.flip();
                if (header.remaining() < RECORD_HEADER || header.getInt(0) != RECORD_MAGIC) {
                    continue;
                }
                int length = header.getInt(4);
                if (length < 14 || length > MAX_BODY || length > size - at - RECORD_HEADER) {
                    continue;
                }
                ByteBuffer body = ByteBuffer.allocate(length);
                channel.read(body, at + RECORD_HEADER);
                if (crc32c(body.array()) == header.getInt(8)) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * Writes {@code entries} at the end of the journal as one batch, not yet forced: call
     * {@link #sync} with the returned position before telling anyone they are stored. Callers
     * append one at a time (the store's write lock).
     *
     * @return where the journal ended before and after the batch
     */
    long[] append(List<Entry> entries) {
        ByteBuffer records = ByteBuffer.allocate(entries.stream().mapToInt(ChangeJournal::recordSize).sum());
        for (int i = 0; i < entries.size(); i++) {
            write(records, entries.get(i), entries.size() - 1 - i);
        }
        records.flip();
        long start = end;
        try {
            long at = start;
            while (records.hasRemaining()) {
                at += channel.write(records, at);
            }
        } catch (IOException e) {
            truncateTo(start);
            throw new IllegalStateException("The journal " + file.toAbsolutePath() + " could not be written: "
                    + e.getMessage(), e);
        }
        end = start + records.limit();
        written = end;
        return new long[] {start, end};
    }

    /** Takes back the last append (its entries could not be stored in the index). */
    void truncateTo(long position) {
        try {
            channel.truncate(position);
            end = position;
            written = position;
        } catch (IOException e) {
            throw new IllegalStateException("The journal " + file.toAbsolutePath() + " could not be cut back: "
                    + e.getMessage(), e);
        }
    }

    /**
     * Forces the journal to disk up to at least {@code position}. Callers that wait together share
     * one force (group commit): a force covers everything written before it started.
     */
    void sync(long position) {
        if (synced >= position) {
            return;
        }
        synchronized (syncLock) {
            if (synced >= position) {
                return;
            }
            long target = written;
            try {
                channel.force(false);
            } catch (java.nio.channels.ClosedChannelException e) {
                // Closed by a rewrite or a close, each of which forced everything first.
                return;
            } catch (IOException e) {
                throw new IllegalStateException("The journal " + file.toAbsolutePath() + " could not be forced to "
                        + "disk: " + e.getMessage(), e);
            }
            synced = target;
        }
    }

    /**
     * Writes a new journal holding the entries of the logs {@code keep} accepts, each passed through
     * {@code transform}, forces it and renames it over this one: a crash before the rename leaves
     * this journal whole. Callers hold the store's write lock.
     *
     * @return the journal that replaces this one (this one is closed once the new one is whole)
     */
    ChangeJournal rewrite(Predicate<String> keep, UnaryOperator<Entry> transform) {
        Path rewrite = file.resolveSibling(file.getFileName() + MapDbChangeStore.REWRITE_SUFFIX);
        try {
            Files.deleteIfExists(rewrite);
            List<Entry> kept = new ArrayList<>();
            try (ChangeJournal copy = open(rewrite, entry -> { }, opened -> { })) {
                scan(file, end, entry -> {
                    if (keep.test(entry.logId())) {
                        kept.add(transform.apply(entry));
                        if (kept.size() == 1_000) {
                            copy.appendEach(kept);
                            kept.clear();
                        }
                    }
                });
                copy.appendEach(kept);
                copy.channel.force(true);
            }
            close();
            Files.move(rewrite, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            forceFolder(file);
            return open(file, entry -> { }, opened -> { });
        } catch (IOException e) {
            throw new IllegalStateException("The journal " + file.toAbsolutePath() + " could not be rewritten", e);
        }
    }

    /** Appends each entry as a batch of its own. */
    private void appendEach(List<Entry> entries) {
        for (Entry entry : entries) {
            append(List.of(entry));
        }
    }

    /** Reads every whole entry, in the order written. */
    void readAll(Consumer<Entry> reader) {
        try {
            scan(file, end, reader);
        } catch (IOException e) {
            throw new IllegalStateException("The journal " + file.toAbsolutePath() + " could not be read", e);
        }
    }

    Path file() {
        return file;
    }

    /** Where the journal ends: everything written so far. */
    long end() {
        return written;
    }

    private static int recordSize(Entry entry) {
        return RECORD_HEADER + bodySize(entry);
    }

    private static int bodySize(Entry entry) {
        return Integer.BYTES + Short.BYTES + entry.logId().getBytes(StandardCharsets.UTF_8).length + Long.BYTES
                + entry.encoded().length;
    }

    private static void write(ByteBuffer records, Entry entry, int remaining) {
        byte[] id = entry.logId().getBytes(StandardCharsets.UTF_8);
        if (id.length > 0xFFFF) {
            throw new IllegalArgumentException("A log id of " + id.length + " bytes is too long for the journal");
        }
        int length = bodySize(entry);
        if (length > MAX_BODY) {
            throw new IllegalArgumentException("A change of " + length + " bytes is too large for the journal");
        }
        ByteBuffer body = ByteBuffer.allocate(length);
        body.putInt(remaining).putShort((short) id.length).put(id).putLong(entry.sequence()).put(entry.encoded());
        records.putInt(RECORD_MAGIC).putInt(length).putInt(crc32c(body.array())).put(body.array());
    }

    private static int crc32c(byte[] body) {
        CRC32C crc = new CRC32C();
        crc.update(body);
        return (int) crc.getValue();
    }

    /** Makes a creation or rename durable; not every platform can open a folder, which is harmless there. */
    static void forceFolder(Path path) {
        Path folder = path.toAbsolutePath().getParent();
        if (folder == null) {
            return;
        }
        try (FileChannel folderChannel = FileChannel.open(folder, StandardOpenOption.READ)) {
            folderChannel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Atomic still; only durability across a power cut is up to the file system.
        }
    }

    @Override
    public void close() {
        try {
            if (channel.isOpen()) {
                channel.force(false);
                channel.close();
            }
        } catch (IOException e) {
            // Everything acknowledged was forced already.
        }
    }

    /** The journal is damaged other than at its end: the node must not start on a part of it. */
    static final class JournalDamagedException extends IllegalStateException {
        JournalDamagedException(String message) {
            super(message);
        }
    }
}
