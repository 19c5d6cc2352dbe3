package org.roundtable.live.log;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.roundtable.live.Change;
import org.roundtable.live.ChangeLog;
import org.roundtable.live.ChangeTypes;
import org.roundtable.live.LoggedChange;
import org.roundtable.live.Projection;
import org.roundtable.live.Purge;
import org.roundtable.live.cluster.ChangeFanOut;
import org.roundtable.live.cluster.LogSequencer;
import org.roundtable.live.store.ChangeCodec;
import org.roundtable.live.store.MapDbChangeStore;
import org.roundtable.live.store.StoreKeyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one path of every change: sequence it in the cluster, commit it to this node's store,
 * publish it to every node; each node stores what it receives, applies it to the read models in
 * log order and then tells the screens. The author returns once its own node has applied it.
 */
public final class DurableChangeLog implements ChangeLog {

    private static final Logger log = LoggerFactory.getLogger(DurableChangeLog.class);

    /** The log's own change types: a position filled because its change could not be stored; a purge. */
    public static final ChangeTypes CHANGE_TYPES = new ChangeTypes(Map.of("SequenceVoided", SequenceVoided.class,
            "LogPurged", LogPurged.class));

    private final MapDbChangeStore store;
    private final ChangeCodec codec;
    private final LogSequencer sequencer;
    private final ChangeFanOut fanOut;
    private final Supplier<List<Projection>> projectionSource;
    private List<Projection> projections = List.of();
    private final Consumer<String> screens;
    private final Clock clock;
    private final Duration appendTimeout;

    private final InOrderDelivery delivery = new InOrderDelivery();
    private final Map<Position, CompletableFuture<Void>> awaited = new ConcurrentHashMap<>();
    private final Set<String> purged = ConcurrentHashMap.newKeySet();
    private volatile boolean started;

    private record Position(String logId, long sequence) {
    }

    public DurableChangeLog(MapDbChangeStore store, ChangeCodec codec, LogSequencer sequencer, ChangeFanOut fanOut,
            Supplier<List<Projection>> projections, Consumer<String> screens, Clock clock, Duration appendTimeout) {
        this.store = store;
        this.codec = codec;
        this.sequencer = sequencer;
        this.fanOut = fanOut;
        this.projectionSource = projections;
        this.screens = screens;
        this.clock = clock;
        this.appendTimeout = appendTimeout;
    }

