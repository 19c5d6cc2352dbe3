package org.roundtable.live.log;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.roundtable.live.Change;
import org.roundtable.live.ChangeLog;
import org.roundtable.live.ChangeNotSaved;
import org.roundtable.live.ChangeTypes;
import org.roundtable.live.LoggedChange;
import org.roundtable.live.Projection;
import org.roundtable.live.Purge;
import org.roundtable.live.cluster.ClusterLink;
import org.roundtable.live.cluster.HazelcastMember;
import org.roundtable.live.cluster.PeerCatchUp;
import org.roundtable.live.store.ChangeCodec;
import org.roundtable.live.store.MapDbChangeStore;
import org.roundtable.live.store.StoreKeyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one path of every change: sequence it in the cluster, publish it to every node; each node
 * stores the first change the cluster delivers at each position (forced to disk), applies it to
 * the read models in log order and then tells the screens. The author is told it is saved once
 * its own node has stored and applied it. A node that starts, rejoins or merges back after a
 * partition fetches what it lacks from the others; a gap that no node can fill (its author's node
 * died between sequencing and publishing) is voided through the cluster, so that every node keeps
 * the same record at every position (DD007).
 */
public final class DurableChangeLog implements ChangeLog {

    private static final Logger log = LoggerFactory.getLogger(DurableChangeLog.class);

    /** The log's own change types: a position filled because its change could not be stored; a purge. */
    public static final ChangeTypes CHANGE_TYPES = new ChangeTypes(Map.of("SequenceVoided", SequenceVoided.class,
            "LogPurged", LogPurged.class));

    /** How long a gap may wait for its changes before the other nodes are asked and then it is voided. */
    public static final Duration DEFAULT_GAP_TIMEOUT = Duration.ofSeconds(2);
    private static final Duration PEER_TIMEOUT = Duration.ofSeconds(10);
    /** Logs shorter than this are decoded one by one: the parallel stream costs more than it gains. */
    private static final int PARALLEL_DECODE_FROM = 256;

    private final MapDbChangeStore store;
    private final ChangeCodec codec;
    private final ClusterLink cluster;
    /** Whether this node lists other nodes, so may be cut off and merge back (a single node never does). */
    private final boolean mayMerge;
    private final Supplier<List<Projection>> projectionSource;
    private List<Projection> projections = List.of();
    private final Consumer<String> screens;
    private final Clock clock;
    private final Duration appendTimeout;
    private final Duration gapTimeout;

