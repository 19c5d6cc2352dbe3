package org.roundtable.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The benchmark harness, kept working: every part of {@code bench/run} at the smallest size
 * against the packaged jar (run by failsafe in {@code verify}). It checks that every figure is in
 * the report and that nothing went wrong (every note reached every screen, none failed); it does
 * not check the figures against their targets, which only a full run on a quiet machine can.
 */
class BenchHarnessIT {

    private static final List<String> FIGURES = List.of("1-5", "2-5", "3-5", "4", "3-log", "5", "6a", "6b", "7");

    @Test
    void every_figure_is_measured_and_reported_from_a_small_room() throws Exception {
        Path work = Path.of("target", "bench-smoke", "work");
        Path out = Path.of("target", "bench-smoke");
        RoomBenchmarkIT.deleteTree(work);

        RoomBench.run(RoomBench.Config.smoke(), work, out);

        JsonNode report = JsonMapper.builder().build().readTree(Files.readString(out.resolve("report.json")));
        List<String> ids = new ArrayList<>();
        report.get("figures").forEach(figure -> ids.add(figure.get("id").asString()));
        assertThat(ids).containsExactlyInAnyOrderElementsOf(FIGURES);
        assertThat(report.get("machine").get("cores").asInt()).isPositive();
        assertThat(report.get("versions").get("Vaadin Flow").asString()).startsWith("25.");
        report.get("figures").forEach(figure ->
                assertThat(figure.get("measured").asString()).as(figure.get("id").asString()).isNotBlank());

        JsonNode room = figure(report, "1-5").get("values");
        assertThat(room.get("never_shown").asInt()).as("notes some screen never showed").isZero();
        assertThat(room.get("send_failures").asInt()).isZero();
        assertThat(room.get("per_screen").get("count").asInt()).isEqualTo(4 * room.get("screens").asInt());
        assertThat(room.get("real_browsers").get("count").asInt()).isEqualTo(4 * 2);
        assertThat(room.get("floor").get("count").asInt()).isPositive();
        assertThat(figure(report, "2-5").get("values").get("bytes_per_participant").asLong()).isPositive();
        JsonNode burst = figure(report, "4").get("values");
        assertThat(burst.get("send_failures").asInt()).isZero();
        assertThat(burst.get("never_shown").asInt()).isZero();
        assertThat(figure(report, "5").get("values").get("reorderings").asInt()).isZero();
        assertThat(Files.readString(out.resolve("report.md"))).contains("| 7 | Cold start");
    }

    private static JsonNode figure(JsonNode report, String id) {
        for (JsonNode figure : report.get("figures")) {
            if (figure.get("id").asString().equals(id)) {
                return figure;
            }
        }
        throw new AssertionError("No figure " + id);
    }
}