    /**
     * Replays this node's store into the read models, lifts the cluster's heads to what the store
     * holds, and starts receiving changes. Called once, before any screen is served.
     */
    public synchronized void start() {
        if (started) {
            return;
        }
        projections = List.copyOf(projectionSource.get());
        purges().forEach(purge -> purged.add(purge.logId()));
        long replayed = 0;
        for (Map.Entry<String, Long> head : store.heads().entrySet()) {
            String logId = head.getKey();
            if (purged.contains(logId)) {
                // The node stopped in the middle of a purge: finish it rather than bring the log back.
                store.removeLog(logId);
                continue;
            }
            long expected = 1;
            for (MapDbChangeStore.Stored numbered : store.readNumbered(logId)) {
                LoggedChange stored = decodeStored(logId, numbered);
                while (expected < stored.sequence()) {
                    replayed += replay(voidMissing(logId, expected++));
                }
                replayed += replay(stored);
                expected = stored.sequence() + 1;
            }
            sequencer.atLeast(logId, head.getValue());
        }
        fanOut.listen(this::receive);
        started = true;
        log.info("Change log ready: {} changes in {} logs replayed", replayed, store.heads().size());
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

    private int replay(LoggedChange change) {
        List<LoggedChange> ready = delivery.offer(change);
        ready.forEach(this::applyToReadModels);
        return ready.size();
    }

    /**
     * A position handed out but never stored here (the node stopped between sequencing and
     * commit): voided, so that the log does not wait for it for ever.
     */
    private LoggedChange voidMissing(String logId, long sequence) {
        LoggedChange voided = new LoggedChange(logId, sequence, clock.instant(), "system",
                new SequenceVoided("missing at start-up"));
        store.put(logId, sequence, codec.encode(voided));
        log.warn("Position {}#{} was never stored on this node; voided", logId, sequence);
        return voided;
    }

    public synchronized void stop() {
        fanOut.stop();
        started = false;
    }

    @Override
    public LoggedChange append(String logId, Change change, String actor) {
        return appendAll(logId, List.of(change), actor).getFirst();
    }

    @Override
    public List<LoggedChange> appendAll(String logId, List<? extends Change> changes, String actor) {
        if (!started) {
            throw new IllegalStateException("The change log is not started yet");
        }
        if (purged.contains(logId)) {
            throw new IllegalStateException("The log " + logId + " has been purged");
        }
        if (changes.isEmpty()) {
            return List.of();
        }
        long first = changes.size() == 1 ? sequencer.next(logId) : sequencer.nextRange(logId, changes.size());
        Instant at = clock.instant();
        List<LoggedChange> logged = new ArrayList<>(changes.size());
        List<byte[]> encoded = new ArrayList<>(changes.size());
        for (int i = 0; i < changes.size(); i++) {
            LoggedChange change = new LoggedChange(logId, first + i, at, actor, changes.get(i));
            logged.add(change);
            encoded.add(codec.encode(change));
        }
        Position last = new Position(logId, first + changes.size() - 1);
        CompletableFuture<Void> applied = new CompletableFuture<>();
        awaited.put(last, applied);
        try {
            if (encoded.size() == 1) {
                store.put(logId, first, encoded.getFirst());
            } else {
                store.putAll(logId, first, encoded);
            }
        } catch (RuntimeException e) {
            awaited.remove(last);
            // The positions were handed out: fill them so that no node waits for them.
            List<byte[]> voided = new ArrayList<>();
            for (LoggedChange change : logged) {
                voided.add(codec.encode(new LoggedChange(logId, change.sequence(), at, actor,
                        new SequenceVoided("not stored: " + e.getClass().getSimpleName()))));
            }
            fanOut.publishAll(voided);
            throw new IllegalStateException("The change could not be saved", e);
        }
        fanOut.publishAll(encoded);
        try {
            applied.get(appendTimeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            // Durable already; the screens will catch up when the earlier positions arrive.
            log.warn("Change {}#{} is saved but not yet applied on this node", logId, last.sequence());
        } finally {
            awaited.remove(last);
        }
        return List.copyOf(logged);
    }

    /** One change arriving from the cluster; runs on the topic's single delivery thread. */
    private void receive(byte[] encoded) {
        LoggedChange change = codec.decode(encoded);
        if (purged.contains(change.logId())) {
            // Published before the purge reached the cluster, or a late repeat: it must not come back.
            return;
        }
        store.put(change.logId(), change.sequence(), encoded);
        List<LoggedChange> ready;
        synchronized (this) {
            ready = delivery.offer(change);
            for (LoggedChange next : ready) {
                applyToReadModels(next);
            }
        }
        ready.stream().map(LoggedChange::logId).distinct().forEach(this::tellScreens);
        ready.stream().map(LoggedChange::change).filter(LogPurged.class::isInstance).map(LogPurged.class::cast)
                .map(LogPurged::logId).distinct().forEach(this::tellScreens);
        for (LoggedChange next : ready) {
            CompletableFuture<Void> waiting = awaited.get(new Position(next.logId(), next.sequence()));
            if (waiting != null) {
                waiting.complete(null);
            }
        }
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
     * the store's file or the cluster's sequence map, and later arrivals of it are dropped.
     */
    private void purgeHere(String logId) {
        purged.add(logId);
        for (Projection projection : projections) {
            try {
                projection.forget(logId);
            } catch (RuntimeException e) {
                log.error("Read model {} failed to forget {}", projection.getClass().getSimpleName(), logId, e);
            }
        }
        delivery.forget(logId);
        boolean held = store.removeLog(logId);
        sequencer.forget(logId);
        if (held) {
            log.info("Log {} purged on this node", logId);
        }
    }

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
