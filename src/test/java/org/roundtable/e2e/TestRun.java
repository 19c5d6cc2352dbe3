package org.roundtable.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.UUID;

/** Small things every real-browser test needs: its own store folder, short ids, timings. */
final class TestRun {

    private TestRun() {
    }

    /** A new folder under {@code target/test-data/} for one test class's MapDB file. */
    static Path freshStoreDirectory(String prefix) {
        try {
            Path parent = Files.createDirectories(Paths.get("target", "test-data"));
            return Files.createTempDirectory(parent, prefix).toAbsolutePath();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot create a store directory under target/test-data/", e);
        }
    }

    static String shortId() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    static long millisSince(long nanos) {
        return Duration.ofNanos(System.nanoTime() - nanos).toMillis();
    }
}
