package org.roundtable.live.cluster;

import java.io.BufferedReader;
import java.io.FileOutputStream;
import java.io.FileDescriptor;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import ch.qos.logback.classic.Level;
import com.hazelcast.core.HazelcastInstance;
import org.roundtable.live.Change;
import org.roundtable.live.ChangeTypes;
import org.roundtable.live.LiveProperties;
import org.roundtable.live.LoggedChange;
import org.roundtable.live.Projection;
import org.roundtable.live.log.DurableChangeLog;
import org.roundtable.live.store.ChangeCodec;
import org.roundtable.live.store.MapDbChangeStore;
import org.roundtable.live.store.StoreCipher;
import org.roundtable.live.store.StoreKey;
import org.roundtable.live.store.StoreKeys;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One node of the cluster trials in its own JVM: a Hazelcast member, a MapDB store and the
 * change log, as the application runs them. Arguments: cluster name, own port, the members
 * ({@code 127.0.0.1:PORT,...}), store file, base64 key, the prefix of the ids it writes, and
 * the cluster size to wait for before it says {@code ready <size>} (it says {@code member <size>}
 * as soon as its Hazelcast member runs).
 *
 * <p>Commands on stdin, one a line; answers on stdout (everything logged goes to stderr):
 * <ul>
 * <li>{@code write <count> <threads>}: appends {@code count} notes to {@code event:trial} from
 * {@code threads} threads, printing {@code ack <id> <sequence>} once {@code append} returned
 * (the author is told "saved") or {@code fail <id> <reason>}, then {@code done};</li>
 * <li>{@code dump}: {@code entry <sequence> <id>} for every change the log reads, in its order,
 * then {@code end <head>} with the last position this node's store holds;</li>
 * <li>{@code members}: {@code members <n>}, the cluster size this member sees;</li>
 * <li>{@code stop}: a graceful stop, {@code stopped}, exit 0.</li>
 * </ul>
 */
public final class ClusterTrialNode {

    /** The one log every node writes to. */
    static final String LOG = "event:trial";

    /** The note the trials write: only its id matters. */
    record TrialNote(String id) implements Change {
    }

    private static final ChangeTypes TYPES = new ChangeTypes(Map.of("trial.TrialNote", TrialNote.class));

    private static final PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), false,
            StandardCharsets.UTF_8);

    private ClusterTrialNode() {
    }

    public static void main(String[] args) throws Exception {
        // Hazelcast and the log talk a lot: keep stdout for the protocol.
        System.setOut(System.err);
        ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME)).setLevel(Level.INFO);
        String cluster = args[0];
        int port = Integer.parseInt(args[1]);
        List<String> members = Arrays.stream(args[2].split(",")).filter(m -> !m.isBlank()).toList();
        Path file = Path.of(args[3]);
        StoreCipher cipher = new StoreCipher(new StoreKeys(StoreKey.fromBase64(args[4], "the cluster trial"), null));
        String prefix = args[5];
        int expected = Integer.parseInt(args[6]);

        HazelcastInstance member = HazelcastMember.start(
                new LiveProperties.Cluster(cluster, "127.0.0.1", port, members, 100_000));
        say("member " + member.getCluster().getMembers().size());
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (member.getCluster().getMembers().size() < expected && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        MapDbChangeStore store = MapDbChangeStore.open(file, cipher);
        Projection none = change -> { };
        DurableChangeLog log = new DurableChangeLog(store,
                new ChangeCodec(List.of(TYPES, DurableChangeLog.CHANGE_TYPES), cipher), ClusterLink.of(member),
                () -> List.of(none), logId -> { }, Clock.systemUTC(), Duration.ofSeconds(10));
        log.start();
        say("ready " + member.getCluster().getMembers().size());

        AtomicInteger written = new AtomicInteger();
        BufferedReader commands = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String line = commands.readLine(); line != null; line = commands.readLine()) {
            String[] command = line.trim().split(" ");
            switch (command[0]) {
                case "write" -> write(log, prefix, written, Integer.parseInt(command[1]),
                        Integer.parseInt(command[2]));
                case "dump" -> dump(log, store);
                case "members" -> say("members " + member.getCluster().getMembers().size());
                case "stop" -> {
                    log.stop();
                    member.shutdown();
                    store.close();
                    say("stopped");
                    System.exit(0);
                }
                default -> say("unknown " + line);
            }
        }
    }

    /** Writes in the background, so that the node still answers {@code members} meanwhile. */
    private static void write(DurableChangeLog log, String prefix, AtomicInteger written, int count, int threads) {
        int last = written.get() + count;
        List<Thread> writers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            writers.add(Thread.ofPlatform().start(() -> {
                for (int n = written.incrementAndGet(); n <= last; n = written.incrementAndGet()) {
                    String id = prefix + "-" + n;
                    try {
                        LoggedChange saved = log.append(LOG, new TrialNote(id), "trial");
                        say("ack " + id + " " + saved.sequence());
                    } catch (RuntimeException e) {
                        say("fail " + id + " " + String.valueOf(e.getMessage()).replace('\n', ' '));
                    }
                }
            }));
        }
        Thread.ofPlatform().start(() -> {
            for (Thread writer : writers) {
                try {
                    writer.join();
                } catch (InterruptedException e) {
                    return;
                }
            }
            written.set(last);
            say("done");
        });
    }

    private static void dump(DurableChangeLog log, MapDbChangeStore store) {
        StringBuilder lines = new StringBuilder();
        for (LoggedChange change : log.read(LOG)) {
            String id = change.change() instanceof TrialNote note ? note.id() : change.change().getClass().getName();
            lines.append("entry ").append(change.sequence()).append(' ').append(id).append('\n');
        }
        lines.append("end ").append(store.heads().getOrDefault(LOG, 0L));
        say(lines.toString());
    }

    private static void say(String line) {
        synchronized (out) {
            out.println(line);
            out.flush();
        }
    }
}
