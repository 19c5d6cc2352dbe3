package org.roundtable.live.cluster;

import java.io.Serializable;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.Predicate;

import com.hazelcast.cluster.Member;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.core.HazelcastInstanceAware;
import com.hazelcast.core.IExecutorService;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Asks the other nodes for the changes this node lacks: at start (a node that was down, or a new
 * one), after a network partition heals, and when a gap in a log does not fill by itself. Every
 * node serves its own store's changes; since every node keeps the first change the cluster
 * delivered at each position, any node's answer is the cluster's.
 */
public final class PeerCatchUp {

    private static final Logger log = LoggerFactory.getLogger(PeerCatchUp.class);

    /** The executor the requests run on, on the node asked. */
    static final String EXECUTOR = "roundtable.catch-up";
    private static final String SOURCE = "roundtable.catch-up.source";
    private static final String AUTHOR = "roundtable.catch-up.author";
    /** At most this many changes, or {@link #PAGE_BYTES}, per answer; the asker asks again for more. */
    public static final int PAGE_CHANGES = 2_000;
    public static final int PAGE_BYTES = 16 * 1024 * 1024;

    /** One stored change, sealed as the store keeps it. */
    public record Entry(String logId, long sequence, byte[] encoded) implements Serializable {
    }

    /**
     * One answer.
     *
     * @param entries changes, in log order within each log
     * @param more    whether the node holds more after these
     * @param ready   false when the node asked has not replayed its own store yet
     */
    public record Page(List<Entry> entries, boolean more, boolean ready) implements Serializable {

        public static Page notReady() {
            return new Page(List.of(), false, false);
        }
    }

    /**
     * What a node serves: its stored changes after the asker's heads (0 for a log it lacks), one
     * page; only of the log {@code only} when it is given.
     */
    @FunctionalInterface
    public interface Source {
        Page changesAfter(Map<String, Long> heads, @Nullable String only);
    }

    private final HazelcastInstance hazelcast;

    public PeerCatchUp(HazelcastInstance hazelcast) {
        this.hazelcast = hazelcast;
    }

    /** Starts answering other nodes from {@code source}. */
    public void serve(Source source) {
        hazelcast.getUserContext().put(SOURCE, source);
    }

    public void stopServing() {
        hazelcast.getUserContext().remove(SOURCE);
        hazelcast.getUserContext().remove(AUTHOR);
    }

    /** Starts appending, for other nodes, changes they hand over (sealed, as stored): {@link #appendOnOldest}. */
    public void appendFor(Predicate<byte[]> author) {
        hazelcast.getUserContext().put(AUTHOR, author);
    }

    /**
     * Has the oldest other member append a change (sealed, as stored) as a new change: after a
     * merge that member's view of the cluster is settled, this node's may not be yet.
     *
     * @return whether it was appended (or found already there)
     */
    public boolean appendOnOldest(byte[] encoded, Duration timeout) {
        for (Member member : hazelcast.getCluster().getMembers()) {
            if (member.localMember()) {
                continue;
            }
            try {
                return hazelcast.getExecutorService(EXECUTOR).submitToMember(new Append(encoded), member)
                        .get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            } catch (ExecutionException | TimeoutException | RuntimeException e) {
                log.warn("Node {} did not append the change: {}", member.getAddress(), e.toString());
                return false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return false;
    }

    /** Runs on the node asked to append. */
    static final class Append implements Callable<Boolean>, Serializable, HazelcastInstanceAware {

        private static final long serialVersionUID = 1L;

        private final byte[] encoded;
        private transient HazelcastInstance member;

        Append(byte[] encoded) {
            this.encoded = encoded;
        }

        @Override
        public void setHazelcastInstance(HazelcastInstance hazelcastInstance) {
            this.member = hazelcastInstance;
        }

        @Override
        @SuppressWarnings("unchecked")
        public Boolean call() {
            Object author = member.getUserContext().get(AUTHOR);
            return author instanceof Predicate<?> appends
                    && ((Predicate<byte[]>) appends).test(encoded);
        }
    }

    /**
     * Fetches from every other member what it holds after {@code heads} and hands each change to
     * {@code sink}, page by page. A member that does not answer within {@code timeout} is skipped
     * (logged); the others still are asked.
     *
     * @return how many changes were handed over (repeats included)
     */
    public long fetch(Map<String, Long> heads, Consumer<Entry> sink, Duration timeout) {
        IExecutorService executor = hazelcast.getExecutorService(EXECUTOR);
        long[] received = {0};
        for (Member member : hazelcast.getCluster().getMembers()) {
            if (member.localMember()) {
                continue;
            }
            try {
                boolean ready = askPages(executor, member, heads, null, entry -> {
                    sink.accept(entry);
                    received[0]++;
                }, timeout);
                if (!ready) {
                    log.info("Node {} has not replayed its store yet; nothing fetched from it", member.getAddress());
                }
            } catch (ExecutionException | TimeoutException | RuntimeException e) {
                log.warn("Catching up from node {} failed: {}", member.getAddress(), e.toString());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return received[0];
            }
        }
        return received[0];
    }

    /** Asks one member for what it holds after {@code heads}, page by page; whether it had replayed its store. */
    private static boolean askPages(IExecutorService executor, Member member, Map<String, Long> heads,
            @Nullable String only, Consumer<Entry> sink, Duration timeout)
            throws ExecutionException, TimeoutException, InterruptedException {
        HashMap<String, Long> known = new HashMap<>(heads);
        Page page;
        do {
            page = executor.submitToMember(new Request(new HashMap<>(known), only), member)
                    .get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            for (Entry entry : page.entries()) {
                sink.accept(entry);
                known.merge(entry.logId(), entry.sequence(), Math::max);
            }
        } while (page.more());
        return page.ready();
    }

    /**
     * What the rest of the cluster holds of one log from position {@code from} on, as the oldest
     * other member (one of the side this node merged into) answers; empty when no member answers.
     */
    public Optional<Map<Long, byte[]>> clustersCopy(String logId, long from, Duration timeout) {
        IExecutorService executor = hazelcast.getExecutorService(EXECUTOR);
        for (Member member : hazelcast.getCluster().getMembers()) {
            if (member.localMember()) {
                continue;
            }
            Map<Long, byte[]> copy = new HashMap<>();
            try {
                if (askPages(executor, member, Map.of(logId, from - 1), logId,
                        entry -> copy.put(entry.sequence(), entry.encoded()), timeout)) {
                    return Optional.of(copy);
                }
            } catch (ExecutionException | TimeoutException | RuntimeException e) {
                log.warn("Node {} did not give its copy of {}: {}", member.getAddress(), logId, e.toString());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** Runs on the node asked. */
    static final class Request implements Callable<Page>, Serializable, HazelcastInstanceAware {

        private static final long serialVersionUID = 1L;

        private final HashMap<String, Long> heads;
        private final @Nullable String only;
        private transient HazelcastInstance member;

        Request(HashMap<String, Long> heads, @Nullable String only) {
            this.heads = heads;
            this.only = only;
        }

        @Override
        public void setHazelcastInstance(HazelcastInstance hazelcastInstance) {
            this.member = hazelcastInstance;
        }

        @Override
        public Page call() {
            Object source = member.getUserContext().get(SOURCE);
            return source instanceof Source served ? served.changesAfter(heads, only) : Page.notReady();
        }
    }
}
