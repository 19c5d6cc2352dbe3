package org.roundtable.live.cluster;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The harness's handle on one {@link ClusterTrialNode} process: starts it, sends it commands,
 * collects what it acknowledged and refused, kills, pauses and resumes it. Its log goes to
 * {@code <name>.log} next to its store.
 */
final class TrialProcess {

    /** One entry of a dump: a position and the id of the note at it. */
    record Entry(long sequence, String id) {
    }

    /** What a node's log reads, in order, and the last position its store holds. */
    record Dump(List<Entry> entries, long head) {
    }

    /** Short failure detection and merge delays, so that a trial sees a dead or cut-off member in seconds. */
    private static final List<String> HAZELCAST_TIMING = List.of(
            "-Dhazelcast.heartbeat.interval.seconds=1",
            "-Dhazelcast.max.no.heartbeat.seconds=8",
            "-Dhazelcast.merge.first.run.delay.seconds=5",
            "-Dhazelcast.merge.next.run.delay.seconds=5",
            "-Dhazelcast.graceful.shutdown.max.wait=20");

    final String name;
    private final List<String> arguments;
    private final Path logFile;
    private Process process;
    private Writer commands;
    private final BlockingQueue<String> replies = new LinkedBlockingQueue<>();
    /** Acknowledged ids and their positions, over every incarnation of this node. */
    final Map<String, Long> acks = new ConcurrentHashMap<>();
    /** Refused ids and why. */
    final Map<String, String> fails = new ConcurrentHashMap<>();
    /** Write commands sent, and bursts the node said were done, over every incarnation. */
    private int writes;
    private int bursts;

    TrialProcess(String name, String cluster, int port, List<Integer> otherPorts, Path store, String key) {
        this.name = name;
        this.arguments = List.of(cluster, Integer.toString(port),
                String.join(",", otherPorts.stream().map(p -> "127.0.0.1:" + p).toList()),
                store.toString(), key, name);
        this.logFile = store.resolveSibling(name + ".log");
    }

