package org.roundtable.live.log;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.stream.LongStream;

import com.hazelcast.core.HazelcastInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.AnnotatedElementContext;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.io.TempDirFactory;
import org.roundtable.testing.Eventually;
import org.roundtable.live.Change;
import org.roundtable.live.ChangeTypes;
import org.roundtable.live.LiveProperties;
import org.roundtable.live.LoggedChange;
import org.roundtable.live.Projection;
import org.roundtable.live.cluster.ClusterLink;
import org.roundtable.live.cluster.HazelcastMember;
import org.roundtable.live.store.ChangeCodec;
import org.roundtable.live.store.MapDbChangeStore;
import org.roundtable.live.store.StoreKeyException;
import org.roundtable.live.store.TestStoreKeys;

class DurableChangeLogTest {

    record NoteAdded(String text) implements Change {
    }

    private static final ChangeTypes TEST_TYPES = new ChangeTypes(Map.of("test.NoteAdded", NoteAdded.class));
    private static final ChangeCodec CODEC = new ChangeCodec(List.of(TEST_TYPES, DurableChangeLog.CHANGE_TYPES),
            TestStoreKeys.cipher());
    private static final Duration APPEND_TIMEOUT = Duration.ofSeconds(5);

    /** One member for the class: starting one takes a second or two. */
    private static HazelcastInstance sharedMember;

    @TempDir
    Path folder;

    private final String event = "event:" + UUID.randomUUID();
    private final List<DurableChangeLog> startedLogs = new ArrayList<>();
    private final List<MapDbChangeStore> openStores = new ArrayList<>();
    private final List<HazelcastInstance> ownMembers = new ArrayList<>();

    private MapDbChangeStore store;
    private RecordingProjection projection;
    private RecordingScreens screens;
    private DurableChangeLog changeLog;

    @BeforeAll
    static void startSharedMember() {
        sharedMember = startMember();
    }

    @AfterAll
    static void stopSharedMember() {
        sharedMember.shutdown();
    }

    @BeforeEach
    void startLog() {
        store = openStore(folder.resolve("roundtable.db"));
        projection = new RecordingProjection();
        screens = new RecordingScreens(projection);
        changeLog = startLog(sharedMember, store, List.of(projection), screens);
    }

    @AfterEach
    void stopEverything() {
        startedLogs.forEach(DurableChangeLog::stop);
        openStores.forEach(MapDbChangeStore::close);
        ownMembers.forEach(HazelcastInstance::shutdown);
    }

    @Test
    void when_append_returns_the_change_is_stored_and_the_read_models_have_it() {
        for (int i = 1; i <= 20; i++) {
            LoggedChange logged = changeLog.append(event, new NoteAdded("note " + i), "participant:p1");

            assertThat(store.get(event, logged.sequence())).as("stored #%d", i).isNotNull();
            assertThat(projection.has(event, logged.sequence())).as("applied #%d", i).isTrue();
        }
    }

    @Test
    void the_appended_change_carries_its_position_author_and_time() {
        Instant before = Instant.now();

        LoggedChange logged = changeLog.append(event, new NoteAdded("Referral received"), "account:facilitator");

        assertThat(logged.logId()).isEqualTo(event);
        assertThat(logged.sequence()).isEqualTo(1);
        assertThat(logged.actor()).isEqualTo("account:facilitator");
        assertThat(logged.change()).isEqualTo(new NoteAdded("Referral received"));
        assertThat(logged.at()).isBetween(before.minusSeconds(1), Instant.now().plusSeconds(1));
        assertThat(changeLog.read(event)).containsExactly(logged);
    }

