package org.roundtable.live.store;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * Crash trials of the store: each trial starts a writer process ({@link CrashTrialWriter}) on the
 * same MapDB file, lets it write under load, kills it with SIGKILL at a random moment, then
 * reopens the file here and checks that every change the writer had acknowledged is there and
 * opens with the key. The file is kept across trials, so each trial also recovers the last. It also
 * counts what the store's journal repaired: changes MapDB had lost, MapDB files rebuilt, and bytes
 * of a cut-off journal end (never acknowledged) dropped.
 */
final class CrashTrials {

    /** What the trials found. */
    record Result(int trials, long acknowledged, long lost, int unreadableStores, long millis, String firstFailure,
            long restoredFromJournal, int indexesRebuilt, long droppedBytes) {

        String line() {
            return trials + " trials, " + acknowledged + " acknowledged changes, " + lost + " lost, "
                    + unreadableStores + " unreadable stores";
        }
    }

    private CrashTrials() {
    }

    static Result run(Path folder, int trials, int shortestMillis, int longestMillis)
            throws IOException, InterruptedException {
        byte[] rawKey = new byte[32];
        ThreadLocalRandom.current().nextBytes(rawKey);
        String key = Base64.getEncoder().encodeToString(rawKey);
        StoreCipher cipher = new StoreCipher(new StoreKeys(StoreKey.fromBase64(key, "the crash trials"), null));
        Path file = folder.resolve("crash-trials.db");
        long acknowledged = 0;
        long lost = 0;
        int unreadable = 0;
        String firstFailure = "";
        long restored = 0;
        int rebuilt = 0;
        long dropped = 0;
        long started = System.nanoTime();
        for (int trial = 0; trial < trials; trial++) {
            Set<String> acks = ConcurrentHashMap.newKeySet();
            Process writer = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), CrashTrialWriter.class.getName(),
                    file.toString(), key)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            Thread reader = Thread.ofPlatform().start(() -> read(writer, acks));
            waitForFirstAck(acks, writer);
            Thread.sleep(ThreadLocalRandom.current().nextInt(shortestMillis, longestMillis + 1));
            writer.destroyForcibly();  // SIGKILL on Linux: no shutdown hook, no flush
            writer.waitFor(30, TimeUnit.SECONDS);
            reader.join(10_000);
            acknowledged += acks.size();
            try (MapDbChangeStore store = MapDbChangeStore.open(file, cipher)) {
                restored += store.recovery().restored();
                rebuilt += store.recovery().indexRebuilt() ? 1 : 0;
                dropped += store.recovery().droppedBytes();
                for (String ack : acks) {
                    String[] parts = ack.split(" ");
                    byte[] stored = store.get(parts[0], Long.parseLong(parts[1]));
                    if (stored == null || !opens(cipher, stored)) {
                        lost++;
                    }
                }
            } catch (RuntimeException refused) {
                unreadable++;
                firstFailure = "after trial " + (trial + 1) + ": " + refused;
                lost += acks.size();
                break;
            }
        }
        return new Result(trials, acknowledged, lost, unreadable,
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started), firstFailure, restored, rebuilt, dropped);
    }

    private static boolean opens(StoreCipher cipher, byte[] stored) {
        try {
            cipher.open(stored);
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static void read(Process writer, Set<String> acks) {
        try (BufferedReader lines = new BufferedReader(
                new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                // a line cut off by the kill is not an acknowledgement
                if (line.startsWith("ack ") && line.split(" ").length == 3) {
                    acks.add(line.substring(4));
                }
            }
        } catch (IOException e) {
            // the writer was killed mid-line
        }
    }

    private static void waitForFirstAck(Set<String> acks, Process writer) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (acks.isEmpty() && writer.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        if (acks.isEmpty()) {
            writer.destroyForcibly();
            throw new IllegalStateException("The writer process acknowledged nothing within a minute");
        }
    }
}
