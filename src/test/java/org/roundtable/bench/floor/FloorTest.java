package org.roundtable.bench.floor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;

import org.junit.jupiter.api.Test;

/**
 * The floor against its real server process: every broadcast reaches every client once, each
 * arrival is measured, and nothing of the server is left running afterwards.
 */
class FloorTest {

    private static final Path LOG = Path.of("target", "test-data", "floor-server.log");
    private static final int CLIENTS = 50;
    /** About the size of the application's push for one note on a tablet (RealScreensTest logs it). */
    private static final int PUSH_SIZE = 3_000;

    @Test
    void twenty_broadcasts_reach_all_fifty_clients_and_the_server_process_is_gone_after_close() throws Exception {
        long start = System.nanoTime();
        FloorProcess server = FloorProcess.start(LOG);
        long pid = server.pid();
        log("server up in %d ms", (System.nanoTime() - start) / 1_000_000);
        try (server; FloorClients clients = FloorClients.connect(server.uri(), CLIENTS)) {
            log("%d clients connected and welcomed in %d ms", CLIENTS, (System.nanoTime() - start) / 1_000_000);
            assertEquals(CLIENTS, clients.size());
            for (int i = 0; i < 20; i++) {
                clients.broadcast("floor-test-" + i, PUSH_SIZE);
            }
            assertTrue(clients.awaitDelivered(Duration.ofSeconds(10)), "not every broadcast reached every client");

            assertEquals(20 * CLIENTS, clients.arrivals().count());
            assertEquals(20, clients.slowest().count());
            assertEquals(0, clients.unknownMessages());
            assertEquals(0, clients.closedByServer());
            assertTrue(clients.slowest().maxMillis() < 10_000, clients.slowest().toString());
            log("50 clients, 20 broadcasts of %d bytes: arrivals %s; every client %s", PUSH_SIZE, clients.arrivals(),
                    clients.slowest());
        }
        assertFalse(server.isAlive());
        assertFalse(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false), "the server process still runs");
    }

    @Test
    void a_paced_run_sends_every_message_on_schedule_and_measures_each_client() throws Exception {
        FloorRun run = Floor.measure(CLIENTS, 20, 100, 50, PUSH_SIZE, LOG);

        assertEquals(0, run.undelivered());
        assertEquals(100 * CLIENTS, run.arrivals().count());
        assertEquals(100, run.slowest().count());
        // 100 messages at 50 a second take two seconds to send, whatever the machine
        assertTrue(run.elapsed().compareTo(Duration.ofMillis(1_980)) >= 0, run.elapsed().toString());
        log("paced run %s", run.summary());
    }

    private static void log(String format, Object... args) {
        System.out.println("[floor] " + String.format(Locale.ROOT, format, args));
    }
}
