package org.roundtable.bench;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which benchmark notes each screen has seen, and when. Every note the harness sends carries a
 * token ({@code bench-<run>n<n>}, letters and digits); a screen "has" the note when a message pushed to it (a protocol
 * participant) or its DOM (a real browser) first holds the token. Send and arrival times of the
 * protocol participants are {@link System#nanoTime()} in this JVM; browsers report epoch
 * milliseconds, compared with the epoch time of the send (same machine, same clock).
 */
final class NoteTracker {

    private static final Pattern TOKEN = Pattern.compile("bench-[a-z0-9]+");

    private record Sent(long nanos, long epochMicros) {
    }

    private final String run;
    private final Map<String, Sent> sent = new ConcurrentHashMap<>();
    /** token → screen → latency in microseconds. */
    private final Map<String, Map<String, Long>> arrivals = new ConcurrentHashMap<>();
    /** screen → one-second bucket (since the tracker began) → pushes. */
    private final Map<String, Map<Long, AtomicLong>> pushesBySecond = new ConcurrentHashMap<>();
    private final long began = System.nanoTime();
    private final AtomicLong counter = new AtomicLong();

    NoteTracker(String run) {
        this.run = run;
    }

    /** A fresh token for the next note. */
    String nextToken() {
        return "bench-" + run + "n" + counter.incrementAndGet();
    }

    /** The note with {@code token} leaves its author now. */
    void sending(String token) {
        sent.put(token, new Sent(System.nanoTime(), BenchClock.epochMicros()));
    }

    /** The tokens of the notes sent so far. */
    List<String> tokens() {
        return List.copyOf(sent.keySet());
    }

    /** When the note with {@code token} left, in {@link System#nanoTime()}. */
    long sentNanos(String token) {
        Sent note = sent.get(token);
        if (note == null) {
            throw new IllegalStateException("No note " + token + " was sent");
        }
        return note.nanos();
    }

    /**
     * A message to protocol screen {@code screen} at {@code receivedNanos}: a push, or the answer to
     * its own request (not counted as a push, but it shows the notes it carries).
     */
    void received(String screen, String json, long receivedNanos, boolean push) {
        if (push) {
            pushesBySecond.computeIfAbsent(screen, s -> new ConcurrentHashMap<>())
                    .computeIfAbsent((receivedNanos - began) / 1_000_000_000L, s -> new AtomicLong())
                    .incrementAndGet();
        }
        if (json.indexOf("bench-") < 0) {
            return;
        }
        Matcher matcher = TOKEN.matcher(json);
        while (matcher.find()) {
            Sent note = sent.get(matcher.group());
            if (note != null) {
                arrivals.computeIfAbsent(matcher.group(), t -> new ConcurrentHashMap<>())
                        .putIfAbsent(screen, (receivedNanos - note.nanos()) / 1_000);
            }
        }
    }

    /** A browser page {@code screen} showed the note with {@code token} at {@code epochMillis}. */
    void shown(String screen, String token, double epochMillis) {
        Sent note = sent.get(token);
        if (note != null) {
            arrivals.computeIfAbsent(token, t -> new ConcurrentHashMap<>())
                    .putIfAbsent(screen, Math.round(epochMillis * 1000) - note.epochMicros());
        }
    }

    /** Whether every one of {@code screens} has every note sent so far. */
    boolean allArrived(List<String> screens) {
        for (String token : sent.keySet()) {
            Map<String, Long> seen = arrivals.getOrDefault(token, Map.of());
            if (!seen.keySet().containsAll(screens)) {
                return false;
            }
        }
        return true;
    }

    /** The figures of this run over {@code screens}: per screen, per note on every screen, and what never arrived. */
    Figures figures(List<String> screens, List<String> browserScreens) {
        Latencies perScreen = new Latencies();
        Latencies browsers = new Latencies();
        Latencies everyScreen = new Latencies();
        int missing = 0;
        Map<String, Integer> missingByScreen = new TreeMap<>();
        for (String token : sent.keySet()) {
            Map<String, Long> seen = arrivals.getOrDefault(token, Map.of());
            long slowest = 0;
            boolean complete = true;
            for (String screen : screens) {
                Long micros = seen.get(screen);
                if (micros == null) {
                    missing++;
                    missingByScreen.merge(screen, 1, Integer::sum);
                    complete = false;
                    continue;
                }
                perScreen.record(micros);
                if (browserScreens.contains(screen)) {
                    browsers.record(micros);
                }
                slowest = Math.max(slowest, micros);
            }
            if (complete) {
                everyScreen.record(slowest);
            }
        }
        return new Figures(sent.size(), perScreen, everyScreen, browsers, missing, missingByScreen);
    }

    /** Pushes a screen received in one second: the most any screen had, and the mean over screens and seconds with any. */
    PushRate pushRate(long fromSecond, long toSecond) {
        long most = 0;
        long total = 0;
        long screenSeconds = 0;
        Map<Long, Long> over4 = new HashMap<>();
        for (Map<Long, AtomicLong> bySecond : pushesBySecond.values()) {
            for (long second = fromSecond; second < toSecond; second++) {
                AtomicLong count = bySecond.get(second);
                long pushes = count == null ? 0 : count.get();
                most = Math.max(most, pushes);
                total += pushes;
                screenSeconds++;
                if (pushes > 4) {
                    over4.merge(second, 1L, Long::sum);
                }
            }
        }
        return new PushRate(most, screenSeconds == 0 ? 0 : (double) total / screenSeconds,
                over4.values().stream().mapToLong(Long::longValue).sum());
    }

    /** Seconds since the tracker began, for {@link #pushRate}. */
    long secondNow() {
        return (System.nanoTime() - began) / 1_000_000_000L;
    }

    /**
     * @param notes       notes sent
     * @param perScreen   send → shown, every (note, screen) pair
     * @param everyScreen send → shown on the last screen to show it, per note
     * @param browsers    the real browsers' share of {@code perScreen}
     * @param missing     (note, screen) pairs never shown
     * @param missingByScreen the screens that missed notes, and how many
     */
    record Figures(int notes, Latencies perScreen, Latencies everyScreen, Latencies browsers, int missing,
            Map<String, Integer> missingByScreen) {
    }

    /**
     * @param most          the most pushes one screen received in one second
     * @param mean          pushes per screen per second, on average
     * @param screenSecondsOverFour (screen, second) pairs with more than four pushes
     */
    record PushRate(long most, double mean, long screenSecondsOverFour) {
    }
}