    @Test
    void each_log_numbers_its_changes_from_one_without_gaps() {
        String otherEvent = "event:" + UUID.randomUUID();
        for (int i = 1; i <= 30; i++) {
            changeLog.append(event, new NoteAdded("a" + i), "participant:p1");
            if (i % 3 == 0) {
                changeLog.append(otherEvent, new NoteAdded("b" + i), "participant:p2");
            }
        }

        assertThat(sequences(changeLog.read(event))).containsExactlyElementsOf(oneTo(30));
        assertThat(sequences(changeLog.read(otherEvent))).containsExactlyElementsOf(oneTo(10));
        assertThat(projection.sequencesOf(event)).containsExactlyElementsOf(oneTo(30));
        assertThat(projection.sequencesOf(otherEvent)).containsExactlyElementsOf(oneTo(10));
        assertThat(changeLog.logIds("event:")).contains(event, otherEvent);
        assertThat(changeLog.logIds(event)).containsExactly(event);
        assertThat(changeLog.logIds("account:")).isEmpty();
    }

    @Test
    void four_authors_appending_at_once_fill_every_position_once_and_read_models_see_them_in_order(
            @TempDir(factory = MemoryBackedFolder.class) Path memoryFolder) throws Exception {
        // This test is about order, not the disk: a store in memory spares it a thousand disk syncs.
        changeLog.stop();
        DurableChangeLog log = startLog(sharedMember, openStore(memoryFolder.resolve("roundtable.db")),
                List.of(projection), screens);
        int authors = 4;
        int each = 250;
        ExecutorService pool = Executors.newFixedThreadPool(authors);
        List<Future<List<Long>>> results = new ArrayList<>();
        Set<Long> notAppliedOnReturn = ConcurrentHashMap.newKeySet();
        CountDownLatch go = new CountDownLatch(1);
        try {
            for (int a = 0; a < authors; a++) {
                String author = "participant:" + a;
                results.add(pool.submit(() -> {
                    go.await();
                    List<Long> mine = new ArrayList<>();
                    for (int i = 0; i < each; i++) {
                        long sequence = log.append(event, new NoteAdded(author + " note " + i), author).sequence();
                        if (!projection.has(event, sequence)) {
                            notAppliedOnReturn.add(sequence);
                        }
                        mine.add(sequence);
                    }
                    return mine;
                }));
            }
            go.countDown();
            List<Long> handedOut = new ArrayList<>();
            for (Future<List<Long>> result : results) {
                List<Long> mine = result.get(60, TimeUnit.SECONDS);
                assertThat(mine).as("one author's changes are in the order they were made").isSorted();
                handedOut.addAll(mine);
            }

            assertThat(handedOut).hasSize(authors * each).containsExactlyInAnyOrderElementsOf(oneTo(authors * each));
        } finally {
            pool.shutdownNow();
        }
        assertThat(notAppliedOnReturn).isEmpty();
        assertThat(projection.sequencesOf(event)).containsExactlyElementsOf(oneTo(authors * each));
        assertThat(sequences(log.read(event))).containsExactlyElementsOf(oneTo(authors * each));
        assertThat(log.read(event)).extracting(c -> ((NoteAdded) c.change()).text()).doesNotHaveDuplicates();
    }

    @Test
    void changes_appended_together_get_consecutive_positions_and_are_all_applied_when_append_returns() {
        changeLog.append(event, new NoteAdded("before"), "participant:p1");

        List<LoggedChange> batch = changeLog.appendAll(event,
                List.of(new NoteAdded("row 1"), new NoteAdded("row 2"), new NoteAdded("row 3")), "account:importer");

        assertThat(sequences(batch)).containsExactly(2L, 3L, 4L);
        assertThat(batch).extracting(LoggedChange::change)
                .containsExactly(new NoteAdded("row 1"), new NoteAdded("row 2"), new NoteAdded("row 3"));
        assertThat(batch).allSatisfy(c -> assertThat(projection.has(event, c.sequence())).isTrue());
        assertThat(batch).allSatisfy(c -> assertThat(store.get(event, c.sequence())).isNotNull());
        assertThat(changeLog.append(event, new NoteAdded("after"), "participant:p1").sequence()).isEqualTo(5);
        assertThat(projection.sequencesOf(event)).containsExactlyElementsOf(oneTo(5));
    }

    @Test
    void appending_no_changes_takes_no_position() {
        assertThat(changeLog.appendAll(event, List.of(), "account:importer")).isEmpty();

        assertThat(changeLog.append(event, new NoteAdded("first"), "participant:p1").sequence()).isEqualTo(1);
    }

