package org.roundtable.bench.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * A JDK ahead-of-time cache (JEP 483, 514, 515: classes loaded and linked, method profiles) for
 * the application, built from the packaged jar by one training run. The JVM uses a cache only
 * with the class path it was trained on, and only for classes from the class path, not from the
 * jar's nested jars: so the jar is first extracted ({@code java -Djarmode=tools -jar … extract}:
 * a small {@code roundtable.jar} and {@code lib/}), and the cache belongs to that extracted jar,
 * at that place, on this JDK.
 *
 * <p>The training run starts the application on a scratch store (demo event loaded) and ends
 * itself once the Spring context is refreshed ({@code -Dspring.context.exit=onRefresh}: every
 * bean created, the store opened and replayed, the Hazelcast member started); the JVM writes the
 * cache as it exits. A training run that also served pages until a clean stop gave the same
 * start-up times, so the simpler one is kept. The README's "A faster start" does the same by hand.
 *
 * @param jar  the extracted jar to run with {@code -XX:AOTCache=file}
 * @param file the cache
 */
public record AotCache(Path jar, Path file) {

    /** Training starts the application once and writes a cache of over 100 MB: minutes on a busy machine. */
    private static final Duration TRAINING = Duration.ofMinutes(5);

    /**
     * Extracts {@code packagedJar} into {@code folder/app/} and trains a cache
     * {@code folder/roundtable.aot} for it; {@code folder} is emptied first. The training run's
     * output goes to {@code folder/training.log}.
     *
     * @param jvmOptions the options the cache will be used with (heap, GC), so that it fits them
     */
    public static AotCache train(Path packagedJar, Path folder, List<String> jvmOptions)
            throws IOException, InterruptedException {
        Path root = folder.toAbsolutePath();
        deleteRecursively(root);
        Files.createDirectories(root);
        Path extracted = root.resolve("app");
        run(List.of(AppProcess.javaCommand(), "-Djarmode=tools", "-jar", packagedJar.toAbsolutePath().toString(),
                "extract", "--destination", extracted.toString()), root.resolve("extract.log"), false);
        Path jar = extracted.resolve(packagedJar.getFileName());
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("Extracting " + packagedJar + " gave no " + jar);
        }
        Path cache = root.resolve("roundtable.aot");
        Path store = root.resolve("training").resolve("roundtable.db");
        List<String> training = new ArrayList<>();
        training.add(AppProcess.javaCommand());
        training.addAll(jvmOptions);
        training.addAll(List.of("-XX:AOTCacheOutput=" + cache, "-Dspring.context.exit=onRefresh",
                "-jar", jar.toString(),
                "--server.port=" + AppProcess.freePort(),
                "--roundtable.store.file=" + store,
                "--roundtable.store.key=" + BenchStore.newKey(),
                "--roundtable.cluster.name=bench-aot-training-" + UUID.randomUUID(),
                "--roundtable.cluster.port=" + AppProcess.freePort(),
                "--roundtable.demo.enabled=true"));
        // However the context's exit ends the JVM, the cache it wrote is what counts.
        run(training, root.resolve("training.log"), true);
        if (!Files.isRegularFile(cache)) {
            throw new IllegalStateException("The training run wrote no AOT cache " + cache + "; see "
                    + root.resolve("training.log"));
        }
        return new AotCache(jar, cache);
    }

    private static void run(List<String> command, Path log, boolean anyExitCode)
            throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        if (!process.waitFor(TRAINING.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException(String.join(" ", command) + " did not finish; see " + log);
        }
        if (process.exitValue() != 0 && !anyExitCode) {
            throw new IllegalStateException(String.join(" ", command) + " failed; see " + log);
        }
    }

    private static void deleteRecursively(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (var paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