    private final InOrderDelivery delivery = new InOrderDelivery();
    private final Map<Position, Awaited> awaited = new ConcurrentHashMap<>();
    private final Set<String> purged = ConcurrentHashMap.newKeySet();
    private final Map<Position, Instant> gapsSeen = new HashMap<>();
    private final ScheduledExecutorService upkeep = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("change-log-upkeep").daemon().factory());
    private final AtomicBoolean catchUpQueued = new AtomicBoolean();
    private final Queue<StoredAt> recentlyStored = new ConcurrentLinkedQueue<>();
    private final Queue<LoggedChange> toSendAgain = new ConcurrentLinkedQueue<>();
    private @Nullable UUID mergeListener;
    private volatile boolean started;
    private volatile boolean headsLifted;
    /** Appends under way; a stop waits for them. */
    private final AtomicInteger inFlight = new AtomicInteger();

    private record Position(String logId, long sequence) {
    }

    /** A change this node stored, and when: what a merge after a partition must check. */
    private record StoredAt(Position position, Instant at) {
    }

    /**
     * How far back a node that merged back after a partition compares what it stored with the
     * cluster: longer than Hazelcast takes to notice a lost member and to merge it back.
     */
    static final Duration MERGE_WINDOW = Duration.ofMinutes(10);
    private static final Duration MERGE_SETTLING = Duration.ofSeconds(5);

    /** An author waiting for its change to come back from the cluster, stored and applied. */
    private record Awaited(LoggedChange expected, CompletableFuture<Void> applied) {
    }

    public DurableChangeLog(MapDbChangeStore store, ChangeCodec codec, ClusterLink cluster,
            Supplier<List<Projection>> projections, Consumer<String> screens, Clock clock, Duration appendTimeout) {
        this(store, codec, cluster, projections, screens, clock, appendTimeout, DEFAULT_GAP_TIMEOUT);
    }

    public DurableChangeLog(MapDbChangeStore store, ChangeCodec codec, ClusterLink cluster,
            Supplier<List<Projection>> projections, Consumer<String> screens, Clock clock, Duration appendTimeout,
            Duration gapTimeout) {
        this.store = store;
        this.codec = codec;
        this.cluster = cluster;
        this.mayMerge = cluster.member().getConfig().getNetworkConfig().getJoin().getTcpIpConfig().isEnabled();
        this.projectionSource = projections;
        this.screens = screens;
        this.clock = clock;
        this.appendTimeout = appendTimeout;
        this.gapTimeout = gapTimeout;
    }

    /**
     * Replays this node's store into the read models, receives what the cluster still carries,
     * fetches from the other nodes what this node lacks, fills the gaps nobody can, lifts the
     * cluster's heads to what this node holds, and starts taking changes. Called once, before any
     * screen is served.
     */
    public void start() {
        long replayed;
        synchronized (this) {
            if (started || mergeListener != null) {
                return;
            }
            replayed = replay();
        }
        cluster.fanOut().listen(this::receive, this::catchUpLater);
        cluster.peers().serve(this::changesAfter);
        cluster.peers().appendFor(this::appendForAnotherNode);
        long fetched = catchUp();
        fillGaps(Duration.ZERO);
        liftHeads();
        mergeListener = cluster.onMerged(this::mergedBack);
        upkeep.scheduleWithFixedDelay(this::upkeep, 500, 500, TimeUnit.MILLISECONDS);
        // A change published just before this node listened, and not yet stored by any other node
        // when it was asked, would be missed until the next change of its log: ask once more.
        upkeep.schedule(this::catchUp, gapTimeout.toMillis(), TimeUnit.MILLISECONDS);
        started = true;
        log.info("Change log ready: {} changes in {} logs replayed, {} fetched from other nodes", replayed,
                store.heads().size(), fetched);
    }

    private long replay() {
        projections = List.copyOf(projectionSource.get());
        purges().forEach(purge -> purged.add(purge.logId()));
        long replayed = 0;
        for (String logId : store.heads().keySet()) {
            if (purged.contains(logId)) {
                // The node stopped in the middle of a purge: finish it rather than bring the log back.
                store.removeLog(logId);
                continue;
            }
            for (LoggedChange change : decodeAll(logId, store.readNumbered(logId))) {
                replayed += deliver(change).size();
            }
        }
        return replayed;
    }

    /**
     * Decodes a log's stored changes on every core (opening each sealed record and reading its JSON
     * is most of a restart's work; both are safe to do at once), in the log's order. A record that
     * cannot be read is reported as in a one-by-one replay: the first in the log's order, thrown here.
     */
    private List<LoggedChange> decodeAll(String logId, List<MapDbChangeStore.Stored> stored) {
        if (stored.size() < PARALLEL_DECODE_FROM) {
            return stored.stream().map(numbered -> decodeStored(logId, numbered)).toList();
        }
        record Decoded(@Nullable LoggedChange change, @Nullable RuntimeException failure) {
        }
        List<Decoded> decoded = stored.parallelStream().map(numbered -> {
            try {
                return new Decoded(decodeStored(logId, numbered), null);
            } catch (RuntimeException e) {
                return new Decoded(null, e);
            }
        }).toList();
        List<LoggedChange> changes = new ArrayList<>(decoded.size());
        for (Decoded one : decoded) {
            if (one.failure() != null) {
                throw one.failure();
            }
            changes.add(one.change());
        }
        return changes;
    }

    /** A stored change, or a refusal to start that names it: a damaged record is never skipped silently. */
    private LoggedChange decodeStored(String logId, MapDbChangeStore.Stored stored) {
        try {
            return codec.decode(stored.encoded());
        } catch (StoreKeyException e) {
            throw new StoreKeyException("The stored change " + logId + "#" + stored.sequence() + " in "
                    + store.file().toAbsolutePath() + " cannot be read: " + e.getMessage() + ". Restore the store "
                    + "from a backup taken before it was damaged, or give the key it was written with", e);
        }
    }

    /**
     * Stops taking changes, lets the changes in flight finish (up to {@code appendTimeout}: their
     * authors are told "saved" or "not saved", never left without an answer), then leaves the
     * cluster's topic.
     */
    public void stop() {
        started = false;
        long deadline = System.nanoTime() + appendTimeout.toNanos();
        synchronized (inFlight) {
            while (inFlight.get() > 0 && System.nanoTime() < deadline) {
                try {
                    inFlight.wait(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
        }
        upkeep.shutdownNow();
        if (!cluster.member().getLifecycleService().isRunning()) {
            return;
        }
        try {
            if (mergeListener != null) {
                cluster.stopListening(mergeListener);
            }
            cluster.peers().stopServing();
            cluster.fanOut().stop();
        } catch (RuntimeException e) {
            log.debug("The cluster member stopped first", e);
        }
    }

    @Override
    public LoggedChange append(String logId, Change change, String actor) {
        return appendAll(logId, List.of(change), actor).getFirst();
    }

    @Override
    public List<LoggedChange> appendAll(String logId, List<? extends Change> changes, String actor) {
        inFlight.incrementAndGet();
        try {
            if (!started) {
                throw new ChangeNotSaved("The change could not be saved: the change log is not started, or stopping");
            }
            return appendStarted(logId, changes, actor);
        } finally {
            if (inFlight.decrementAndGet() == 0) {
                synchronized (inFlight) {
                    inFlight.notifyAll();
                }
            }
        }
    }

    private List<LoggedChange> appendStarted(String logId, List<? extends Change> changes, String actor) {
        if (purged.contains(logId)) {
            throw new IllegalStateException("The log " + logId + " has been purged");
        }
        if (changes.isEmpty()) {
            return List.of();
        }
        liftHeads();
        if (!headsLifted) {
            throw new ChangeNotSaved("The change could not be saved: this node is waiting for enough of the "
                    + "cluster's nodes to be up");
        }
        long first;
        try {
            first = changes.size() == 1 ? cluster.sequencer().next(logId)
                    : cluster.sequencer().nextRange(logId, changes.size());
        } catch (RuntimeException e) {
            throw new ChangeNotSaved("The change could not be saved: this node cannot reach enough of the "
                    + "cluster to take changes (" + e.getClass().getSimpleName() + ")", e);
        }
        Instant at = clock.instant();
        List<LoggedChange> logged = new ArrayList<>(changes.size());
        List<byte[]> encoded = new ArrayList<>(changes.size());
        for (int i = 0; i < changes.size(); i++) {
            LoggedChange change = new LoggedChange(logId, first + i, at, actor, changes.get(i));
            logged.add(change);
            encoded.add(codec.encode(change));
        }
        List<Awaited> waits = new ArrayList<>();
        for (LoggedChange change : logged) {
            Awaited wait = new Awaited(change, new CompletableFuture<>());
            awaited.put(new Position(logId, change.sequence()), wait);
            waits.add(wait);
        }
        try {
            try {
                cluster.fanOut().publishAll(encoded);
            } catch (RuntimeException e) {
                // The positions were handed out: fill them, if the cluster takes anything, so that no node waits.
                voidQuietly(logged, "not published: " + e.getClass().getSimpleName());
                throw new ChangeNotSaved("The change could not be saved: the cluster did not take it", e);
            }
            try {
                CompletableFuture.allOf(waits.stream().map(Awaited::applied).toArray(CompletableFuture[]::new))
                        .get(appendTimeout.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ChangeNotSaved("Interrupted before the change was confirmed", e);
            } catch (ExecutionException e) {
                throw new ChangeNotSaved("The change could not be saved: " + e.getCause().getMessage(),
                        e.getCause());
            } catch (TimeoutException e) {
                throw new ChangeNotSaved("The change was not confirmed in time; it may still appear", e);
            }
        } finally {
            logged.forEach(change -> awaited.remove(new Position(logId, change.sequence())));
        }
        return List.copyOf(logged);
    }

    /** Publishes voids for {@code positions}; whether the cluster took them. */
    private boolean voidQuietly(List<LoggedChange> positions, String reason) {
        try {
            cluster.fanOut().publishAll(positions.stream()
                    .map(change -> codec.encode(voided(change.logId(), change.sequence(), reason)))
                    .toList());
            return true;
        } catch (RuntimeException e) {
            log.warn("Could not void {} positions of {}: {}", positions.size(), positions.getFirst().logId(),
                    e.toString());
            return false;
        }
    }

    private LoggedChange voided(String logId, long sequence, String reason) {
        return new LoggedChange(logId, sequence, clock.instant(), "system", new SequenceVoided(reason));
    }

    /** One change arriving from the cluster's topic, on its single delivery thread. */
    private void receive(byte[] encoded) {
        arrive(codec.decode(encoded), encoded);
    }

    /**
     * One change arriving, from the topic or from another node: stored if it is the first at its
     * position (a repeat is dropped), then applied with whatever it releases, in log order.
     */
    private synchronized void arrive(LoggedChange change, byte[] encoded) {
        if (purged.contains(change.logId())) {
            // Published before the purge reached the cluster, or a late repeat: it must not come back.
            return;
        }
        if (change.sequence() <= delivery.lastDelivered(change.logId())
                || !store.putUnforced(change.logId(), change.sequence(), encoded)) {
            return;
        }
        if (mayMerge) {
            recentlyStored.add(new StoredAt(new Position(change.logId(), change.sequence()), clock.instant()));
        }
        List<LoggedChange> ready = deliver(change);
        if (ready.stream().anyMatch(next -> awaited.containsKey(new Position(next.logId(), next.sequence())))) {
            // An author on this node is told "saved" only once it is on disk here.
            store.force();
        }
        ready.stream().map(LoggedChange::logId).distinct().forEach(this::tellScreens);
        ready.stream().map(LoggedChange::change).filter(LogPurged.class::isInstance).map(LogPurged.class::cast)
                .map(LogPurged::logId).distinct().forEach(this::tellScreens);
        for (LoggedChange next : ready) {
            Awaited waiting = awaited.get(new Position(next.logId(), next.sequence()));
            if (waiting == null) {
                continue;
            }
            if (next.change() instanceof SequenceVoided voidedHere
                    && !(waiting.expected().change() instanceof SequenceVoided)) {
                waiting.applied().completeExceptionally(new IllegalStateException(
                        "its place in the log was given up (" + voidedHere.reason() + ")"));
            } else {
                waiting.applied().complete(null);
            }
        }
    }

    /** Offers a stored change to in-order delivery and applies what it releases. */
    private List<LoggedChange> deliver(LoggedChange change) {
        List<LoggedChange> ready = delivery.offer(change);
        ready.forEach(this::applyToReadModels);
        return ready;
    }

    private void applyToReadModels(LoggedChange change) {
        if (change.change() instanceof SequenceVoided || purged.contains(change.logId())) {
            return;
        }
        if (change.change() instanceof LogPurged purge) {
            purgeHere(purge.logId());
            return;
        }
        for (Projection projection : projections) {
            try {
                projection.apply(change);
            } catch (RuntimeException e) {
                log.error("Read model {} failed on {}#{}", projection.getClass().getSimpleName(), change.logId(),
                        change.sequence(), e);
            }
        }
    }

    /**
     * Forgets a log on this node, in log order: after this, nothing of it is in the read models,
     * the store's files or the cluster's sequence map, and later arrivals of it are dropped.
     */
    private void purgeHere(String logId) {
        purged.add(logId);
        forgetHere(logId);
        boolean held = store.removeLog(logId);
        cluster.sequencer().forget(logId);
        if (held) {
            log.info("Log {} purged on this node", logId);
        }
    }

    // --- Catching up and filling gaps -------------------------------------------------------

    /** What this node serves to another that catches up: its stored changes after the asker's heads. */
    private PeerCatchUp.Page changesAfter(Map<String, Long> heads, @Nullable String only) {
        if (!started) {
            return PeerCatchUp.Page.notReady();
        }
        List<PeerCatchUp.Entry> entries = new ArrayList<>();
        long bytes = 0;
        List<String> logIds = only != null ? List.of(only) : new ArrayList<>(store.heads().keySet());
        // The purge records first, so that the asker forgets a purged log before anything else.
        logIds = logIds.stream()
                .sorted(Comparator.comparing((String id) -> !PURGES.equals(id)).thenComparing(Comparator.naturalOrder()))
                .toList();
        for (String logId : logIds) {
            if (purged.contains(logId)) {
                continue;
            }
            int room = PeerCatchUp.PAGE_CHANGES - entries.size();
            for (MapDbChangeStore.Stored stored : store.readFrom(logId, heads.getOrDefault(logId, 0L) + 1, room)) {
                entries.add(new PeerCatchUp.Entry(logId, stored.sequence(), stored.encoded()));
                bytes += stored.encoded().length;
                if (entries.size() >= PeerCatchUp.PAGE_CHANGES || bytes >= PeerCatchUp.PAGE_BYTES) {
                    return new PeerCatchUp.Page(entries, true, true);
                }
            }
        }
        return new PeerCatchUp.Page(entries, false, true);
    }

    /** Fetches from the other nodes whatever this node lacks after what it has delivered. */
    private long catchUp() {
        Map<String, Long> heads = new HashMap<>();
        synchronized (this) {
            for (String logId : store.heads().keySet()) {
                heads.put(logId, delivery.lastDelivered(logId));
            }
        }
        return cluster.peers().fetch(heads, entry -> {
            LoggedChange change = codec.decode(entry.encoded());
            arrive(change, entry.encoded());
        }, PEER_TIMEOUT);
    }

    /** Changes were skipped on the topic: catch up soon, off the delivery thread. */
    private void catchUpLater() {
        if (catchUpQueued.compareAndSet(false, true)) {
            upkeep.execute(() -> {
                catchUpQueued.set(false);
                long fetched = catchUp();
                log.info("Caught up after changes were skipped: {} fetched", fetched);
            });
        }
    }

    /**
     * Back in the cluster after a partition, on the side that merged into the larger one: listen
     * afresh, put right every position this node stored lately that the cluster holds otherwise,
     * and fetch what the rest took meanwhile.
     */
    private void mergedBack() {
        Instant merged = clock.instant();
        upkeep.execute(() -> cluster.fanOut().relisten(this::receive, this::catchUpLater));
        // Hazelcast reports the merge before every partition's data has settled on this node.
        upkeep.schedule(() -> {
            long caughtUp = catchUp();
            int corrected = takeTheClustersCopy(merged);
            long fetched = caughtUp + catchUp();
            log.info("Merged back into the cluster: {} positions taken from the cluster's copy, {} changes fetched "
                    + "from the other nodes", corrected, fetched);
        }, MERGE_SETTLING.toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * While cut off, or in the moment after a pause before it notices it was cut off, this node
     * may have stored changes at positions the larger side gave to other changes, or voided. The
     * larger side's copy wins (as Hazelcast's merge does with its own data): each such position
     * is replaced by the cluster's change (or taken back when the cluster has not reached it), the
     * log's read models are built again from the store, and every change of this side that lost
     * its position is sent again as a new change, so that none its author was told was saved is
     * lost (a tablet's note carries its key, so it still shows once).
     *
     * @param merged when this node merged back: what it stored since came from the whole cluster
     * @return how many positions were put right
     */
    int takeTheClustersCopy(Instant merged) {
        Map<String, Long> firstRecent = new HashMap<>();
        Set<Position> suspect = new HashSet<>();
        for (StoredAt stored : recentlyStored) {
            if (stored.at().isBefore(merged)) {
                firstRecent.merge(stored.position().logId(), stored.position().sequence(), Math::min);
                suspect.add(stored.position());
            }
        }
        int corrected = 0;
        for (Map.Entry<String, Long> recent : firstRecent.entrySet()) {
            String logId = recent.getKey();
            long from = recent.getValue();
            Optional<Map<Long, byte[]>> clusters = cluster.peers().clustersCopy(logId, from, PEER_TIMEOUT);
            if (clusters.isEmpty()) {
                log.warn("No other node gave its copy of {}; this node keeps its own", logId);
                continue;
            }
            Map<Long, byte[]> theirs = clusters.get();
            long theirHead = theirs.keySet().stream().mapToLong(Long::longValue).max().orElse(from - 1);
            List<LoggedChange> lost = new ArrayList<>();
            int here = 0;
            synchronized (this) {
                if (purged.contains(logId)) {
                    continue;
                }
                for (MapDbChangeStore.Stored mine : store.readFrom(logId, from, Integer.MAX_VALUE)) {
                    if (!suspect.contains(new Position(logId, mine.sequence()))) {
                        continue;
                    }
                    byte[] their = theirs.get(mine.sequence());
                    boolean agrees = their != null ? Arrays.equals(their, mine.encoded()) : mine.sequence() <= theirHead;
                    if (agrees) {
                        continue;
                    }
                    LoggedChange replaced = codec.decode(mine.encoded());
                    store.replaceOrRemove(logId, mine.sequence(), their);
                    if (!(replaced.change() instanceof SequenceVoided)) {
                        lost.add(replaced);
                    }
                    here++;
                }
                if (here > 0) {
                    rebuildReadModels(logId);
                }
            }
            if (here > 0) {
                log.warn("{} positions of {} differed from the cluster's copy after the merge and were replaced; {} "
                        + "changes of this node are sent again", here, logId, lost.size());
                tellScreens(logId);
                toSendAgain.addAll(lost);
                corrected += here;
            }
        }
        sendAgain();
        return corrected;
    }

    /**
     * Appends, as a new change, one that lost its position on a node that merged back after a
     * partition; that node asks a node of the larger side, whose view of the cluster is settled.
     */
    private boolean appendForAnotherNode(byte[] encoded) {
        LoggedChange lost = codec.decode(encoded);
        if (sentAlready(lost)) {
            return true;
        }
        try {
            appendAll(lost.logId(), List.of(lost.change()), lost.actor());
            return true;
        } catch (RuntimeException e) {
            log.warn("Could not append {}#{} for another node: {}", lost.logId(), lost.sequence(), e.toString());
            return false;
        }
    }

    /** Whether the same change by the same author stands in its log after the position it lost. */
    private boolean sentAlready(LoggedChange lost) {
        return store.readFrom(lost.logId(), lost.sequence() + 1, Integer.MAX_VALUE).stream()
                .map(stored -> codec.decode(stored.encoded()))
                .anyMatch(later -> later.actor().equals(lost.actor()) && later.change().equals(lost.change()));
    }

    /** Forgets a log in the read models and in delivery (its store is left as it is). */
    private void forgetHere(String logId) {
        for (Projection projection : projections) {
            try {
                projection.forget(logId);
            } catch (RuntimeException e) {
                log.error("Read model {} failed to forget {}", projection.getClass().getSimpleName(), logId, e);
            }
        }
        delivery.forget(logId);
    }

    /** Forgets a log in the read models and applies its stored changes again, in order. */
    private void rebuildReadModels(String logId) {
        forgetHere(logId);
        for (MapDbChangeStore.Stored stored : store.readNumbered(logId)) {
            deliver(codec.decode(stored.encoded()));
        }
    }

    /** Sends again, as new changes, those that lost their position in a merge; what fails is tried later. */
    private void sendAgain() {
        for (LoggedChange change = toSendAgain.peek(); change != null; change = toSendAgain.peek()) {
            if (sentAlready(change)) {
                // An earlier try was saved though its answer did not come back in time.
                toSendAgain.poll();
                continue;
            }
            if (cluster.peers().appendOnOldest(codec.encode(change), appendTimeout.plus(appendTimeout))) {
                toSendAgain.poll();
            } else {
                log.warn("Sending {}#{} again failed; trying again shortly", change.logId(), change.sequence());
                return;
            }
        }
    }

    /**
     * Raises the cluster's heads to what this node holds (after a full stop the cluster has
     * forgotten them). Until a majority of the nodes is up the cluster refuses: the node takes no
     * changes meanwhile anyway, and its upkeep tries again.
     */
    private void liftHeads() {
        if (headsLifted) {
            return;
        }
        try {
            store.heads().forEach(cluster.sequencer()::atLeast);
            headsLifted = true;
        } catch (RuntimeException e) {
            log.info("Waiting for a majority of the nodes before taking changes ({})", e.getClass().getSimpleName());
        }
    }

    private void upkeep() {
        try {
            Instant forgetBefore = clock.instant().minus(MERGE_WINDOW);
            while (!recentlyStored.isEmpty() && recentlyStored.peek().at().isBefore(forgetBefore)) {
                recentlyStored.poll();
            }
            sendAgain();
            liftHeads();
            store.force();
            fillGaps(gapTimeout);
        } catch (RuntimeException e) {
            log.warn("Filling gaps failed; trying again", e);
        }
    }

    /**
     * A gap that has waited longer than {@code patience}: first ask the other nodes, then void the
     * positions nobody holds. The void goes through the cluster like any change, so where a late
     * original and the void race, every node keeps whichever the cluster delivered first.
     */
    private void fillGaps(Duration patience) {
        Map<String, long[]> overdue = overdueGaps(patience);
        if (overdue.isEmpty()) {
            return;
        }
        catchUp();
        Map<String, long[]> left = overdueGaps(Duration.ZERO);
        boolean voided = false;
        for (Map.Entry<String, long[]> gap : left.entrySet()) {
            if (!overdue.containsKey(gap.getKey())) {
                continue;
            }
            List<LoggedChange> positions = new ArrayList<>();
            for (long sequence = gap.getValue()[0]; sequence <= gap.getValue()[1]; sequence++) {
                positions.add(voided(gap.getKey(), sequence, "no node holds it"));
            }
            log.warn("Positions {}#{}..{} are held by no node (their author's node stopped before sending them); "
                    + "voiding them", gap.getKey(), gap.getValue()[0], gap.getValue()[1]);
            voided |= voidQuietly(positions, "no node holds it");
        }
        if (patience.isZero() && voided) {
            long deadline = System.nanoTime() + PEER_TIMEOUT.toNanos();
            while (waitingCount() > 0 && System.nanoTime() < deadline) {
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    private synchronized int waitingCount() {
        return delivery.waitingCount();
    }

    /** Gaps (first and last missing position per log) first seen longer than {@code patience} ago. */
    private synchronized Map<String, long[]> overdueGaps(Duration patience) {
        Instant now = clock.instant();
        Map<String, long[]> gaps = delivery.gaps();
        gapsSeen.keySet().removeIf(seen -> !gaps.containsKey(seen.logId())
                || gaps.get(seen.logId())[0] != seen.sequence());
        Map<String, long[]> overdue = new HashMap<>();
        gaps.forEach((logId, gap) -> {
            Instant seen = gapsSeen.computeIfAbsent(new Position(logId, gap[0]), position -> now);
            if (!seen.plus(patience).isAfter(now)) {
                overdue.put(logId, gap);
            }
        });
        return overdue;
    }

    // --- Reading -----------------------------------------------------------------------------

    @Override
    public Purge purge(String logId, String actor) {
        if (PURGES.equals(logId)) {
            throw new IllegalArgumentException("The purge records are never purged");
        }
        Optional<Purge> earlier = purges().stream().filter(p -> p.logId().equals(logId)).findFirst();
        if (earlier.isPresent()) {
            return earlier.get();
        }
        LoggedChange recorded = append(PURGES, new LogPurged(logId), actor);
        return new Purge(logId, recorded.actor(), recorded.at());
    }

    @Override
    public List<Purge> purges() {
        return read(PURGES).stream()
                .filter(c -> c.change() instanceof LogPurged)
                .map(c -> new Purge(((LogPurged) c.change()).logId(), c.actor(), c.at()))
                .toList();
    }

    /** Whether the store has been replayed and the log takes changes. */
    public boolean isStarted() {
        return started;
    }

    /**
     * Whether this node can save a change now: started, and in a cluster that holds a majority of
     * the listed nodes (the only side of a partition that takes changes).
     */
    public boolean takesChanges() {
        if (!started) {
            return false;
        }
        liftHeads();
        return headsLifted && majorityPresent();
    }

    private boolean majorityPresent() {
        try {
            return cluster.member().getSplitBrainProtectionService()
                    .getSplitBrainProtection(HazelcastMember.MAJORITY).hasMinimumSize();
        } catch (IllegalArgumentException notConfigured) {
            // A single node, or a cluster without a listed majority to protect.
            return true;
        }
    }

    @Override
    public boolean isPurged(String logId) {
        return purged.contains(logId);
    }

    private void tellScreens(String logId) {
        try {
            screens.accept(logId);
        } catch (RuntimeException e) {
            log.warn("Telling screens about {} failed", logId, e);
        }
    }

    @Override
    public List<LoggedChange> read(String logId) {
        return store.read(logId).stream()
                .map(codec::decode)
                .filter(c -> !(c.change() instanceof SequenceVoided))
                .toList();
    }

    @Override
    public Set<String> logIds(String prefix) {
        return store.heads().keySet().stream().filter(id -> id.startsWith(prefix)).collect(Collectors.toSet());
    }
}
