package org.roundtable.bench.app;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.ThreadMXBean;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import javax.management.MBeanServerConnection;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;

import com.sun.management.OperatingSystemMXBean;
import com.sun.tools.attach.VirtualMachine;

/**
 * The production jar ({@code target/roundtable.jar}) running as a child process of the benchmark,
 * the way an operator runs it: its own JVM, store file, master key, HTTP port and single-node
 * Hazelcast member. {@link #start} returns once the readiness probe says {@code UP} (the store
 * replayed, the member running) and keeps how long that took; {@link #vitals} reads the child's
 * heap, CPU time and threads over JMX. A process started here never outlives the benchmark: a
 * shutdown hook kills whatever {@link #stop}, {@link #kill} or {@link #close} did not end.
 */
public final class AppProcess implements AutoCloseable {

    /** How often readiness is asked while the process starts. */
    private static final Duration POLL = Duration.ofMillis(20);
    /** Generous: the figures are taken on two shared cores that other work keeps busy. */
    public static final Duration DEFAULT_START_TIMEOUT = Duration.ofMinutes(3);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(60);

    /**
     * How to start one process.
     *
     * @param jar         the application jar (the packaged one, or one extracted for an {@link AotCache})
     * @param storeFile   the MapDB index; its journal and the process's log go beside it
     * @param storeKey    the master key, base64 of 32 bytes, so that a store prepared elsewhere opens
     * @param port        HTTP port
     * @param clusterName unique per process, so that it joins no other member on this machine
     * @param clusterPort first Hazelcast port tried
     * @param jvmOptions  before {@code -jar}: heap, GC, an AOT cache, a flight recording
     * @param springArgs  more {@code --name=value} settings
     * @param logFile     where the process's output goes (appended, across restarts)
     */
    public record Settings(Path jar, Path storeFile, String storeKey, int port, String clusterName, int clusterPort,
            List<String> jvmOptions, List<String> springArgs, Path logFile) {

        public Settings {
            // The process runs in the store's folder: relative paths would point elsewhere.
            jar = jar.toAbsolutePath();
            storeFile = storeFile.toAbsolutePath();
            logFile = logFile.toAbsolutePath();
            jvmOptions = List.copyOf(jvmOptions);
            springArgs = List.copyOf(springArgs);
        }

        /**
         * The packaged jar on {@code storeFile} with {@code storeKey}, on free ports, a cluster name
         * of its own, and its log as {@code app.log} beside the store.
         */
        public static Settings of(Path storeFile, String storeKey) {
            return new Settings(packagedJar(), storeFile.toAbsolutePath(), storeKey, freePort(),
                    "bench-" + UUID.randomUUID(), freePort(), List.of(), List.of(),
                    storeFile.toAbsolutePath().resolveSibling("app.log"));
        }

        /** The same process on another store (and its log beside it), with a fresh cluster name and ports. */
        public Settings onStore(Path otherStore, String otherKey) {
            return new Settings(jar, otherStore.toAbsolutePath(), otherKey, freePort(), "bench-" + UUID.randomUUID(),
                    freePort(), jvmOptions, springArgs, otherStore.toAbsolutePath().resolveSibling("app.log"));
        }

        /** Adds JVM options (e.g. {@code -Xmx512m}). */
        public Settings withJvmOptions(String... options) {
            List<String> all = new ArrayList<>(jvmOptions);
            all.addAll(List.of(options));
            return new Settings(jar, storeFile, storeKey, port, clusterName, clusterPort, all, springArgs, logFile);
        }

        /** Adds application settings, each {@code --name=value}. */
        public Settings withSpringArgs(String... args) {
            List<String> all = new ArrayList<>(springArgs);
            all.addAll(List.of(args));
            return new Settings(jar, storeFile, storeKey, port, clusterName, clusterPort, jvmOptions, all, logFile);
        }

        /**
         * Runs the extracted jar the cache was trained on, with the cache; strictly
         * ({@code -XX:AOTMode=on}), so that a cache that does not fit fails the start rather than
         * the figure being taken without it.
         */
        public Settings withAotCache(AotCache cache) {
            List<String> all = new ArrayList<>(jvmOptions);
            all.add("-XX:AOTMode=on");
            all.add("-XX:AOTCache=" + cache.file());
            return new Settings(cache.jar(), storeFile, storeKey, port, clusterName, clusterPort, all, springArgs,
                    logFile);
        }
    }

    /**
     * What the JVM of the process holds, read over JMX.
     *
     * @param heapAfterGcBytes heap in use after two full collections
     * @param processCpuMillis CPU time the process has used since it started
     * @param liveThreads      live threads
     */
    public record Vitals(long heapAfterGcBytes, long processCpuMillis, int liveThreads) {
    }

    private final Settings settings;
    private final Process process;
    private final Thread reaper;
    private long readyMillis;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private AppProcess(Settings settings, Process process, Thread reaper) {
        this.settings = settings;
        this.process = process;
        this.reaper = reaper;
    }

