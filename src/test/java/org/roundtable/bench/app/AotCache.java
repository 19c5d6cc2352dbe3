package org.roundtable.bench.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A JDK ahead-of-time cache (JEP 483, 514, 515: classes loaded and linked, method profiles) for
 * the application, built from the packaged jar by one training run. The JVM uses a cache only
 * with the class path it was trained on, and only for classes from the class path, not from the
 * jar's nested jars: so the jar is first extracted ({@code java -Djarmode=tools -jar … extract}:
 * a small {@code roundtable.jar} and {@code lib/}), and the cache belongs to that extracted jar,
 * at that place, on this JDK.
 *
 * <p>The training run is a whole start of the application on a fresh store (demo event loaded),
 * until ready, with a few pages served, and then a clean stop: the JVM writes the cache as it
 * exits. See the README's "Faster start" for the same by hand.
 *
 * @param jar  the extracted jar to run with {@code -XX:AOTCache=file}
 * @param file the cache
 */
public record AotCache(Path jar, Path file) {

    /** Training starts the whole application and writes a cache of over 100 MB: minutes on a busy machine. */
    private static final Duration TRAINING_STOP = Duration.ofMinutes(5);

    /**
     * Extracts {@code packagedJar} into {@code folder/app/} and trains a cache
     * {@code folder/roundtable.aot} for it; {@code folder} is emptied first.
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
                "extract", "--destination", extracted.toString()), root.resolve("extract.log"));
        Path jar = extracted.resolve(packagedJar.getFileName());
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("Extracting " + packagedJar + " gave no " + jar);
        }
        Path cache = root.resolve("roundtable.aot");
        Path store = root.resolve("training").resolve("roundtable.db");
        AppProcess.Settings training = new AppProcess.Settings(jar, store.toAbsolutePath(), BenchStore.newKey(),
                AppProcess.freePort(), "bench-aot-training-" + System.nanoTime(), AppProcess.freePort(),
                jvmOptions, List.of("--roundtable.demo.enabled=true"), root.resolve("training.log"))
                .withJvmOptions("-XX:AOTCacheOutput=" + cache);
        AppProcess app = AppProcess.start(training);
        try {
            // Pages a browser asks for first: their classes and profiles go into the cache too.
            for (String page : List.of("/", "/login", "/join", "/actuator/health/readiness")) {
                app.get(page);
            }
            app.stop(TRAINING_STOP);
        } finally {
            app.close();
        }
        if (!Files.isRegularFile(cache)) {
            throw new IllegalStateException("The training run wrote no AOT cache " + cache + "; see "
                    + training.logFile());
        }
        return new AotCache(jar, cache);
    }

    private static void run(List<String> command, Path log) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        if (!process.waitFor(2, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException(String.join(" ", command) + " did not finish; see " + log);
        }
        if (process.exitValue() != 0) {
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
