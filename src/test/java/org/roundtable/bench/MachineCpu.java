package org.roundtable.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

/** What the report says about the machine: from Linux's {@code /proc}, where it exists. */
final class MachineCpu {

    private MachineCpu() {
    }

    /** The machine's CPU counters now: busy and total jiffies over every core ({@code /proc/stat}). */
    static long[] sample() {
        try {
            String[] fields = Files.readAllLines(Path.of("/proc/stat")).getFirst().trim().split("\\s+");
            long total = 0;
            for (int i = 1; i < fields.length; i++) {
                total += Long.parseLong(fields[i]);
            }
            long idle = Long.parseLong(fields[4]) + (fields.length > 5 ? Long.parseLong(fields[5]) : 0);
            return new long[] {total - idle, total};
        } catch (IOException | RuntimeException notLinux) {
            return new long[] {0, 0};
        }
    }

    /** The share of the machine's CPU (all cores) that was busy since {@code before}; NaN if unknown. */
    static double busySince(long[] before) {
        long[] now = sample();
        long total = now[1] - before[1];
        return total <= 0 ? Double.NaN : (double) (now[0] - before[0]) / total;
    }

    static String model() {
        return firstLine(Path.of("/proc/cpuinfo"), "model name");
    }

    static String memory() {
        return firstLine(Path.of("/proc/meminfo"), "MemTotal");
    }

    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (IOException notLinux) {
            return "unknown";
        }
    }

    /** The version of a library on the classpath, from its Maven metadata. */
    static String mavenVersion(String group, String artifact) {
        try (InputStream in = MachineCpu.class.getResourceAsStream(
                "/META-INF/maven/" + group + "/" + artifact + "/pom.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static String firstLine(Path file, String key) {
        try {
            List<String> lines = Files.readAllLines(file);
            return lines.stream().filter(line -> line.startsWith(key)).findFirst()
                    .map(line -> line.substring(line.indexOf(':') + 1).trim()).orElse("unknown");
        } catch (IOException notLinux) {
            return "unknown";
        }
    }
}
