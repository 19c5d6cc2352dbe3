package org.roundtable.live.store;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The process a crash trial kills: opens the store, and from four threads, each on its own log,
 * writes changes as fast as it can, printing {@code ack <log> <sequence>} once each commit has
 * returned (the moment an author would be told "saved"). Runs until it is killed.
 */
public final class CrashTrialWriter {

    static final int WRITERS = 4;

    private CrashTrialWriter() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        StoreCipher cipher = new StoreCipher(new StoreKeys(StoreKey.fromBase64(args[1], "the crash trial"), null));
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        MapDbChangeStore store = MapDbChangeStore.open(file, cipher);
        Map<String, Long> heads = store.heads();
        List<Thread> writers = new ArrayList<>();
        for (int w = 0; w < WRITERS; w++) {
            String logId = "event:trial-" + w;
            long first = heads.getOrDefault(logId, 0L) + 1;
            writers.add(Thread.ofPlatform().start(() -> {
                for (long sequence = first; ; sequence++) {
                    byte[] change = cipher.seal(("{\"note\":\"change " + sequence + " of " + logId + "\"}")
                            .getBytes(StandardCharsets.UTF_8));
                    store.put(logId, sequence, change);
                    synchronized (out) {
                        out.println("ack " + logId + " " + sequence);
                        out.flush();
                    }
                }
            }));
        }
        out.println("ready");
        out.flush();
        for (Thread writer : writers) {
            writer.join();
        }
    }
}
