package org.roundtable.bench.floor;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

import org.roundtable.bench.Latencies;

/**
 * N WebSocket clients of the {@link FloorServer} (the JDK's {@code java.net.http.WebSocket}, one
 * connection each, sharing one {@link HttpClient} whose callbacks run on virtual threads). One of
 * them sends a message; the server sends it to all of them, the sender included; each records the
 * time from the send to its arrival ({@link System#nanoTime()}, one clock in this JVM), and once the
 * message has reached every client, the slowest client's time is recorded too: that is "the note is
 * on every screen".
 *
 * <p>A message is the token, a space, and ASCII padding up to the size asked for, so that the floor
 * carries as many bytes as the application's push for one note.
 */
public final class FloorClients implements AutoCloseable {

    /** Connections opened at once: more would overflow Tomcat's accept queue (100) on a busy machine. */
    private static final int CONNECTING_AT_ONCE = 50;
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(30);

    private final ExecutorService callbacks = Executors.newVirtualThreadPerTaskExecutor();
    private final HttpClient http = HttpClient.newBuilder().executor(callbacks).build();
    private final List<Client> clients = new ArrayList<>();
    private final Map<String, Message> messages = new ConcurrentHashMap<>();
    private final AtomicInteger nextSender = new AtomicInteger();
    private final AtomicInteger closedByServer = new AtomicInteger();
    private final AtomicLong unknown = new AtomicLong();
    private final Tally total = new Tally();
    /** Messages sent and messages that reached every client, for waiting. */
    private int sent;
    private int delivered;

    private FloorClients() {
    }