    /** Starts the process (again, on the same store); {@link #awaitReady} waits for it. */
    void start(int expectedClusterSize) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of("-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1"));
        command.addAll(HAZELCAST_TIMING);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), ClusterTrialNode.class.getName()));
        command.addAll(arguments);
        command.add(Integer.toString(expectedClusterSize));
        replies.clear();
        process = new ProcessBuilder(command)
                .redirectError(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                .start();
        commands = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
        Process reading = process;
        Thread.ofPlatform().daemon().name("trial-" + name).start(() -> read(reading));
    }

    private void read(Process from) {
        try (BufferedReader lines = new BufferedReader(
                new InputStreamReader(from.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                String[] parts = line.split(" ", 3);
                // A line cut off by a kill is not an acknowledgement.
                if (parts[0].equals("ack") && parts.length == 3 && parts[2].matches("\\d+")) {
                    acks.put(parts[1], Long.parseLong(parts[2]));
                } else if (parts[0].equals("fail") && parts.length >= 2) {
                    fails.put(parts[1], parts.length == 3 ? parts[2] : "");
                } else if (parts[0].equals("done")) {
                    // counted apart, so that waiting for another answer meanwhile does not swallow it
                    synchronized (this) {
                        bursts++;
                        notifyAll();
                    }
                } else {
                    replies.add(line);
                }
            }
        } catch (IOException e) {
            // killed mid-line
        }
    }

    /** Waits for {@code ready <size>} and returns the size the node saw. */
    int awaitReady(Duration within) throws InterruptedException {
        String ready = await("ready ", within);
        return Integer.parseInt(ready.substring("ready ".length()));
    }

    /** Waits until the node's Hazelcast member runs (it may still wait for the others). */
    void awaitMember(Duration within) throws InterruptedException {
        await("member ", within);
    }

    void write(int count, int threads) throws IOException {
        synchronized (this) {
            writes++;
        }
        send("write " + count + " " + threads);
    }

    /** Waits until the node's last {@code write} has had an answer to every note. */
    synchronized void awaitWritten(Duration within) throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        while (bursts < writes && System.nanoTime() < deadline) {
            TimeUnit.NANOSECONDS.timedWait(this, Math.max(1, Math.min(deadline - System.nanoTime(), 200_000_000L)));
            if (!isAlive()) {
                break;
            }
        }
        if (bursts < writes) {
            throw new IllegalStateException("Node " + name + " did not finish its writes within " + within
                    + (isAlive() ? "" : " (its process ended; see " + logFile + ")"));
        }
    }

    Dump dump(Duration within) throws IOException, InterruptedException {
        send("dump");
        List<Entry> entries = new ArrayList<>();
        long deadline = System.nanoTime() + within.toNanos();
        while (true) {
            String line = nextReply(deadline);
            if (line == null) {
                throw new IllegalStateException("Node " + name + " did not finish its dump within " + within);
            }
            String[] parts = line.split(" ", 3);
            if (parts[0].equals("entry")) {
                entries.add(new Entry(Long.parseLong(parts[1]), parts[2]));
            } else if (parts[0].equals("end")) {
                return new Dump(List.copyOf(entries), Long.parseLong(parts[1]));
            }
        }
    }

    /** The cluster size the node sees, or -1 when it does not answer within {@code within}. */
    int members(Duration within) throws IOException, InterruptedException {
        send("members");
        long deadline = System.nanoTime() + within.toNanos();
        while (true) {
            String line = nextReply(deadline);
            if (line == null) {
                return -1;
            }
            if (line.startsWith("members ")) {
                return Integer.parseInt(line.substring("members ".length()));
            }
        }
    }

    /** Asks for a graceful stop; {@link #awaitStopped} waits for the process to end. */
    void stop() throws IOException {
        send("stop");
    }

    boolean awaitStopped(Duration within) throws InterruptedException {
        boolean ended = process.waitFor(within.toMillis(), TimeUnit.MILLISECONDS);
        return ended && process.exitValue() == 0;
    }

    /** SIGKILL: no shutdown hook, no flush, no goodbye to the cluster. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** SIGSTOP: the process freezes, its sockets stay open, the others stop hearing from it. */
    void pause() throws IOException, InterruptedException {
        signal("-STOP");
    }

    /** SIGCONT after {@link #pause}. */
    void resume() throws IOException, InterruptedException {
        signal("-CONT");
    }

    private void signal(String signal) throws IOException, InterruptedException {
        Process kill = new ProcessBuilder("kill", signal, Long.toString(process.toHandle().pid())).start();
        if (kill.waitFor() != 0) {
            throw new IllegalStateException("kill " + signal + " of node " + name + " failed");
        }
    }

    /** Appends the node's threads to its log (jcmd), to see where writers wait. */
    void printThreads() {
        try {
            Process jcmd = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                    Long.toString(process.toHandle().pid()), "Thread.print")
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                    .redirectErrorStream(true)
                    .start();
            jcmd.waitFor(30, TimeUnit.SECONDS);
        } catch (IOException | InterruptedException e) {
            // the finding stands without the threads
        }
    }

    boolean isAlive() {
        return process != null && process.isAlive();
    }

    /** Ends the process whatever its state (a paused one is resumed first so that it can die). */
    void destroy() {
        if (isAlive()) {
            try {
                resume();
            } catch (IOException | InterruptedException | IllegalStateException e) {
                // it is killed below anyway
            }
            process.destroyForcibly();
        }
    }

    Path logFile() {
        return logFile;
    }

    private void send(String command) throws IOException {
        commands.write(command + "\n");
        commands.flush();
    }

    private String await(String prefix, Duration within) throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        while (true) {
            String line = nextReply(deadline);
            if (line == null) {
                throw new IllegalStateException("Node " + name + " did not say '" + prefix.trim() + "' within "
                        + within + (isAlive() ? "" : " (its process ended; see " + logFile + ")"));
            }
            if (line.startsWith(prefix)) {
                return line;
            }
        }
    }

    /** The next reply, or null at the deadline or once the process has ended and said everything. */
    private String nextReply(long deadline) throws InterruptedException {
        while (System.nanoTime() < deadline) {
            String line = replies.poll(Math.min(200_000_000L, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (line != null) {
                return line;
            }
            if (!isAlive()) {
                // the reader may still be handing over the last lines
                return replies.poll(500, TimeUnit.MILLISECONDS);
            }
        }
        return replies.poll();
    }
}
