package org.roundtable.bench.floor;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The harness's handle on a {@link FloorServer} process: a JVM of its own started from the test
 * classpath with the same {@code java} as the harness, as the application is. Its log (standard
 * error) goes to the file given.
 */
public final class FloorProcess implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(10);

    private final Process process;
    private final URI uri;

    private FloorProcess(Process process, int port) {
        this.process = process;
        this.uri = URI.create("ws://127.0.0.1:" + port + FloorServer.PATH);
    }

    /** Starts the server with the JVM's default options and waits until it takes connections. */
    public static FloorProcess start(Path logFile) throws IOException {
        return start(logFile, List.of());
    }

    /** As {@link #start(Path)}, with {@code jvmOptions} (for example the heap the application gets). */
    public static FloorProcess start(Path logFile, List<String> jvmOptions) throws IOException {
        Files.createDirectories(logFile.toAbsolutePath().getParent());
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), FloorServer.class.getName()));
        Process process = new ProcessBuilder(command)
                .redirectError(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                .start();
        CompletableFuture<Integer> port = new CompletableFuture<>();
        Thread.ofPlatform().daemon().name("floor-server-output").start(() -> read(process, port));
        try {
            return new FloorProcess(process, port.get(START_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS));
        } catch (TimeoutException | ExecutionException e) {
            process.destroyForcibly();
            throw new IllegalStateException("The floor server did not start within " + START_TIMEOUT + "; see "
                    + logFile, e);
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while the floor server started", e);
        }
    }

    /** {@code ws://127.0.0.1:<port>/floor} */
    public URI uri() {
        return uri;
    }

    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** Closes the server's standard input, which stops it; kills it if it has not ended within ten seconds. */
    @Override
    public void close() {
        try {
            process.getOutputStream().close();
            if (!process.waitFor(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            }
        } catch (IOException e) {
            process.destroyForcibly();
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    /** Reads the port from the ready line, then keeps draining standard output so the server never blocks on it. */
    private static void read(Process process, CompletableFuture<Integer> port) {
        try (BufferedReader lines = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.startsWith(FloorServer.READY)) {
                    port.complete(Integer.parseInt(line.substring(FloorServer.READY.length()).strip()));
                }
            }
        } catch (IOException | NumberFormatException e) {
            port.completeExceptionally(e);
        }
        port.completeExceptionally(new IllegalStateException("The floor server ended before it was ready"));
    }
}
