package org.roundtable.live.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bench/cluster-trials N}: N kill rounds of three node processes (a burst of 300 notes
 * from four threads on each, one node killed with SIGKILL mid-burst and restarted, then all
 * stopped and restarted) and one partition round (one node frozen with SIGSTOP for 15 s mid-burst,
 * then let go), one line of figures, and what happened in {@code target/bench/cluster-trials.md}.
 */
@Tag("bench")
class ClusterTrialsBenchmark {

    private static final int NOTES = 300;
    private static final int THREADS = 4;
    private static final Duration FROZEN = Duration.ofSeconds(15);

    @TempDir
    Path folder;

    @Test
    void cluster_trials() throws Exception {
        int rounds = Integer.parseInt(System.getProperty("cluster.rounds", "5"));
        List<ClusterTrials.Round> done = new ArrayList<>();
        for (int round = 1; round <= rounds; round++) {
            done.add(ClusterTrials.killRound(folder.resolve("kill-" + round), NOTES, THREADS));
            System.out.println("kill round " + round + ": " + new ClusterTrials.Result(List.of(done.getLast())).line());
        }
        ClusterTrials.Round partition;
        try {
            partition = ClusterTrials.partitionRound(folder.resolve("partition"), NOTES, THREADS, FROZEN);
        } finally {
            keepTheNodesLogs(folder.resolve("partition"),
                    Path.of("target", "bench", "cluster-trials-partition-logs"));
        }
        ClusterTrials.Result kills = new ClusterTrials.Result(List.copyOf(done));
        ClusterTrials.Result partitioned = new ClusterTrials.Result(List.of(partition));
        done.add(partition);
        ClusterTrials.Result all = new ClusterTrials.Result(done);

        Path report = Path.of("target", "bench", "cluster-trials.md");
        Files.createDirectories(report.getParent());
        Files.writeString(report, report(all, kills, partition));
        System.out.println("kill rounds: " + kills.line());
        System.out.println("partition round: " + partitioned.line());
        System.out.println(all.line());
        // The report is written first, so that the real numbers are there whatever happens here.
        assertThat(all.acknowledged()).as(all.line()).isPositive();
        for (ClusterTrials.Round round : done) {
            assertThat(round.findings()).as(round.kind() + " round: " + all.line()).isEmpty();
            assertThat(round.holds()).as(all.line()).isTrue();
        }
    }

    /** The partition round's Hazelcast logs say how the merge went: kept next to the report. */
    private static void keepTheNodesLogs(Path from, Path to) throws java.io.IOException {
        Files.createDirectories(to);
        try (var logs = Files.list(from)) {
            for (Path nodeLog : logs.filter(file -> file.getFileName().toString().endsWith(".log")).toList()) {
                Files.copy(nodeLog, to.resolve(nodeLog.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    private static String report(ClusterTrials.Result all, ClusterTrials.Result kills,
            ClusterTrials.Round partition) {
        StringBuilder md = new StringBuilder();
        md.append("# Cluster trials\n\n").append(all.line()).append("\n\n");
        md.append("Kill rounds: ").append(kills.line()).append(". Partition round: ")
                .append(new ClusterTrials.Result(List.of(partition)).line()).append(".\n\n");
        md.append("""
                Three node processes on loopback (each its own JVM, Hazelcast member and MapDB store;
                heartbeat every 1 s, a member dropped after 8 s without one, split-brain merge checks
                5 s apart) each write %d notes from %d threads to one event's log. A kill round kills
                one node with SIGKILL after a random number of its acknowledgements, reads both
                survivors' logs, restarts the killed node on its store and reads its log once caught
                up, then stops all three, restarts them and reads all three again. The partition round
                freezes one node with SIGSTOP for %d s mid-burst, lets it go with SIGCONT, waits until
                all three see a cluster of three and compares the three logs. "Lost" is an
                acknowledged note missing from some node's log, "duplicated" a note standing twice,
                "order differences" positions where a log differs from the first survivor's, and every
                acknowledged note must also stand at the position its author was told. %d cores, Java %s.

                | round | node hit | its acks before | acknowledged | refused | kept unacknowledged | voided | lost | duplicated | order differences | unanswered | logs compared | fault end to same log (ms) | merge (ms) | round (ms) |
                |---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|
                """.formatted(NOTES, THREADS, FROZEN.toSeconds(), Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version")));
        int n = 1;
        for (ClusterTrials.Round round : all.rounds()) {
            md.append("| %d %s | %s | %d | %d | %d | %d | %d | %d | %d | %d | %d | %d | %d | %s | %d |\n".formatted(n++,
                    round.kind(), round.faulted(), round.faultAfterAcks(), round.acknowledged(), round.failed(),
                    round.keptUnacknowledged(), round.voided(), round.lost(), round.duplicated(),
                    round.orderDifferences(), round.unanswered(), round.dumps(), round.faultToConvergedMs(),
                    round.mergeMs() < 0 ? (round.kind().equals("partition") ? "no merge in 120 s" : "")
                            : Long.toString(round.mergeMs()), round.millis()));
        }
        md.append("\n## Steps (ms)\n\n");
        n = 1;
        for (ClusterTrials.Round round : all.rounds()) {
            md.append("- round ").append(n++).append(' ').append(round.kind()).append(": ");
            md.append(String.join(", ", round.phases().entrySet().stream()
                    .map(step -> step.getKey() + " " + step.getValue()).toList())).append('\n');
        }
        md.append("\n## Refused writes (node: reason, count)\n\n");
        n = 1;
        for (ClusterTrials.Round round : all.rounds()) {
            for (Map.Entry<String, Integer> failure : round.failures().entrySet()) {
                md.append("- round ").append(n).append(' ').append(round.kind()).append(", ")
                        .append(failure.getKey()).append(": ").append(failure.getValue()).append('\n');
            }
            n++;
        }
        md.append("\nThe partition round's node logs are in `target/bench/cluster-trials-partition-logs/`.\n");
        md.append("\n## Broken promises\n\n");
        boolean any = false;
        n = 1;
        for (ClusterTrials.Round round : all.rounds()) {
            for (String finding : round.findings()) {
                md.append("- round ").append(n).append(' ').append(round.kind()).append(": ").append(finding)
                        .append('\n');
                any = true;
            }
            n++;
        }
        if (!any) {
            md.append("None.\n");
        }
        return md.toString();
    }
}