    /** Starts the process and waits for readiness; see {@link #start(Settings, Duration)}. */
    public static AppProcess start(Settings settings) throws IOException, InterruptedException {
        return start(settings, DEFAULT_START_TIMEOUT);
    }

    /**
     * Launches the process and returns once {@code /actuator/health/readiness} answers
     * {@code UP}, asking every 20 ms.
     *
     * @throws IllegalStateException when the process ends or is not ready within {@code timeout}
     *                               (it is killed then); the message names the log file
     */
    public static AppProcess start(Settings settings, Duration timeout) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(javaCommand());
        command.addAll(settings.jvmOptions());
        command.addAll(List.of("-jar", settings.jar().toString(),
                "--server.port=" + settings.port(),
                "--roundtable.store.file=" + settings.storeFile(),
                "--roundtable.store.key=" + settings.storeKey(),
                "--roundtable.cluster.name=" + settings.clusterName(),
                "--roundtable.cluster.port=" + settings.clusterPort()));
        command.addAll(settings.springArgs());
        Files.createDirectories(settings.logFile().toAbsolutePath().getParent());
        long launched = System.nanoTime();
        Process process = new ProcessBuilder(command)
                .directory(settings.storeFile().getParent().toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(settings.logFile().toFile()))
                .start();
        Thread reaper = new Thread(process::destroyForcibly, "app-process-reaper-" + process.pid());
        Runtime.getRuntime().addShutdownHook(reaper);
        AppProcess app = new AppProcess(settings, process, reaper);
        try {
            app.readyMillis = app.awaitReady(launched, timeout);
            return app;
        } catch (InterruptedException | RuntimeException e) {
            app.kill();
            throw e;
        }
    }

    private long awaitReady(long launched, Duration timeout) throws InterruptedException {
        long deadline = launched + timeout.toNanos();
        HttpRequest readiness = HttpRequest.newBuilder(uri("/actuator/health/readiness"))
                .timeout(Duration.ofSeconds(2)).build();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The application ended with exit code " + process.exitValue()
                        + " before it was ready; see " + settings.logFile());
            }
            try {
                HttpResponse<String> answer = http.send(readiness, HttpResponse.BodyHandlers.ofString());
                if (answer.statusCode() == 200 && answer.body().contains("\"UP\"")) {
                    return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - launched);
                }
            } catch (IOException notListeningYet) {
                // the web server is not up yet
            }
            Thread.sleep(POLL);
        }
        throw new IllegalStateException("The application was not ready within " + timeout + "; see "
                + settings.logFile());
    }

    /** Milliseconds from launching the JVM until readiness answered {@code UP}. */
    public long readyMillis() {
        return readyMillis;
    }

    /**
     * CPU time the process has used so far, in milliseconds, as the operating system counts it
     * (every thread: the JIT compilers and GC too). Taken at once after {@link #start}, it is the
     * start's cost in CPU, which another busy process on the machine changes less than the wall time.
     */
    public long cpuMillis() {
        return process.toHandle().info().totalCpuDuration().map(Duration::toMillis)
                .orElseThrow(() -> new IllegalStateException("The CPU time of process " + process.pid()
                        + " cannot be read here"));
    }

    public long pid() {
        return process.pid();
    }

    public Path logFile() {
        return settings.logFile();
    }

    public Settings settings() {
        return settings;
    }

    /** {@code http://127.0.0.1:<port>}. */
    public URI baseUri() {
        return URI.create("http://127.0.0.1:" + settings.port());
    }

    /** An address on this process, {@code path} starting with a slash. */
    public URI uri(String path) {
        return baseUri().resolve(path);
    }

    /** The HTTP status of a GET of {@code path} (no redirects followed). */
    public int get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /**
     * Heap after a full GC (asked twice, so that what the first freed through finalisation and
     * reference processing is gone too), CPU time and live threads of the process, over a JMX
     * connection to a management agent started in it through the Attach API: nothing is opened
     * to the network, and the process needs no option for it at launch.
     */
    public Vitals vitals() throws IOException {
        String address = localManagementAddress();
        try (JMXConnector connector = JMXConnectorFactory.connect(new JMXServiceURL(address))) {
            MBeanServerConnection connection = connector.getMBeanServerConnection();
            MemoryMXBean memory = ManagementFactory.newPlatformMXBeanProxy(connection,
                    ManagementFactory.MEMORY_MXBEAN_NAME, MemoryMXBean.class);
            memory.gc();
            memory.gc();
            long heap = memory.getHeapMemoryUsage().getUsed();
            OperatingSystemMXBean os = ManagementFactory.newPlatformMXBeanProxy(connection,
                    ManagementFactory.OPERATING_SYSTEM_MXBEAN_NAME, OperatingSystemMXBean.class);
            ThreadMXBean threads = ManagementFactory.newPlatformMXBeanProxy(connection,
                    ManagementFactory.THREAD_MXBEAN_NAME, ThreadMXBean.class);
            return new Vitals(heap, TimeUnit.NANOSECONDS.toMillis(os.getProcessCpuTime()), threads.getThreadCount());
        }
    }

    /** One thread's CPU time so far. */
    public record ThreadCpuReading(long id, String name, long cpuNanos) {
    }

    /**
     * CPU time so far of each live thread of the process (a thread that ended is no longer there;
     * {@code ThreadCpuLedger} keeps what it spent): CPU time, unlike elapsed time, does not grow when
     * other processes on the machine take the cores. No GC is asked for.
     */
    public List<ThreadCpuReading> threadCpu() throws IOException {
        String address = localManagementAddress();
        try (JMXConnector connector = JMXConnectorFactory.connect(new JMXServiceURL(address))) {
            com.sun.management.ThreadMXBean threads = ManagementFactory.newPlatformMXBeanProxy(
                    connector.getMBeanServerConnection(), ManagementFactory.THREAD_MXBEAN_NAME,
                    com.sun.management.ThreadMXBean.class);
            long[] ids = threads.getAllThreadIds();
            long[] cpu = threads.getThreadCpuTime(ids);
            java.lang.management.ThreadInfo[] infos = threads.getThreadInfo(ids);
            List<ThreadCpuReading> readings = new ArrayList<>();
            for (int i = 0; i < ids.length; i++) {
                if (infos[i] != null && cpu[i] > 0) {
                    readings.add(new ThreadCpuReading(ids[i], infos[i].getThreadName(), cpu[i]));
                }
            }
            return readings;
        }
    }

    /** A thread's name without what numbers it within its pool: "http-nio-8080-exec-7" → "http-nio-exec". */
    public static String threadGroup(String name) {
        return name.replaceAll("-\\d+", "").replaceAll("#\\d+", "").replaceAll("\\d+$", "");
    }

    private String localManagementAddress() throws IOException {
        VirtualMachine vm;
        try {
            vm = VirtualMachine.attach(Long.toString(process.pid()));
        } catch (com.sun.tools.attach.AttachNotSupportedException e) {
            throw new IOException("Cannot attach to the application's JVM " + process.pid(), e);
        }
        try {
            // Started once per JVM; asking again returns the same loopback-only address.
            return vm.startLocalManagementAgent();
        } finally {
            vm.detach();
        }
    }

    /** {@link #stop(Duration)} within a minute. */
    public int stop() throws InterruptedException {
        return stop(STOP_TIMEOUT);
    }

    /**
     * The clean path: SIGTERM, then waits for the process to end (Spring's graceful shutdown, the
     * store closed and its in-use marker removed).
     *
     * @return the exit code (143 after SIGTERM, as for any JVM ended by it)
     * @throws IllegalStateException when it has not ended {@code within} (it is killed then)
     */
    public int stop(Duration within) throws InterruptedException {
        process.destroy();
        if (!process.waitFor(within.toMillis(), TimeUnit.MILLISECONDS)) {
            kill();
            throw new IllegalStateException("The application did not stop within " + within
                    + " of SIGTERM and was killed; see " + settings.logFile());
        }
        forget();
        return process.exitValue();
    }

    /** SIGKILL: no shutdown hook runs, the store is left as a crash leaves it. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        forget();
    }

    /** Kills the process if it still runs. */
    @Override
    public void close() {
        if (process.isAlive()) {
            try {
                kill();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void forget() {
        http.shutdownNow();
        try {
            Runtime.getRuntime().removeShutdownHook(reaper);
        } catch (IllegalStateException shuttingDown) {
            // the hook runs anyway and finds the process gone
        }
    }

    /** The {@code java} this JVM was started with, so that the child runs on the same JDK. */
    static String javaCommand() {
        return ProcessHandle.current().info().command()
                .orElseGet(() -> Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    /** {@code target/roundtable.jar} of the build this runs in. */
    static Path packagedJar() {
        Path jar = Path.of("target", "roundtable.jar").toAbsolutePath();
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("No " + jar + ": package the application first (./mvnw package)");
        }
        return jar;
    }

    /**
     * A port nothing listens on now on loopback; random, so that two benchmarks rarely pick the
     * same, and below Linux's ephemeral range (32768 on), where an outgoing connection could take
     * it between this probe and the process binding it.
     */
    static int freePort() {
        for (int attempt = 0; attempt < 100; attempt++) {
            int port = ThreadLocalRandom.current().nextInt(20_000, 32_000);
            try (ServerSocket probe = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
                probe.setReuseAddress(true);
                return port;
            } catch (IOException taken) {
                // try another
            }
        }
        throw new IllegalStateException("No free port found on loopback");
    }

    @Override
    public String toString() {
        return "AppProcess[pid " + process.pid() + ", port " + settings.port() + ", " + settings.storeFile() + "]";
    }
}
