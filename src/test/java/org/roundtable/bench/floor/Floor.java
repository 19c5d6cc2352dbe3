package org.roundtable.bench.floor;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The floor in one call, for the harness: a {@link FloorServer} process and {@code clients}
 * clients, a warm-up, then the same number of messages at the same pace as the application's run.
 */
public final class Floor {

    private Floor() {
    }

    /**
     * Starts the server (its log to {@code logFile}), connects {@code clients} clients, sends
     * {@code warmUp} messages that are not recorded (the server's JIT compiles its path as the
     * application's does during its own warm-up), then measures {@code messages} messages of
     * {@code messageBytes} at {@code perSecond}; stops everything before it returns.
     */
    public static FloorRun measure(int clients, int warmUp, int messages, double perSecond, int messageBytes,
            Path logFile) throws IOException, InterruptedException {
        Duration drain = Duration.ofSeconds(30);
        try (FloorProcess server = FloorProcess.start(logFile);
                FloorClients floor = FloorClients.connect(server.uri(), clients)) {
            if (warmUp > 0) {
                floor.run(warmUp, perSecond, messageBytes, drain);
            }
            return floor.run(messages, perSecond, messageBytes, drain);
        }
    }
}
