package org.roundtable.bench.app;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import org.roundtable.RoundtableApplication;
import org.roundtable.access.Accounts;
import org.roundtable.access.Caller;
import org.roundtable.board.NoteKind;
import org.roundtable.board.NotePlace;
import org.roundtable.board.Notes;
import org.roundtable.board.Perspective;
import org.roundtable.event.Agency;
import org.roundtable.event.EventSecrets;
import org.roundtable.event.LearningEvent;
import org.roundtable.event.LearningEvents;
import org.roundtable.event.NewLearningEvent;
import org.roundtable.live.ChangeLog;
import org.roundtable.record.RecordExport;
import org.roundtable.record.RecordExportFormat;
import org.roundtable.record.RecordExportOptions;
import org.roundtable.timeline.ChronologyDate;
import org.roundtable.timeline.NewTimelineEntry;
import org.roundtable.timeline.TimelineEntry;
import org.roundtable.timeline.Timelines;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A store prepared before the production jar starts on it: the whole application runs in the
 * benchmark's own JVM on that store file and key (the demo event loaded, an administrator
 * created), events are added through the real services, and {@link #close} stops it cleanly so
 * that the jar can open the file. Also measures exporting a big event, since that needs no
 * process of its own.
 */
public final class BenchStore implements AutoCloseable {

    public static final String ADMIN_USERNAME = "bench-admin";
    public static final String ADMIN_PASSWORD = "bench-admin-password-1";

    /** Concurrent authors while seeding: a room's tablets send at the same time, and share the journal's forces. */
    private static final int AUTHORS = 4;
    private static final int EXPORT_ROUNDS = 3;

    private static final List<NewLearningEvent.AgencyName> AGENCIES = List.of(
            new NewLearningEvent.AgencyName("Police", "POL"),
            new NewLearningEvent.AgencyName("Children's Social Care", "CSC"),
            new NewLearningEvent.AgencyName("Health Visiting", "HV"),
            new NewLearningEvent.AgencyName("GP practice", "GP"),
            new NewLearningEvent.AgencyName("School and nursery", "SCH"),
            new NewLearningEvent.AgencyName("Housing", "HOU"));

    /**
     * What a benchmark needs to drive the demo event of the store.
     *
     * @param joinCode       as people type it ({@code XXXX-XXXX}); {@code /join/<code>} opens the join page
     * @param projectorToken the projector's read-only link's token
     * @param agencyNames    the agencies taking part, as shown
     */
    public record RoomSetup(String eventId, String joinCode, String projectorToken, List<String> agencyNames,
            String adminUsername, String adminPassword) {

        public RoomSetup {
            agencyNames = List.copyOf(agencyNames);
        }
    }

    /**
     * An event seeded for the restart figure.
     *
     * @param changes how many changes its log holds
     * @param millis  how long seeding it took
     */
    public record SeededEvent(String eventId, int changes, long millis) {
    }

    /**
     * Exporting one event of {@code items} notes in every format.
     *
     * @param bestMillis best of three after a warm-up, per format
     * @param bytes      size of the file, per format
     * @param seedMillis how long adding the notes took
     */
    public record ExportFigures(int items, Map<RecordExportFormat, Long> bestMillis,
            Map<RecordExportFormat, Integer> bytes, long seedMillis) {

        public ExportFigures {
            bestMillis = Map.copyOf(bestMillis);
            bytes = Map.copyOf(bytes);
        }

        /** The slowest format's time. */
        public long slowestMillis() {
            return bestMillis.values().stream().mapToLong(Long::longValue).max().orElse(0);
        }
    }

    private final ConfigurableApplicationContext context;
    private final Accounts accounts;
    private final LearningEvents events;
    private final Timelines timelines;
    private final Notes notes;
    private final ChangeLog changeLog;
    private final RecordExport export;
    private final Random random = new Random(8);

    private BenchStore(ConfigurableApplicationContext context) {
        this.context = context;
        this.accounts = context.getBean(Accounts.class);
        this.events = context.getBean(LearningEvents.class);
        this.timelines = context.getBean(Timelines.class);
        this.notes = context.getBean(Notes.class);
        this.changeLog = context.getBean(ChangeLog.class);
        this.export = context.getBean(RecordExport.class);
    }

    /** A fresh master key: base64 of 32 random bytes, as {@code roundtable.store.key} takes it. */
    public static String newKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }

    /**
     * Starts the application in this JVM on {@code storeFile} (created if missing) with
     * {@code key}: the demo event is loaded into an empty store and the administrator
     * {@link #ADMIN_USERNAME} is created on a store without accounts. Its web server listens on a
     * random port, its Hazelcast member joins nobody.
     */
    public static BenchStore open(Path storeFile, String key) {
        ConfigurableApplicationContext context = new SpringApplicationBuilder(RoundtableApplication.class)
                .run("--server.port=0",
                        "--roundtable.store.file=" + storeFile.toAbsolutePath(),
                        "--roundtable.store.key=" + key,
                        "--roundtable.cluster.name=bench-store-" + UUID.randomUUID(),
                        "--roundtable.cluster.port=" + AppProcess.freePort(),
                        "--roundtable.access.admin-username=" + ADMIN_USERNAME,
                        "--roundtable.access.admin-password=" + ADMIN_PASSWORD,
                        "--roundtable.demo.enabled=true");
        return new BenchStore(context);
    }

    /** Opens the store, reads the demo event's setup, and closes it again. */
    public static RoomSetup prepare(Path storeFile, String key) {
        try (BenchStore store = open(storeFile, key)) {
            return store.room();
        }
    }

    /** The demo event, its join code, projector token and agencies. */
    public RoomSetup room() {
        Caller.Account admin = admin();
        LearningEvent demo = events.listFor(admin).stream().filter(LearningEvent::demo).findFirst()
                .orElseThrow(() -> new IllegalStateException("The store has no demo event"));
        EventSecrets secrets = events.secretsFor(admin, demo.id());
        return new RoomSetup(demo.id(), secrets.displayJoinCode(), secrets.projectorToken(),
                demo.agencies().stream().map(Agency::name).toList(), ADMIN_USERNAME, ADMIN_PASSWORD);
    }

    /**
     * Adds one more event whose log holds {@code changes} changes (at least the few that creating
     * it, its timeline and its room take): a facilitator creates it with six agencies and a
     * 40-entry timeline, 24 people join, and the rest are notes from four authors at once
     * through the real {@link Notes} service, a room's mix of kinds, hindsight, places and lengths.
     */
    public SeededEvent seedLargeEvent(int changes) throws InterruptedException {
        long start = System.nanoTime();
        Caller.Account owner = newFacilitator();
        LearningEvent event = newEvent(owner, "Child L (benchmark)", 40);
        List<Caller> authors = new ArrayList<>();
        authors.add(owner);
        for (int i = 0; i < 24; i++) {
            authors.add(join(event, owner, AGENCIES.get(i % AGENCIES.size()).code()));
        }
        int before = changesIn(event.id());
        addNotes(event, owner, authors, Math.max(0, changes - before));
        return new SeededEvent(event.id(), changesIn(event.id()), elapsedMillis(start));
    }

    /**
     * Exports an event of {@code items} notes on 50 timeline entries through the real
     * {@link RecordExport} in every format (anonymised, as a facilitator downloads it): a warm-up,
     * then the best of three per format.
     */
    public ExportFigures exportFigures(int items) throws InterruptedException {
        long seeding = System.nanoTime();
        Caller.Account owner = newFacilitator();
        LearningEvent event = newEvent(owner, "Child E (export benchmark)", 50);
        List<Caller> authors = new ArrayList<>(List.of(owner));
        for (int i = 0; i < 12; i++) {
            authors.add(join(event, owner, AGENCIES.get(i % AGENCIES.size()).code()));
        }
        addNotes(event, owner, authors, items);
        long seedMillis = elapsedMillis(seeding);
        Map<RecordExportFormat, Long> best = new EnumMap<>(RecordExportFormat.class);
        Map<RecordExportFormat, Integer> bytes = new EnumMap<>(RecordExportFormat.class);
        for (RecordExportFormat format : RecordExportFormat.values()) {
            export.export(owner, event.id(), RecordExportOptions.ANONYMISED, format);
            long fastest = Long.MAX_VALUE;
            for (int round = 0; round < EXPORT_ROUNDS; round++) {
                long start = System.nanoTime();
                int size = export.export(owner, event.id(), RecordExportOptions.ANONYMISED, format).bytes().length;
                fastest = Math.min(fastest, elapsedMillis(start));
                bytes.put(format, size);
            }
            best.put(format, fastest);
        }
        return new ExportFigures(items, best, bytes, seedMillis);
    }

    /** How many changes the log of {@code eventId} holds in this store. */
    public int changesIn(String eventId) {
        return changeLog.read(LearningEvent.logIdOf(eventId)).size();
    }

    /** Every change of every log in this store. */
    public long changesInStore() {
        return changeLog.logIds("").stream().mapToLong(logId -> changeLog.read(logId).size()).sum();
    }

    /** Stops the application cleanly: the store is closed and left for the next start to trust. */
    @Override
    public void close() {
        context.close();
    }

    private Caller.Account admin() {
        return accounts.byUsername(ADMIN_USERNAME).orElseThrow(() -> new IllegalStateException(
                "The store has no account " + ADMIN_USERNAME + ": it was not prepared by BenchStore"));
    }

    private Caller.Account newFacilitator() {
        return accounts.createFacilitator(admin(), "bench-" + UUID.randomUUID().toString().substring(0, 8),
                ADMIN_PASSWORD);
    }

    private LearningEvent newEvent(Caller.Account owner, String pseudonym, int entries) {
        LearningEvent event = events.create(owner, new NewLearningEvent(pseudonym, LocalDate.of(2026, 12, 1),
                "Room 3", AGENCIES));
        List<NewTimelineEntry> timeline = new ArrayList<>();
        for (int i = 0; i < entries; i++) {
            String agency = AGENCIES.get(i % AGENCIES.size()).code();
            timeline.add(new NewTimelineEntry(agency, ChronologyDate.onDay(LocalDate.of(2025, 1, 6).plusDays(i * 3L)),
                    i % 3 == 0 ? LocalTime.of(9 + i % 8, 30) : null, null,
                    "Contact " + (i + 1) + ": a home visit was made and the family's situation discussed.",
                    "Case record", "Practitioner", null, null));
        }
        timelines.addAll(owner, event.id(), timeline);
        return event;
    }

    private Caller.Participant join(LearningEvent event, Caller.Account owner, String agencyCode) {
        String code = events.secretsFor(owner, event.id()).displayJoinCode();
        return events.join(code, "Practitioner", agencyCode, null, "bench-" + UUID.randomUUID());
    }

    /** {@code count} notes from {@link #AUTHORS} threads, each note from one of {@code authors}. */
    private void addNotes(LearningEvent event, Caller.Account owner, List<Caller> authors, int count)
            throws InterruptedException {
        List<TimelineEntry> entries = timelines.timelineFor(owner, event.id()).entries();
        AtomicInteger next = new AtomicInteger();
        List<PlannedNote> planned = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            planned.add(plan(i, authors, entries));
        }
        try (ExecutorService writers = Executors.newFixedThreadPool(AUTHORS)) {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < AUTHORS; t++) {
                done.add(writers.submit(() -> {
                    for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                        PlannedNote note = planned.get(i);
                        notes.add(note.author(), event.id(), note.place(), note.kind(), note.perspective(),
                                note.text());
                    }
                    return null;
                }));
            }
            for (Future<?> writer : done) {
                try {
                    writer.get(30, TimeUnit.MINUTES);
                } catch (ExecutionException | TimeoutException e) {
                    throw new IllegalStateException("Seeding notes failed", e);
                }
            }
        }
    }

    private record PlannedNote(Caller author, NotePlace place, NoteKind kind, Perspective perspective, String text) {
    }

    /** Mostly comments and queries on entries, some additions in the gaps, a little hindsight; short and long. */
    private PlannedNote plan(int i, List<Caller> authors, List<TimelineEntry> entries) {
        int roll = random.nextInt(100);
        NoteKind kind = roll < 40 ? NoteKind.COMMENT : roll < 65 ? NoteKind.QUERY : roll < 80 ? NoteKind.CORRECTION
                : roll < 92 ? NoteKind.ADDITIONAL_EVENT : NoteKind.GOOD_PRACTICE;
        String entryId = entries.get(random.nextInt(entries.size())).id();
        NotePlace place = kind == NoteKind.ADDITIONAL_EVENT ? NotePlace.gapAfter(entryId) : NotePlace.onEntry(entryId);
        Perspective perspective = random.nextInt(100) < 15 ? Perspective.HINDSIGHT : Perspective.AT_THE_TIME;
        StringBuilder text = new StringBuilder("Note ").append(i + 1).append(": ");
        int sentences = 1 + random.nextInt(random.nextInt(10) < 8 ? 2 : 8);
        for (int s = 0; s < sentences; s++) {
            text.append(SENTENCES.get(random.nextInt(SENTENCES.size()))).append(' ');
        }
        return new PlannedNote(authors.get(random.nextInt(authors.size())), place, kind, perspective,
                text.toString().trim());
    }

    private static final List<String> SENTENCES = List.of(
            "We knew the family had moved twice that year.",
            "Was this shared with the health visitor at the time?",
            "The referral was made on the Tuesday, not the Monday.",
            "The school had noticed J was often hungry in the mornings.",
            "A strategy discussion could have been held here.",
            "Nobody asked who the new partner was.",
            "Housing had a record of the overcrowding complaint.",
            "The GP saw the mother the week before; nothing was noted about J.",
            "Good joint visit: police and social care went together.",
            "The nursery place had been offered but not taken up.");

    private static long elapsedMillis(long startNanos) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos);
    }
}
