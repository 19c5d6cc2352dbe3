package org.roundtable.live.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One kill round of the cluster trials in every build (the full run is {@code bench/cluster-trials}):
 * three node processes write one event's log at once, one is killed with SIGKILL mid-burst and
 * restarted, then all three are stopped and restarted. Every acknowledged note must stand once in
 * every node's log, at the position its author was told, in one order everywhere.
 */
class ThreeNodesKillTest {

    @TempDir
    Path folder;

    @Test
    void no_acknowledged_note_is_lost_or_duplicated_or_reordered_when_a_node_is_killed_mid_burst() throws Exception {
        ClusterTrials.Round round = ClusterTrials.killRound(folder, 60, 3);
        ClusterTrials.Result result = new ClusterTrials.Result(List.of(round));
        String line = result.line() + "; node " + round.faulted() + " killed after " + round.faultAfterAcks()
                + " acks, " + round.failed() + " refused, " + round.voided() + " voided, " + round.millis() + " ms";
        System.out.println(line + "; " + round.phases());
        round.findings().forEach(System.out::println);

        assertThat(round.acknowledged()).as(line).isPositive();
        assertThat(round.dumps()).as("two survivors, the restarted node, and three after the full restart")
                .isEqualTo(6);
        assertThat(round.findings()).as(line).isEmpty();
        assertThat(round.holds()).as(line).isTrue();
    }
}
