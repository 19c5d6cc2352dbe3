package org.roundtable.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The benchmark's report: every figure with its target and whether it was met, the machine and
 * the versions, written as {@code report.md} (for people) and {@code report.json} (for tools and
 * the CI smoke) from the same rows.
 */
final class BenchReport {

    /**
     * One figure of issue 8.
     *
     * @param id       "1", "2", … and a suffix where one figure has several rows ("1-500")
     * @param title    what was measured, in a few words
     * @param measured the headline value as people read it
     * @param target   the target as the issue states it
     * @param met      whether the target was met; null where there is no target
     * @param values   the numbers, for report.json
     */
    record Figure(String id, String title, String measured, String target, @Nullable Boolean met,
            Map<String, Object> values) {
    }

    private final String mode;
    private final Instant started = Instant.now();
    private final Map<String, Object> machine = new LinkedHashMap<>();
    private final Map<String, Object> versions = new LinkedHashMap<>();
    private final List<Figure> figures = new ArrayList<>();
    private final List<String> sections = new ArrayList<>();
    private final List<String> findings = new ArrayList<>();

    BenchReport(String mode) {
        this.mode = mode;
    }

    void machine(String key, Object value) {
        machine.put(key, value);
    }

    void version(String key, Object value) {
        versions.put(key, value);
    }

    void figure(Figure figure) {
        figures.add(figure);
    }

    List<Figure> figures() {
        return List.copyOf(figures);
    }

    /** A Markdown section with the details behind the figures (tables, how it was measured). */
    void section(String markdown) {
        sections.add(markdown.strip());
    }

    /** What limits a figure, what was tried, what the profile showed. */
    void finding(String markdown) {
        findings.add(markdown.strip());
    }

    void write(Path directory) throws IOException {
        Files.createDirectories(directory);
        Files.writeString(directory.resolve("report.md"), markdown());
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("mode", mode);
        json.put("started", started.toString());
        json.put("machine", machine);
        json.put("versions", versions);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Figure figure : figures) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", figure.id());
            row.put("title", figure.title());
            row.put("measured", figure.measured());
            row.put("target", figure.target());
            row.put("met", figure.met());
            row.put("values", figure.values());
            rows.add(row);
        }
        json.put("figures", rows);
        json.put("findings", findings);
        JsonMapper mapper = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
        Files.writeString(directory.resolve("report.json"), mapper.writeValueAsString(withoutNaN(json)));
    }

    String markdown() {
        StringBuilder md = new StringBuilder("# Roundtable benchmark report\n\n");
        md.append("Run ").append(started).append(" (").append(mode).append(").\n\n");
        md.append("| # | figure | measured | target | met |\n|---|---|---|---|---|\n");
        for (Figure figure : figures) {
            md.append("| ").append(figure.id()).append(" | ").append(figure.title()).append(" | ")
                    .append(figure.measured()).append(" | ").append(figure.target()).append(" | ")
                    .append(figure.met() == null ? "–" : figure.met() ? "yes" : "**no**").append(" |\n");
        }
        md.append("\n## Machine\n\n");
        machine.forEach((key, value) -> md.append("- ").append(key).append(": ").append(value).append('\n'));
        md.append("\n## Versions\n\n");
        versions.forEach((key, value) -> md.append("- ").append(key).append(": ").append(value).append('\n'));
        if (!findings.isEmpty()) {
            md.append("\n## What limits the figures, and what was tried\n\n");
            findings.forEach(finding -> md.append(finding).append("\n\n"));
        }
        for (String section : sections) {
            md.append('\n').append(section).append('\n');
        }
        return md.toString();
    }

    /** JSON has no NaN: a figure with no samples is null. */
    private static @Nullable Object withoutNaN(@Nullable Object value) {
        if (value instanceof Double number && (number.isNaN() || number.isInfinite())) {
            return null;
        }
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> copy = new LinkedHashMap<>();
            map.forEach((key, inner) -> copy.put(key, withoutNaN(inner)));
            return copy;
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>();
            list.forEach(inner -> copy.add(withoutNaN(inner)));
            return copy;
        }
        return value;
    }
}
