package org.roundtable.bench.protocol;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.jspecify.annotations.Nullable;
import org.roundtable.bench.protocol.StateTree.Node;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A participant's tablet without a browser: it speaks Vaadin Flow's own protocol to the app, so
 * hundreds can run beside it on one small machine. It loads the join page's bootstrap
 * ({@code ?v-r=init}), opens the push WebSocket (Atmosphere, server to client), and sends what a
 * person does as Flow's client would, one UIDL request at a time ({@code ?v-r=uidl}: property
 * syncs and DOM events on the nodes of its copy of the state tree). Every message, response or
 * push, is applied in {@code syncId} order; a gap that does not fill within the app's
 * {@code maxMessageSuspendTimeout} asks the server to resynchronise, as the browser does.
 *
 * <p>It also does the small things a browser does on its own, so the app's state stays as it
 * would be with real tablets: it answers the tablet's reads of {@code sessionStorage} (empty),
 * closes the notifications the app shows and tells the app when a dialog it closed has gone,
 * and sends Vaadin's heartbeat at the interval the app asks for.
 *
 * <p>Every wait is bounded: an HTTP error, a "session expired" or an application error from the
 * app, a refused join or note, or no answer in time fails with what was received.
 */
public final class ProtocolParticipant implements AutoCloseable {

    /** Called for every message pushed to this participant (the raw JSON text), with System.nanoTime() at receipt. */
    public interface Pushes {
        void pushed(ProtocolParticipant who, String json, long receivedNanos);

        /**
         * Called for the app's answer to this participant's own request, which carries the changes
         * the app had for this screen at that moment instead of a push (a note of someone else
         * that arrived while this tablet was saving its own lands here, not in a push).
         */
        default void answered(ProtocolParticipant who, String json, long receivedNanos) {
        }
    }

    /** The app said no, in its own words: a wrong join code, a full room, a refused note, "Not saved yet". */
    public static final class Refused extends IOException {
        public Refused(String appMessage) {
            super(appMessage);
        }
    }

    /** How long one HTTP request, the WebSocket's opening, or one step of joining or of a note may take. */
    public static final Duration TIMEOUT = Duration.ofSeconds(30);

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** Gap checks, heartbeats and time-outs of every participant: light work, one thread. */
    private static final ScheduledExecutorService TIMERS = Executors.newSingleThreadScheduledExecutor(run -> {
        Thread thread = new Thread(run, "protocol-participant-timers");
        thread.setDaemon(true);
        return thread;
    });
    /** What a tablet in portrait tells the app about itself in the bootstrap request. */
    private static final String BROWSER_DETAILS = "&v-sh=1280&v-sw=800&v-wh=1280&v-ww=800&v-bh=1280&v-bw=800"
            + "&v-tzo=0&v-dstd=0&v-rtzo=0&v-dston=false&v-tzid=UTC&v-td=true&v-pr=2&v-np=Linux%20armv8l&v-cs=light"
            + "&v-pv=VISIBLE&v-fs=NOT_FULLSCREEN&v-so=portrait-primary&v-soa=0&v-tn=lumo&v-ga=UNSUPPORTED"
            + "&v-wla=SUPPORTED&v-ws=false";
    private static final String DIALOG = "vaadin-dialog";
    private static final String NOTIFICATION = "vaadin-notification";

    private final HttpClient http;
    private final URI base;
    private final Pushes pushes;
    private final Cookies cookies = new Cookies();
    private final AtomicLong pushesReceived = new AtomicLong();
    /** A tablet writes one note at a time: its dialog is modal, so a second tap would write into the first's dialog. */
    private final AtomicBoolean writing = new AtomicBoolean();
    private final AtomicLong heartbeatsAnswered = new AtomicLong();

    // From the bootstrap.
    private int uiId;
    private String csrfToken = "init";
    private String pushId = "";
    private int maxSuspendMillis = 5_000;
    private @Nullable Duration heartbeatEvery;

    // The state of the conversation; guarded by this.
    private final StateTree tree = new StateTree();
    private int lastSeenSyncId = -1;
    private int nextClientId;
    private final TreeMap<Integer, Incoming> held = new TreeMap<>();
    private boolean awaitingResync;
    private int resynchronisations;
    private final List<CompletableFuture<Void>> doneWithResync = new ArrayList<>();
    private final ArrayDeque<Outgoing> queue = new ArrayDeque<>();
    private final List<ObjectNode> replies = new ArrayList<>();
    private boolean inFlight;
    private final List<Watch<?>> watches = new ArrayList<>();
    private final Map<Integer, Long> dialogClosedAt = new HashMap<>();
    private final List<String> errorNotifications = new ArrayList<>();
    private String lastReceived = "";
    private @Nullable String location;

