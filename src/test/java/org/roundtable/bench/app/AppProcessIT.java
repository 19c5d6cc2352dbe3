package org.roundtable.bench.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.roundtable.record.RecordExportFormat;

/**
 * The benchmark's handle on the production jar works against the real thing: a store prepared
 * in this JVM opens in the jar's process with the same key, the jar gets ready and serves the
 * demo event's join page, its heap is read over JMX, a clean stop leaves the store trusted, and
 * after SIGKILL the next start rebuilds the index from the journal and has every seeded change.
 */
class AppProcessIT {

    @TempDir
    Path data;

    @Test
    void the_jar_starts_on_a_prepared_store_stops_cleanly_and_comes_back_after_a_kill_with_every_change()
            throws Exception {
        Path store = data.resolve("roundtable.db");
        String key = BenchStore.newKey();
        BenchStore.RoomSetup room;
        BenchStore.SeededEvent seeded;
        BenchStore.ExportFigures exported;
        try (BenchStore prepared = BenchStore.open(store, key)) {
            room = prepared.room();
            seeded = prepared.seedLargeEvent(200);
            exported = prepared.exportFigures(50);
        }
        assertThat(room.agencyNames()).hasSize(6);
        assertThat(room.joinCode()).matches("[A-Z0-9]{4}-[A-Z0-9]{4}");
        assertThat(seeded.changes()).isEqualTo(200);
        assertThat(exported.bestMillis()).containsOnlyKeys(RecordExportFormat.values());
        assertThat(exported.bytes().values()).allSatisfy(size -> assertThat(size).isPositive());
        System.out.printf("seeding 200 changes: %d ms; exporting 50 notes: %s ms%n", seeded.millis(),
                exported.bestMillis());

        // This proves the handle works, it measures nothing: the cheapest JIT and GC start fastest.
        AppProcess.Settings settings = AppProcess.Settings.of(store, key)
                .withJvmOptions("-Xmx512m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");
        Path inUse = store.resolveSibling(store.getFileName() + ".in-use");
        try (AppProcess app = AppProcess.start(settings)) {
            AppProcess.Vitals vitals = app.vitals();
            System.out.printf("ready in %d ms; heap after GC %,d bytes, %d threads, %d ms CPU%n", app.readyMillis(),
                    vitals.heapAfterGcBytes(), vitals.liveThreads(), vitals.processCpuMillis());
            assertThat(vitals.heapAfterGcBytes()).isBetween(10L << 20, 512L << 20);
            assertThat(vitals.liveThreads()).isGreaterThan(10);
            assertThat(vitals.processCpuMillis()).isPositive();
            assertThat(app.get("/join/" + room.joinCode())).isEqualTo(200);
            assertThat(inUse).exists();

            assertThat(app.stop()).isIn(0, 143);
            assertThat(inUse).doesNotExist();
            assertThat(Files.readString(app.logFile())).doesNotContain("was not closed cleanly");
        }

        // Fresh ports for each start: on a busy machine a port found free may be taken before the jar binds it.
        try (AppProcess app = AppProcess.start(settings.onStore(store, key))) {
            app.kill();
            assertThat(inUse).exists();
        }
        try (AppProcess app = AppProcess.start(settings.onStore(store, key))) {
            System.out.printf("ready after a kill in %d ms%n", app.readyMillis());
            assertThat(Files.readString(app.logFile())).contains("was not closed cleanly: its index is rebuilt");
            assertThat(app.get("/join/" + room.joinCode())).isEqualTo(200);
            app.stop();
        }

        try (BenchStore reopened = BenchStore.open(store, key)) {
            assertThat(reopened.changesIn(seeded.eventId())).isEqualTo(seeded.changes());
            assertThat(reopened.room()).isEqualTo(room);
        }
    }
}