    @Test
    void a_batch_appended_while_others_append_single_changes_stays_together() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(3);
        CountDownLatch go = new CountDownLatch(1);
        try {
            Future<List<List<Long>>> batches = pool.submit(() -> {
                go.await();
                List<List<Long>> positions = new ArrayList<>();
                for (int i = 0; i < 20; i++) {
                    positions.add(sequences(changeLog.appendAll(event,
                            List.of(new NoteAdded(i + "a"), new NoteAdded(i + "b"), new NoteAdded(i + "c")), "account:importer")));
                }
                return positions;
            });
            List<Future<?>> singles = new ArrayList<>();
            for (int t = 0; t < 2; t++) {
                String author = "participant:" + t;
                singles.add(pool.submit(() -> {
                    go.await();
                    for (int i = 0; i < 30; i++) {
                        changeLog.append(event, new NoteAdded(author + " " + i), author);
                    }
                    return null;
                }));
            }
            go.countDown();

            for (List<Long> batch : batches.get(60, TimeUnit.SECONDS)) {
                assertThat(batch.get(1)).isEqualTo(batch.get(0) + 1);
                assertThat(batch.get(2)).isEqualTo(batch.get(0) + 2);
            }
            for (Future<?> single : singles) {
                single.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(projection.sequencesOf(event)).containsExactlyElementsOf(oneTo(20 * 3 + 2 * 30));
        assertThat(sequences(changeLog.read(event))).containsExactlyElementsOf(oneTo(20 * 3 + 2 * 30));
    }

    @Test
    void screens_are_told_after_the_read_models_have_the_change() throws InterruptedException {
        changeLog.append(event, new NoteAdded("Strategy meeting held"), "participant:p1");

        assertThat(eventually(() -> screens.toldAbout(event), Duration.ofSeconds(5))).isTrue();
        assertThat(screens.appliedWhenFirstTold(event)).isEqualTo(1);
    }

    @Test
    void a_read_model_that_fails_does_not_keep_the_change_from_the_others() {
        changeLog.stop();
        RecordingProjection healthy = new RecordingProjection();
        Projection failing = change -> {
            throw new IllegalStateException("read model broken");
        };
        DurableChangeLog log = startLog(sharedMember, store, List.of(failing, healthy), screens);

        LoggedChange logged = log.append(event, new NoteAdded("still shown"), "participant:p1");

        assertThat(healthy.has(event, logged.sequence())).isTrue();
    }

    @Test
    void a_stop_lets_a_change_in_flight_finish_and_then_refuses_new_ones() throws Exception {
        changeLog.stop();
        java.util.concurrent.CountDownLatch applying = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        Projection slow = change -> {
            if (change.change() instanceof NoteAdded note && note.text().equals("in flight")) {
                applying.countDown();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        };
        DurableChangeLog log = startLog(sharedMember, store, List.of(slow, projection), screens);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<LoggedChange> author = threads.submit(() -> log.append(event, new NoteAdded("in flight"), "p1"));
            assertThat(applying.await(10, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
            Future<?> stopping = threads.submit(log::stop);
            Thread.sleep(300);
            assertThat(stopping.isDone()).as("the stop waits for the change in flight").isFalse();
            assertThatThrownBy(() -> log.append(event, new NoteAdded("too late"), "p1"))
                    .isInstanceOf(org.roundtable.live.ChangeNotSaved.class);

            release.countDown();

            LoggedChange saved = author.get(10, java.util.concurrent.TimeUnit.SECONDS);
            stopping.get(10, java.util.concurrent.TimeUnit.SECONDS);
            assertThat(store.get(event, saved.sequence())).isNotNull();
            assertThat(projection.has(event, saved.sequence())).isTrue();
        } finally {
            release.countDown();
            threads.shutdownNow();
        }
    }

    @Test
    void nothing_can_be_appended_before_the_log_has_started() {
        DurableChangeLog notStarted = new DurableChangeLog(store, CODEC, ClusterLink.of(sharedMember), List::of, screens, Clock.systemUTC(), APPEND_TIMEOUT);

        assertThatThrownBy(() -> notStarted.append(event, new NoteAdded("too early"), "participant:p1"))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void after_a_restart_with_a_new_member_everything_is_replayed_in_order_and_the_log_continues()
            throws InterruptedException {
        String otherEvent = "event:" + UUID.randomUUID();
        Path file = folder.resolve("restarted.db");
        HazelcastInstance firstMember = startOwnMember();
        MapDbChangeStore firstStore = openStore(file);
        DurableChangeLog firstLog = startLog(firstMember, firstStore, List.of(new RecordingProjection()), screens);
        // Enough that the restart decodes the log on every core: the order must still be the log's.
        for (int i = 1; i <= 300; i++) {
            firstLog.append(event, new NoteAdded("before restart " + i), "participant:p1");
        }
        firstLog.append(otherEvent, new NoteAdded("other event"), "participant:p2");

        firstLog.stop();
        firstMember.shutdown();
        firstStore.close();

        HazelcastInstance secondMember = startOwnMember();
        MapDbChangeStore reopened = openStore(file);
        RecordingProjection fresh = new RecordingProjection();
        DurableChangeLog restarted = startLog(secondMember, reopened, List.of(fresh), screens);

        assertThat(fresh.sequencesOf(event)).containsExactlyElementsOf(oneTo(300));
        assertThat(fresh.changesOf(event).get(149).change()).isEqualTo(new NoteAdded("before restart 150"));
        assertThat(fresh.changesOf(event).getLast().change()).isEqualTo(new NoteAdded("before restart 300"));
        assertThat(fresh.sequencesOf(otherEvent)).containsExactly(1L);

        LoggedChange next = restarted.append(event, new NoteAdded("after restart"), "participant:p1");

        assertThat(next.sequence()).isEqualTo(301);
        assertThat(fresh.sequencesOf(event)).containsExactlyElementsOf(oneTo(301));
        assertThat(restarted.append(otherEvent, new NoteAdded("other again"), "participant:p2").sequence()).isEqualTo(2);
    }

    @Test
    void a_position_lost_in_a_crash_before_it_was_stored_does_not_hold_the_log_up_after_restart() {
        // A crash between being handed position 4 and storing it leaves 1, 2, 3 and 5 in the file.
        Path file = folder.resolve("crashed.db");
        MapDbChangeStore crashed = MapDbChangeStore.open(file, TestStoreKeys.cipher());
        for (long sequence : new long[] {1, 2, 3, 5}) {
            crashed.put(event, sequence, CODEC.encode(new LoggedChange(event, sequence, Instant.EPOCH, "participant:p1",
                    new NoteAdded("stored " + sequence))));
        }
        crashed.close();

        MapDbChangeStore reopened = openStore(file);
        RecordingProjection fresh = new RecordingProjection();
        DurableChangeLog restarted = startLog(sharedMember, reopened, List.of(fresh), screens);

        assertThat(fresh.sequencesOf(event)).containsExactly(1L, 2L, 3L, 5L);
        LoggedChange next = restarted.append(event, new NoteAdded("after the crash"), "participant:p1");
        assertThat(next.sequence()).isEqualTo(6);
        assertThat(fresh.has(event, 6)).as("applied when append returned").isTrue();
        assertThat(sequences(restarted.read(event))).containsExactly(1L, 2L, 3L, 5L, 6L);
    }

    @Test
    void an_altered_change_in_the_store_stops_the_start_naming_its_log_and_position() {
        Path file = folder.resolve("altered.db");
        MapDbChangeStore altered = MapDbChangeStore.open(file, TestStoreKeys.cipher());
        // Long enough to be decoded on every core: the first damaged record in the log's order is named.
        for (long sequence = 1; sequence <= 400; sequence++) {
            byte[] sealed = CODEC.encode(new LoggedChange(event, sequence, Instant.EPOCH, "participant:p1",
                    new NoteAdded("stored " + sequence)));
            if (sequence == 2 || sequence == 350) {
                sealed[sealed.length - 3] ^= 1;
            }
            altered.put(event, sequence, sealed);
        }
        altered.close();
        MapDbChangeStore reopened = openStore(file);
        DurableChangeLog notStarted = new DurableChangeLog(reopened, CODEC, ClusterLink.of(sharedMember), List::of, screens, Clock.systemUTC(), APPEND_TIMEOUT);

        assertThatThrownBy(notStarted::start).isInstanceOf(StoreKeyException.class)
                .hasMessageContaining(event + "#2").hasMessageContaining(file.toAbsolutePath().toString())
                .hasMessageContaining("altered or damaged");
    }

    private DurableChangeLog startLog(HazelcastInstance member, MapDbChangeStore changeStore,
            List<Projection> projections, RecordingScreens tellScreens) {
        DurableChangeLog log = new DurableChangeLog(changeStore, CODEC, ClusterLink.of(member), () -> projections, tellScreens, Clock.systemUTC(), APPEND_TIMEOUT);
        log.start();
        startedLogs.add(log);
        return log;
    }

    private MapDbChangeStore openStore(Path file) {
        MapDbChangeStore opened = MapDbChangeStore.open(file, TestStoreKeys.cipher());
        openStores.add(opened);
        return opened;
    }

    private HazelcastInstance startOwnMember() {
        HazelcastInstance member = startMember();
        ownMembers.add(member);
        return member;
    }

    private static HazelcastInstance startMember() {
        // A cluster name of its own: members of other tests never join this one.
        return HazelcastMember.start(new LiveProperties.Cluster("test-" + UUID.randomUUID(), "127.0.0.1", 5801,
                List.of(), 10_000));
    }

    private static List<Long> sequences(List<LoggedChange> changes) {
        return changes.stream().map(LoggedChange::sequence).toList();
    }

    private static List<Long> oneTo(int n) {
        return LongStream.rangeClosed(1, n).boxed().toList();
    }

    private static boolean eventually(BooleanSupplier condition, Duration within) throws InterruptedException {
        return Eventually.holds(condition, within);
    }

    /** A folder in memory ({@code /dev/shm}) where the system has one, else the usual temporary folder. */
    static final class MemoryBackedFolder implements TempDirFactory {
        @Override
        public Path createTempDirectory(AnnotatedElementContext element, ExtensionContext extension) throws IOException {
            Path shm = Path.of("/dev/shm");
            return Files.isDirectory(shm) && Files.isWritable(shm)
                    ? Files.createTempDirectory(shm, "roundtable-test")
                    : Files.createTempDirectory("roundtable-test");
        }
    }

    /** A read model that remembers what it was given, in the order given. */
    private static final class RecordingProjection implements Projection {
        private final List<LoggedChange> applied = new CopyOnWriteArrayList<>();
        private final Set<String> positions = ConcurrentHashMap.newKeySet();

        @Override
        public void apply(LoggedChange change) {
            applied.add(change);
            positions.add(change.logId() + "#" + change.sequence());
        }

        boolean has(String logId, long sequence) {
            return positions.contains(logId + "#" + sequence);
        }

        List<LoggedChange> changesOf(String logId) {
            return applied.stream().filter(c -> c.logId().equals(logId)).toList();
        }

        List<Long> sequencesOf(String logId) {
            return sequences(changesOf(logId));
        }
    }

    /** Screens that note, each time they are told, how many changes of that log the read model had. */
    private static final class RecordingScreens implements Consumer<String> {
        private final RecordingProjection readModel;
        private final Map<String, Integer> appliedWhenFirstTold = new ConcurrentHashMap<>();

        RecordingScreens(RecordingProjection readModel) {
            this.readModel = readModel;
        }

        @Override
        public void accept(String logId) {
            appliedWhenFirstTold.computeIfAbsent(logId, id -> readModel.changesOf(id).size());
        }

        boolean toldAbout(String logId) {
            return appliedWhenFirstTold.containsKey(logId);
        }

        int appliedWhenFirstTold(String logId) {
            return appliedWhenFirstTold.get(logId);
        }
    }
}