    private volatile @Nullable WebSocket socket;
    private volatile boolean socketOpen;
    private volatile boolean closing;
    private volatile boolean loseNextPush;
    private volatile @Nullable String failure;
    private volatile @Nullable ScheduledFuture<?> heartbeat;

    private ProtocolParticipant(HttpClient http, URI base, Pushes pushes) {
        this.http = http;
        this.base = base.toString().endsWith("/") ? base : URI.create(base + "/");
        this.pushes = pushes;
    }

    /**
     * An HTTP client for many participants: HTTP/1.1 (the app's Tomcat speaks no cleartext
     * HTTP/2, and an upgrade attempt on every request costs), no cookie handler of its own.
     */
    public static HttpClient httpClient() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(TIMEOUT)
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /**
     * Joins the event at base (e.g. http://127.0.0.1:8080) with joinCode, as a tablet: the code, the role,
     * the agency chosen by its NAME as shown (e.g. "Health Visiting"), Join; follows to room/<eventId>,
     * opens the push WebSocket. Returns once the room's timeline is on this client's tree.
     *
     * @throws Refused     when the app turned the join down (its message, e.g. for a wrong code)
     * @throws IOException when the app answered with an error, or did not answer in time
     */
    public static ProtocolParticipant join(HttpClient http, URI base, String joinCode, String role,
            String agencyName, Pushes pushes) throws IOException, InterruptedException {
        ProtocolParticipant participant = new ProtocolParticipant(http, base, pushes);
        try {
            participant.joinAs(joinCode, role, agencyName);
            return participant;
        } catch (IOException | InterruptedException | RuntimeException e) {
            participant.close();
            throw e;
        }
    }

    /**
     * Adds a note with text on timeline entry number entryIndex (0-based, as the tablet lists them), like
     * .rt-add-note (a button in the entry's HTML, tapped through the board's click listener) → "Your note"
     * → "Add note". Completes with System.nanoTime() at the moment the response that closes the dialog
     * (the app's "saved") arrived; completes exceptionally with the app's message if the app refused or
     * said "Not saved yet".
     */
    public CompletableFuture<Long> sendNote(int entryIndex, String text) {
        return sendNote(entryIndex, text, () -> { });
    }

    /**
     * {@link #sendNote(int, String)}, calling {@code saving} the moment the request that saves the
     * note (its text and the "Add note" click) leaves, after the dialog has opened: the benchmark
     * times the note from there.
     */
    public CompletableFuture<Long> sendNote(int entryIndex, String text, Runnable saving) {
        if (!writing.compareAndSet(false, true)) {
            return CompletableFuture.failedFuture(new IllegalStateException(
                    "This tablet is still writing its previous note; a person cannot start a second one"));
        }
        return writeNote(entryIndex, text, saving).whenComplete((saved, failed) -> writing.set(false));
    }

    /** Whether a note is being written on this tablet now. */
    public boolean isWriting() {
        return writing.get();
    }

    private CompletableFuture<Long> writeNote(int entryIndex, String text, Runnable saving) {
        ObjectNode tap;
        Set<Integer> dialogsBefore;
        synchronized (this) {
            if (failure != null) {
                return CompletableFuture.failedFuture(new IOException(failure));
            }
            List<Node> entries = StateTree.findAll(tree.root(), StateTree.withClass("rt-entry"));
            if (entryIndex < 0 || entryIndex >= entries.size()) {
                return CompletableFuture.failedFuture(new IOException(
                        "There is no timeline entry " + entryIndex + " on this tablet; it shows " + entries.size()));
            }
            Node entry = entries.get(entryIndex);
            // The entry's buttons are in its HTML; a tap is a click on the board naming the button's action.
            String action = "add-note:" + entry.attribute("data-entry-id");
            Optional<Node> button = StateTree.findFirst(entry, node -> {
                String html = node.stringProperty("innerHTML");
                return html != null && html.contains("data-rt-action=\"" + action + "\"");
            });
            Node board = entry.parent;
            while (board != null && !board.hasClass("rt-timeline")) {
                board = board.parent;
            }
            if (button.isEmpty() || board == null) {
                return CompletableFuture.failedFuture(new Refused("Timeline entry " + entryIndex
                        + " offers no \"Add a note\" (is the event closed?)"));
            }
            tap = boardTap(board.id, action);
            dialogsBefore = StateTree.findAll(tree.root(), StateTree.tag(DIALOG)).stream().map(node -> node.id)
                    .collect(Collectors.toSet());
        }
        return send(tap)
                .thenCompose(opened -> await("the note dialog to open", () -> openNoteDialog(dialogsBefore)))
                .thenCompose(dialog -> writeAndAdd(dialog, text, saving));
    }