    /**
     * Opens {@code count} clients to {@code server} ({@link FloorProcess#uri()}) and returns once the
     * server has welcomed each of them, that is, once each will receive every broadcast.
     */
    public static FloorClients connect(URI server, int count) {
        FloorClients floor = new FloorClients();
        try {
            for (int first = 0; first < count; first += CONNECTING_AT_ONCE) {
                List<CompletableFuture<Void>> opening = new ArrayList<>();
                for (int i = first; i < Math.min(count, first + CONNECTING_AT_ONCE); i++) {
                    Client client = floor.new Client();
                    floor.clients.add(client);
                    floor.http.newWebSocketBuilder().connectTimeout(CONNECT_TIMEOUT).buildAsync(server, client)
                            .whenComplete((socket, failed) -> {
                                if (failed != null) {
                                    client.welcomed.completeExceptionally(failed);
                                }
                            });
                    opening.add(client.welcomed);
                }
                CompletableFuture.allOf(opening.toArray(CompletableFuture[]::new))
                        .get(CONNECT_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            }
            return floor;
        } catch (Exception e) {
            floor.close();
            throw new IllegalStateException("Could not open " + count + " clients to " + server, e);
        }
    }

    public int size() {
        return clients.size();
    }

    /**
     * Sends a message carrying {@code token} (no spaces), padded to {@code paddingBytes} in all,
     * from the next client in turn; returns at once. Its arrivals are recorded in
     * {@link #arrivals()} and {@link #slowest()}.
     */
    public void broadcast(String token, int paddingBytes) {
        send(token, paddingBytes, total);
    }

    /** Send to arrival, every client and every message {@link #broadcast} sent. */
    public Latencies arrivals() {
        return total.arrivals;
    }

    /** Per message {@link #broadcast} sent: send to arrival at the last client. */
    public Latencies slowest() {
        return total.slowest;
    }

    /**
     * Waits until every message sent so far has reached every client.
     *
     * @return whether they all had within {@code timeout}
     */
    public synchronized boolean awaitDelivered(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (delivered < sent) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
        return true;
    }

    /**
     * The floor as the application is measured: {@code messages} messages of {@code paddingBytes},
     * one every {@code 1 / perSecond} seconds on a fixed schedule, each from the next client in turn,
     * then up to {@code drain} for the last to arrive. Recorded apart from {@link #broadcast}.
     */
    public FloorRun run(int messages, double perSecond, int paddingBytes, Duration drain) throws InterruptedException {
        Tally tally = new Tally();
        String run = UUID.randomUUID().toString().substring(0, 8);
        long period = (long) (1_000_000_000L / perSecond);
        long start = System.nanoTime();
        for (int i = 0; i < messages; i++) {
            long due = start + i * period;
            for (long wait = due - System.nanoTime(); wait > 0; wait = due - System.nanoTime()) {
                LockSupport.parkNanos(wait);
            }
            send("floor-" + run + "-" + i, paddingBytes, tally);
        }
        awaitDelivered(drain);
        return new FloorRun(size(), messages, perSecond, paddingBytes, tally.arrivals, tally.slowest,
                tally.complete.get(), Duration.ofNanos(System.nanoTime() - start));
    }

    /** Clients the server closed (it does when one falls too far behind), or that failed. */
    public int closedByServer() {
        return closedByServer.get();
    }

    /** Messages that arrived with a token this harness never sent; always 0 unless something is broken. */
    public long unknownMessages() {
        return unknown.get();
    }

    /** Closes every client (a close handshake, then the connection) and the HTTP client. */
    @Override
    public void close() {
        List<CompletableFuture<WebSocket>> closing = new ArrayList<>();
        for (Client client : clients) {
            if (client.socket != null && !client.socket.isOutputClosed()) {
                client.closing = true;
                closing.add(client.socket.sendClose(WebSocket.NORMAL_CLOSURE, "done"));
            }
        }
        try {
            CompletableFuture.allOf(closing.toArray(CompletableFuture[]::new)).get(5, TimeUnit.SECONDS);
        } catch (Exception e) {
            // whatever did not close in time is aborted below
        }
        clients.stream().filter(client -> client.socket != null).forEach(client -> client.socket.abort());
        http.shutdownNow();
        callbacks.shutdownNow();
    }

    private void send(String token, int paddingBytes, Tally tally) {
        if (token.isEmpty() || token.contains(" ")) {
            throw new IllegalArgumentException("A token is one word: '" + token + "'");
        }
        StringBuilder text = new StringBuilder(Math.max(paddingBytes, token.length() + 1)).append(token).append(' ');
        text.repeat('x', Math.max(0, paddingBytes - text.length()));
        Message message = new Message(tally, clients.size());
        if (messages.putIfAbsent(token, message) != null) {
            throw new IllegalArgumentException("Token " + token + " was sent already");
        }
        synchronized (this) {
            sent++;
        }
        clients.get(Math.floorMod(nextSender.getAndIncrement(), clients.size())).send(text.toString(), message);
    }

    private void arrived(String text, long nanos) {
        int space = text.indexOf(' ');
        Message message = messages.get(space < 0 ? text : text.substring(0, space));
        if (message == null) {
            unknown.incrementAndGet();
            return;
        }
        long micros = (nanos - message.sentNanos) / 1_000;
        message.tally.arrivals.record(micros);
        message.slowest.accumulateAndGet(micros, Math::max);
        if (message.arrived.incrementAndGet() == message.expected) {
            message.tally.slowest.record(message.slowest.get());
            message.tally.complete.incrementAndGet();
            synchronized (this) {
                delivered++;
                notifyAll();
            }
        }
    }

    /** Where a set of messages records its arrivals. */
    private static final class Tally {
        final Latencies arrivals = new Latencies();
        final Latencies slowest = new Latencies();
        final AtomicInteger complete = new AtomicInteger();
    }

    private static final class Message {
        final Tally tally;
        final int expected;
        final AtomicInteger arrived = new AtomicInteger();
        final AtomicLong slowest = new AtomicLong();
        volatile long sentNanos;

        Message(Tally tally, int expected) {
            this.tally = tally;
            this.expected = expected;
        }
    }

    private final class Client implements WebSocket.Listener {

        volatile WebSocket socket;
        volatile boolean closing;
        final CompletableFuture<Void> welcomed = new CompletableFuture<>();
        private final StringBuilder partial = new StringBuilder();
        /** The JDK's WebSocket takes one send at a time: each waits for the one before. */
        private CompletableFuture<?> sending = CompletableFuture.completedFuture(null);

        synchronized void send(String text, Message message) {
            sending = sending.handle((done, failed) -> null).thenCompose(ignored -> {
                message.sentNanos = System.nanoTime();
                return socket.sendText(text, true);
            });
        }

        @Override
        public void onOpen(WebSocket webSocket) {
            socket = webSocket;
            webSocket.request(1);
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            if (last) {
                long now = System.nanoTime();
                String text;
                if (partial.isEmpty()) {
                    text = data.toString();
                } else {
                    text = partial.append(data).toString();
                    partial.setLength(0);
                }
                if (text.equals(FloorServer.WELCOME)) {
                    welcomed.complete(null);
                } else {
                    arrived(text, now);
                }
            } else {
                partial.append(data);
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            if (!closing) {
                closedByServer.incrementAndGet();
            }
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            if (!closing) {
                closedByServer.incrementAndGet();
            }
        }
    }
}
