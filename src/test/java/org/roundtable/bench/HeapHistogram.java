package org.roundtable.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The live objects of a JVM by class ({@code jcmd <pid> GC.class_histogram}, which collects
 * first), so that the report can say what a participant's heap is made of, not only how much.
 */
final class HeapHistogram {

    private static final Pattern ROW = Pattern.compile("^\\s*\\d+:\\s+(\\d+)\\s+(\\d+)\\s+(\\S+)");

    private final Map<String, Long> bytesByClass;

    private HeapHistogram(Map<String, Long> bytesByClass) {
        this.bytesByClass = bytesByClass;
    }

    /** The histogram of the JVM {@code pid}, with the {@code jcmd} of the JDK this JVM runs on. */
    static HeapHistogram of(long pid) throws IOException, InterruptedException {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        Process process = new ProcessBuilder(jcmd.toString(), Long.toString(pid), "GC.class_histogram")
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(2, TimeUnit.MINUTES) || process.exitValue() != 0) {
            throw new IOException("jcmd GC.class_histogram failed for " + pid + ": " + output);
        }
        Map<String, Long> bytes = new HashMap<>();
        for (String line : output.split("\n")) {
            Matcher row = ROW.matcher(line);
            if (row.find()) {
                bytes.merge(row.group(3), Long.parseLong(row.group(2)), Long::sum);
            }
        }
        return new HeapHistogram(bytes);
    }

    /** The {@code top} classes that grew most from {@code before}, in bytes per {@code per} (participants). */
    Map<String, Long> growthSince(HeapHistogram before, int per, int top) {
        Map<String, Long> growth = new HashMap<>();
        bytesByClass.forEach((name, bytes) -> growth.put(name, (bytes - before.bytesByClass.getOrDefault(name, 0L)) / per));
        Map<String, Long> largest = new LinkedHashMap<>();
        growth.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(top)
                .forEach(entry -> largest.put(entry.getKey(), entry.getValue()));
        return largest;
    }
}