    /** Push messages received so far. */
    public long pushesReceived() {
        return pushesReceived.get();
    }

    /** Push WebSocket open and UI alive. */
    public boolean isOpen() {
        return socketOpen && failure == null;
    }

    /** Why this participant stopped working (an HTTP error, the session expired, the push connection lost), if it did. */
    public Optional<String> failure() {
        return Optional.ofNullable(failure);
    }

    /** The route the app last sent this tablet to, e.g. {@code room/<eventId>}. */
    public synchronized Optional<String> location() {
        return Optional.ofNullable(location);
    }

    /** Closes the WebSocket (and nothing else): the app keeps the session until its heartbeat runs out. */
    @Override
    public void close() {
        closing = true;
        ScheduledFuture<?> beat = heartbeat;
        if (beat != null) {
            beat.cancel(false);
        }
        WebSocket open = socket;
        if (open != null) {
            open.sendClose(WebSocket.NORMAL_CLOSURE, "").orTimeout(5, TimeUnit.SECONDS)
                    .whenComplete((done, error) -> open.abort());
        }
        socketOpen = false;
    }

    @Override
    public String toString() {
        return "protocol participant (UI " + uiId + (location == null ? "" : ", " + location) + ")";
    }

    // ---- joining ----

    private void joinAs(String joinCode, String role, String agencyName) throws IOException, InterruptedException {
        String route = "join/" + URLEncoder.encode(joinCode, StandardCharsets.UTF_8);
        HttpResponse<String> page = get(base.resolve(route));
        if (page.statusCode() != 200) {
            throw new IOException("GET /" + route + " answered HTTP " + page.statusCode() + ": " + shorten(page.body()));
        }
        bootstrap(route);
        // The browser's heartbeat starts with its client, not once it has joined.
        heartbeat();
        openPush();
        ObjectNode navigate = event(1, "ui-navigate");
        navigate.putObject("data").put("route", "/" + route).put("query", "").put("appShellTitle", "")
                .put("trigger", "").putObject("historyState").put("idx", 0);
        waitFor(send(navigate));

        ObjectNode[] choose;
        synchronized (this) {
            Optional<Node> roleField = field("vaadin-text-field", "Your role");
            if (roleField.isEmpty()) {
                throw refusal("The join page did not ask for a role");
            }
            Node radio = StateTree.findAll(tree.root(), StateTree.tag("vaadin-radio-button")).stream()
                    .filter(button -> StateTree.findFirst(button,
                            node -> node.text != null && node.text.strip().equals(agencyName)).isPresent())
                    .findFirst().orElseThrow(() -> new IOException("No agency \"" + agencyName
                            + "\" to choose; the join page offers: " + textOf("vaadin-radio-group")));
            Node group = radio;
            while (group != null && !"vaadin-radio-group".equals(group.tag)) {
                group = group.parent;
            }
            Node join = button("Join").orElseThrow(() -> new IOException("No Join button on " + shownText()));
            if (group == null) {
                throw new IOException("The agency's radio button is in no radio group");
            }
            // What typing the role, tapping the agency and then Join send, in one request.
            choose = new ObjectNode[] {sync(roleField.get().id, "value", JSON.stringNode(role)),
                    event(roleField.get().id, "change"),
                    sync(radio.id, "checked", JSON.booleanNode(true)), event(radio.id, "checked-changed"),
                    sync(group.id, "value", JSON.stringNode(String.valueOf(radio.stringProperty("value")))),
                    event(group.id, "value-changed"), click(join.id)};
        }
        waitFor(send(choose));
        waitFor(await("the room's timeline", () -> {
            if (!StateTree.findAll(tree.root(), StateTree.withClass("rt-entry")).isEmpty()) {
                return Boolean.TRUE;
            }
            String message = errorMessage();
            if (!message.isEmpty()) {
                throw new Refused(message);
            }
            if (!errorNotifications.isEmpty()) {
                throw new Refused(errorNotifications.getLast());
            }
            return null;
        }));
    }

    /** The bootstrap: the UI id, the CSRF token, the push id and the first state tree. */
    private void bootstrap(String route) throws IOException, InterruptedException {
        URI init = URI.create(base + "?v-r=init&location=" + URLEncoder.encode(route, StandardCharsets.UTF_8)
                + "&query=" + BROWSER_DETAILS + "&v-curdate=" + System.currentTimeMillis() + "&v-wn=rt-bench-"
                + UUID.randomUUID());
        HttpResponse<String> response = get(init);
        if (response.statusCode() != 200) {
            throw new IOException("The bootstrap (?v-r=init) answered HTTP " + response.statusCode() + ": "
                    + shorten(response.body()));
        }
        JsonNode config;
        try {
            config = parse(response.body()).path("appConfig");
        } catch (JacksonException e) {
            throw new IOException("The bootstrap was not JSON: " + shorten(response.body()), e);
        }
        JsonNode uidl = config.path("uidl");
        if (!config.has("v-uiId") || !uidl.has("Vaadin-Security-Key") || !uidl.has("Vaadin-Push-ID")) {
            throw new IOException("The bootstrap named no UI, CSRF token or push id: " + shorten(response.body()));
        }
        uiId = config.path("v-uiId").asInt();
        maxSuspendMillis = config.path("maxMessageSuspendTimeout").asInt(5_000);
        int heartbeatSeconds = config.path("heartbeatInterval").asInt(300);
        heartbeatEvery = heartbeatSeconds > 0 ? Duration.ofSeconds(heartbeatSeconds) : null;
        receive(uidl, uidl.toString(), System.nanoTime(), false, null);
        if (failure != null) {
            throw new IOException(failure);
        }
    }

    private void openPush() throws IOException, InterruptedException {
        String ws = base.toString().replaceFirst("^http", "ws") + "VAADIN/push?v-r=push&v-uiId=" + uiId
                + "&v-pushId=" + pushId + "&X-Atmosphere-tracking-id=0&X-Atmosphere-Framework=4.0.1"
                + "&X-Atmosphere-Transport=websocket&X-Atmosphere-TrackMessageSize=true"
                + "&Content-Type=application/json;%20charset=UTF-8&X-atmo-protocol=true"
                + "&X-Vaadin-LastSeenServerSyncId=" + lastSeenSyncId;
        WebSocket.Builder builder = http.newWebSocketBuilder().connectTimeout(TIMEOUT);
        if (!cookies.isEmpty()) {
            builder.header("Cookie", cookies.header());
        }
        try {
            socket = builder.buildAsync(URI.create(ws), new PushListener()).get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            socketOpen = true;
        } catch (ExecutionException | TimeoutException e) {
            throw new IOException("The push WebSocket did not open: " + (e.getCause() == null ? e : e.getCause()), e);
        }
    }

    /** Vaadin's heartbeat keeps the UI alive while nobody touches the tablet. */
    private void heartbeat() {
        Duration every = heartbeatEvery;
        if (every == null) {
            return;
        }
        URI uri = URI.create(base + "?v-r=heartbeat&v-uiId=" + uiId);
        heartbeat = TIMERS.scheduleAtFixedRate(() -> {
            if (closing || failure != null) {
                return;
            }
            http.sendAsync(request(uri).POST(HttpRequest.BodyPublishers.noBody()).build(),
                    HttpResponse.BodyHandlers.ofString()).orTimeout(TIMEOUT.toSeconds(), TimeUnit.SECONDS)
                    .whenComplete((response, error) -> {
                        if (error != null) {
                            fail("The heartbeat failed: " + error);
                        } else {
                            cookies.keepFrom(response.headers());
                            if (response.statusCode() == 200) {
                                heartbeatsAnswered.incrementAndGet();
                            } else {
                                fail("The heartbeat answered HTTP " + response.statusCode() + ": "
                                        + shorten(response.body()));
                            }
                        }
                    });
        }, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
    }

    // ---- a note ----

    /** The note dialog the last tap opened: new since {@code before}, as a refused note's dialog stays open. */
    private @Nullable Node openNoteDialog(Set<Integer> before) {
        return StateTree.findAll(tree.root(), StateTree.tag(DIALOG)).stream()
                .filter(dialog -> !before.contains(dialog.id) && dialog.booleanProperty("opened"))
                .filter(dialog -> StateTree.findFirst(dialog, isField("vaadin-text-area", "Your note")).isPresent())
                .findFirst().orElse(null);
    }

    private CompletableFuture<Long> writeAndAdd(Node dialog, String text, Runnable saving) {
        Node area;
        Node add;
        int errorsBefore;
        synchronized (this) {
            area = StateTree.findFirst(dialog, isField("vaadin-text-area", "Your note")).orElseThrow();
            Optional<Node> button = StateTree.findFirst(dialog,
                    node -> "vaadin-button".equals(node.tag) && "Add note".equals(StateTree.textOf(node).strip()));
            if (button.isEmpty()) {
                return CompletableFuture.failedFuture(new IOException("The note dialog has no \"Add note\" button"));
            }
            add = button.get();
            errorsBefore = errorNotifications.size();
        }
        // The text area's lazy value change as the browser reports it after typing: its filter ("1") holds,
        // and this is the trailing end of its debounce.
        ObjectNode input = event(area.id, "input");
        input.putObject("data").put("1", 1).put("for", "trailing");
        saving.run();
        return send(sync(area.id, "value", JSON.stringNode(text)), input, click(add.id))
                .thenCompose(sent -> await("the app to save the note", () -> {
                    Long closed = dialogClosedAt.get(dialog.id);
                    if (closed != null) {
                        return closed;
                    }
                    if (area.booleanProperty("invalid")) {
                        throw new Refused(String.valueOf(area.stringProperty("errorMessage")));
                    }
                    if (errorNotifications.size() > errorsBefore) {
                        throw new Refused(errorNotifications.get(errorsBefore));
                    }
                    return null;
                }));
    }

    // ---- sending ----

    private record Outgoing(List<ObjectNode> rpcs, boolean resynchronize, CompletableFuture<Void> handled) {
    }

    /** Sends RPCs in one UIDL request after those before it; completes once the app's answer is applied. */
    private CompletableFuture<Void> send(ObjectNode... rpcs) {
        Outgoing outgoing = new Outgoing(List.of(rpcs), false, new CompletableFuture<>());
        synchronized (this) {
            if (failure != null) {
                return CompletableFuture.failedFuture(new IOException(failure));
            }
            queue.add(outgoing);
            pump();
        }
        return outgoing.handled;
    }

    /** Sends the next request if none is under way; Flow's client never has two. Called holding the lock. */
    private void pump() {
        if (inFlight || failure != null) {
            return;
        }
        Outgoing next = queue.poll();
        if (next == null && replies.isEmpty()) {
            return;
        }
        if (next == null) {
            next = new Outgoing(List.of(), false, new CompletableFuture<>());
        }
        ObjectNode payload = JSON.createObjectNode();
        payload.put("csrfToken", csrfToken);
        ArrayNode rpc = payload.putArray("rpc");
        if (!next.resynchronize) {
            replies.forEach(rpc::add);
            replies.clear();
        }
        next.rpcs.forEach(rpc::add);
        if (next.resynchronize) {
            payload.put("resynchronize", true);
        }
        payload.put("syncId", lastSeenSyncId);
        payload.put("clientId", nextClientId++);
        inFlight = true;
        Outgoing sending = next;
        URI uri = URI.create(base + "?v-r=uidl&v-uiId=" + uiId);
        http.sendAsync(request(uri).header("Content-Type", "application/json; charset=UTF-8")
                        .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(payload))).build(),
                HttpResponse.BodyHandlers.ofString()).orTimeout(TIMEOUT.toSeconds(), TimeUnit.SECONDS)
                .whenComplete((response, error) -> answered(sending, response, error));
    }

    private void answered(Outgoing sent, @Nullable HttpResponse<String> response, @Nullable Throwable error) {
        long receivedNanos = System.nanoTime();
        if (error != null) {
            fail("A UIDL request failed: " + error);
            sent.handled.completeExceptionally(new IOException(failure, error));
            return;
        }
        cookies.keepFrom(response.headers());
        if (response.statusCode() != 200) {
            fail("A UIDL request answered HTTP " + response.statusCode() + ": " + shorten(response.body()));
            sent.handled.completeExceptionally(new IOException(failure));
            return;
        }
        try {
            receive(parse(response.body()), response.body(), receivedNanos, false, sent.handled);
        } catch (JacksonException e) {
            fail("A UIDL response was not JSON: " + shorten(response.body()));
            sent.handled.completeExceptionally(new IOException(failure, e));
        }
    }

    private HttpRequest.Builder request(URI uri) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri).timeout(TIMEOUT);
        if (!cookies.isEmpty()) {
            builder.header("Cookie", cookies.header());
        }
        return builder;
    }

    private HttpResponse<String> get(URI uri) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
        cookies.keepFrom(response.headers());
        return response;
    }

    // ---- receiving ----

    /** A message waiting for the ones before it. */
    private record Incoming(JsonNode json, String text, long receivedNanos, boolean push,
            @Nullable CompletableFuture<Void> handled) {
    }

    private final class PushListener implements WebSocket.Listener {
        private final PushFrames frames = new PushFrames();

        @Override
        public void onOpen(WebSocket webSocket) {
            webSocket.request(1);
        }

        @Override
        public @Nullable CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            long receivedNanos = System.nanoTime();
            try {
                for (String message : frames.add(data)) {
                    if (PushFrames.isUidl(message)) {
                        receivePush(message, receivedNanos);
                    }
                }
            } catch (RuntimeException e) {
                fail("A push could not be read: " + e.getMessage());
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public @Nullable CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            socketOpen = false;
            if (!closing) {
                fail("The app closed the push connection: " + statusCode + " " + reason);
            }
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            socketOpen = false;
            if (!closing) {
                fail("The push connection failed: " + error);
            }
        }
    }

    private void receivePush(String message, long receivedNanos) {
        if (loseNextPush) {
            loseNextPush = false;
            return;
        }
        JsonNode json;
        try {
            json = parse(message);
        } catch (JacksonException e) {
            fail("A push was not JSON: " + shorten(message));
            return;
        }
        receive(json, message, receivedNanos, true, null);
    }

    /** Takes one message in, and applies it and any held after it once every message before it is applied. */
    private void receive(JsonNode json, String text, long receivedNanos, boolean push,
            @Nullable CompletableFuture<Void> handled) {
        List<Runnable> afterwards = new ArrayList<>();
        synchronized (this) {
            lastReceived = text;
            JsonNode meta = json.path("meta");
            if (meta.has("sessionExpired")) {
                fail("The app said the session expired: " + shorten(lastReceived));
            } else if (meta.has("appError")) {
                JsonNode error = meta.path("appError");
                fail("The app reported an error: " + error.path("caption").asString() + " "
                        + error.path("message").asString());
            }
            if (failure != null) {
                if (handled != null) {
                    afterwards.add(() -> handled.completeExceptionally(new IOException(failure)));
                }
                afterwards.addAll(failWatches());
            } else {
                Incoming incoming = new Incoming(json, text, receivedNanos, push, handled);
                take(incoming, afterwards);
            }
        }
        afterwards.forEach(Runnable::run);
    }

    private void take(Incoming incoming, List<Runnable> afterwards) {
        int syncId = incoming.json.path("syncId").asInt(-1);
        boolean resync = incoming.json.has("resynchronize");
        if (awaitingResync && !resync) {
            // Flow's client holds everything while its resynchronisation is under way.
            held.put(syncId, incoming);
            return;
        }
        if (resync) {
            awaitingResync = false;
            tree.reset();
            dialogClosedAt.clear();
            lastSeenSyncId = syncId - 1;
            held.headMap(syncId).clear();
            doneWithResync.forEach(done -> afterwards.add(() -> done.complete(null)));
            doneWithResync.clear();
        }
        if (syncId != -1 && lastSeenSyncId != -1 && syncId <= lastSeenSyncId) {
            // Seen already (a response sent again): nothing to apply, but it ends its request.
            endRequest(incoming, afterwards);
            return;
        }
        if (syncId != -1 && lastSeenSyncId != -1 && syncId != lastSeenSyncId + 1) {
            held.put(syncId, incoming);
            int waitingFor = lastSeenSyncId + 1;
            TIMERS.schedule(() -> gapCheck(waitingFor), maxSuspendMillis, TimeUnit.MILLISECONDS);
            return;
        }
        apply(incoming, afterwards);
        Incoming next;
        while ((next = held.remove(lastSeenSyncId + 1)) != null) {
            apply(next, afterwards);
        }
        checkWatches(afterwards);
        pump();
    }

    private void apply(Incoming incoming, List<Runnable> afterwards) {
        JsonNode json = incoming.json;
        int syncId = json.path("syncId").asInt(-1);
        if (syncId != -1) {
            lastSeenSyncId = syncId;
        }
        if (json.has("clientId")) {
            int expected = json.path("clientId").asInt();
            if (json.has("resynchronize") || expected > nextClientId) {
                nextClientId = expected;
            }
        }
        if (json.has("Vaadin-Security-Key")) {
            csrfToken = json.path("Vaadin-Security-Key").asString();
        }
        if (json.has("Vaadin-Push-ID")) {
            pushId = json.path("Vaadin-Push-ID").asString();
        }
        if (json.has("changes")) {
            try {
                tree.apply(json.path("changes"));
            } catch (IllegalStateException e) {
                fail(e.getMessage());
                return;
            }
            afterChanges(incoming.receivedNanos);
        }
        for (JsonNode command : json.path("execute")) {
            execute(command);
        }
        if (incoming.push) {
            pushesReceived.incrementAndGet();
            afterwards.add(() -> pushes.pushed(this, incoming.text, incoming.receivedNanos));
        } else {
            afterwards.add(() -> pushes.answered(this, incoming.text, incoming.receivedNanos));
        }
        endRequest(incoming, afterwards);
    }

    private void endRequest(Incoming incoming, List<Runnable> afterwards) {
        if (incoming.handled != null) {
            inFlight = false;
            afterwards.add(() -> incoming.handled.complete(null));
        }
    }

    /** What a browser does by itself when the app opens or closes dialogs and notifications. */
    private void afterChanges(long receivedNanos) {
        for (Node node : tree.openedChanged()) {
            boolean opened = node.booleanProperty("opened");
            if (DIALOG.equals(node.tag) && !opened) {
                dialogClosedAt.putIfAbsent(node.id, receivedNanos);
                // The overlay's closing animation ends with "closed", and the app then removes the dialog.
                replies.add(event(node.id, "closed"));
            } else if (NOTIFICATION.equals(node.tag) && opened) {
                String theme = node.attribute("theme");
                if (theme != null && theme.contains("error")) {
                    errorNotifications.add(String.valueOf(node.stringProperty("text")));
                }
                // Its time is up at once: the app removes it as it would after the duration.
                replies.add(sync(node.id, "opened", JSON.booleanNode(false)));
                replies.add(event(node.id, "opened-changed"));
                replies.add(event(node.id, "closed"));
            }
        }
    }

    /** Runs the app's JavaScript as far as a tablet's state depends on it. */
    private void execute(JsonNode command) {
        int size = command.size();
        if (size == 0) {
            return;
        }
        String script = command.get(size - 1).asString();
        if (script.contains("new CustomEvent('vaadin-navigate'") && size > 1 && command.get(1).isString()) {
            location = command.get(1).asString();
        }
        if (script.contains("sessionStorage.getItem")) {
            for (int i = 0; i < size - 1; i++) {
                JsonNode channel = command.get(i).path("@v-return");
                if (channel.isArray()) {
                    // This tablet's sessionStorage is empty: no draft, no outbox.
                    ObjectNode reply = JSON.createObjectNode().put("type", "channel")
                            .put("node", channel.get(0).asInt()).put("channel", channel.get(1).asInt());
                    reply.putArray("args").add("");
                    replies.add(reply);
                    break;
                }
            }
        }
    }

    private void gapCheck(int waitingFor) {
        synchronized (this) {
            if (failure != null || awaitingResync || lastSeenSyncId >= waitingFor || held.isEmpty()) {
                return;
            }
            // As Flow's client: drop what is held, end the request under way, ask for the whole tree again.
            held.values().forEach(incoming -> {
                if (incoming.handled != null) {
                    doneWithResync.add(incoming.handled);
                }
            });
            held.clear();
            inFlight = false;
            awaitingResync = true;
            resynchronisations++;
            queue.addFirst(new Outgoing(List.of(), true, new CompletableFuture<>()));
            pump();
        }
    }

    // ---- what the tests of this class look at ----

    /** Drops the next push unread, as a lost message would be: the next one after it leaves a gap. */
    void loseNextPush() {
        loseNextPush = true;
    }

    public synchronized int resynchronisations() {
        return resynchronisations;
    }

    long heartbeatsAnswered() {
        return heartbeatsAnswered.get();
    }

    /** Whether some text on this tablet's screen contains {@code text}. */
    synchronized boolean shows(String text) {
        // The timeline board draws notes and entries as HTML fragments: their text is what the browser parses.
        return StateTree.findFirst(tree.root(), node -> node.text != null && node.text.contains(text)
                || node.stringProperty("innerHTML") != null
                        && Jsoup.parseBodyFragment(node.stringProperty("innerHTML")).body().wholeText().contains(text))
                .isPresent();
    }

    // ---- waiting for the tree ----

    /** A check of the tree, run after every message applied until it gives a value or throws. */
    @FunctionalInterface
    private interface Check<T> {
        @Nullable T value() throws IOException;
    }

    private static final class Watch<T> {
        final String what;
        final Check<T> check;
        final CompletableFuture<T> result = new CompletableFuture<>();

        Watch(String what, Check<T> check) {
            this.what = what;
            this.check = check;
        }

        /** True once decided. */
        boolean decide(List<Runnable> afterwards) {
            try {
                T value = check.value();
                if (value == null) {
                    return false;
                }
                afterwards.add(() -> result.complete(value));
            } catch (IOException | RuntimeException e) {
                afterwards.add(() -> result.completeExceptionally(e));
            }
            return true;
        }
    }

    private <T> CompletableFuture<T> await(String what, Check<T> check) {
        Watch<T> watch = new Watch<>(what, check);
        List<Runnable> afterwards = new ArrayList<>();
        synchronized (this) {
            if (failure != null) {
                return CompletableFuture.failedFuture(new IOException(failure));
            }
            if (!watch.decide(afterwards)) {
                watches.add(watch);
                TIMERS.schedule(() -> timeOut(watch), TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            }
        }
        afterwards.forEach(Runnable::run);
        return watch.result;
    }

    private void timeOut(Watch<?> watch) {
        String seen;
        synchronized (this) {
            if (!watches.remove(watch)) {
                return;
            }
            seen = shorten(lastReceived);
        }
        watch.result.completeExceptionally(new IOException("Waited " + TIMEOUT.toSeconds() + " s for "
                + watch.what + " in vain; the last message from the app was: " + seen));
    }

    private void checkWatches(List<Runnable> afterwards) {
        for (Iterator<Watch<?>> it = watches.iterator(); it.hasNext();) {
            if (it.next().decide(afterwards)) {
                it.remove();
            }
        }
    }

    private List<Runnable> failWatches() {
        List<Runnable> failed = new ArrayList<>();
        String why = failure;
        for (Watch<?> watch : watches) {
            failed.add(() -> watch.result.completeExceptionally(new IOException(why)));
        }
        watches.clear();
        return failed;
    }

    private void fail(@Nullable String why) {
        List<Runnable> afterwards;
        List<Outgoing> unsent;
        synchronized (this) {
            if (failure != null) {
                return;
            }
            failure = why == null ? "failed" : why;
            afterwards = failWatches();
            unsent = new ArrayList<>(queue);
            queue.clear();
        }
        afterwards.forEach(Runnable::run);
        unsent.forEach(outgoing -> outgoing.handled.completeExceptionally(new IOException(failure)));
    }

    private <T> T waitFor(CompletableFuture<T> step) throws IOException, InterruptedException {
        try {
            return step.get(TIMEOUT.toSeconds() + 5, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IOException(e.getCause());
        } catch (TimeoutException e) {
            throw new IOException("No answer from the app in " + TIMEOUT.toSeconds() + " s; last received: "
                    + shorten(lastReceived));
        }
    }

    // ---- the tree, as a person sees it ----

    private Optional<Node> field(String tag, String label) {
        return StateTree.findFirst(tree.root(), isField(tag, label));
    }

    private static Predicate<Node> isField(String tag, String label) {
        return node -> tag.equals(node.tag) && label.equals(node.stringProperty("label"));
    }

    private Optional<Node> button(String text) {
        return StateTree.findFirst(tree.root(),
                node -> "vaadin-button".equals(node.tag) && text.equals(StateTree.textOf(node).strip()));
    }

    /** What the page's alert says ({@code .rt-error}), empty when nothing. */
    private String errorMessage() {
        return StateTree.findAll(tree.root(), StateTree.withClass("rt-error")).stream().map(StateTree::textOf)
                .map(String::strip).filter(text -> !text.isEmpty()).findFirst().orElse("");
    }

    /** The app's own message when the page shows one, else what the page showed instead. */
    private IOException refusal(String what) {
        String message = errorMessage();
        return message.isEmpty() ? new IOException(what + "; it showed: " + shorten(shownText()))
                : new Refused(message);
    }

    private String textOf(String tag) {
        return StateTree.findAll(tree.root(), StateTree.tag(tag)).stream().map(StateTree::textOf)
                .reduce("", (a, b) -> a + " | " + b);
    }

    private String shownText() {
        return StateTree.textOf(tree.root()).replaceAll("\\s+", " ").strip();
    }

    // ---- Flow's RPCs ----

    private static ObjectNode event(int node, String event) {
        ObjectNode rpc = JSON.createObjectNode().put("type", "event").put("node", node).put("event", event);
        rpc.putObject("data");
        return rpc;
    }

    /**
     * A tap on one of the timeline board's buttons as the browser reports it: a click on the board
     * with what its listener asks the browser to evaluate (these expressions are the board's own).
     */
    private static ObjectNode boardTap(int board, String action) {
        ObjectNode click = event(board, "click");
        ((ObjectNode) click.get("data"))
                .put("event.target.closest('[data-rt-action]')?.getAttribute('data-rt-action')", action)
                .put("event.target.closest('[data-rt-action]') !== null", true);
        return click;
    }

    /** A click as the browser reports it; the app reads none of the coordinates. */
    private static ObjectNode click(int node) {
        ObjectNode click = event(node, "click");
        ((ObjectNode) click.get("data")).put("event.shiftKey", false).put("event.metaKey", false)
                .put("event.detail", 1).put("event.ctrlKey", false).put("event.clientX", 0)
                .put("event.clientY", 0).put("event.altKey", false).put("event.button", 0)
                .put("event.screenY", 0).put("event.screenX", 0);
        return click;
    }

    private static ObjectNode sync(int node, String property, JsonNode value) {
        ObjectNode sync = JSON.createObjectNode().put("type", "mSync").put("node", node).put("feature", 1)
                .put("property", property);
        sync.set("value", value);
        return sync;
    }

    private static JsonNode parse(String text) {
        String json = text.startsWith("for(;;);") ? text.substring("for(;;);".length()) : text;
        JsonNode node = JSON.readTree(json);
        return node.isArray() && !node.isEmpty() ? node.get(0) : node;
    }

    private static String shorten(@Nullable String text) {
        if (text == null) {
            return "";
        }
        return text.length() <= 600 ? text : text.substring(0, 600) + "… (" + text.length() + " characters)";
    }
}
