package org.roundtable.bench.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import com.vaadin.flow.server.communication.JSR356WebsocketInitializer;
import com.vaadin.flow.spring.SpringServlet;
import jakarta.servlet.ServletContext;
import org.apache.catalina.connector.Connector;
import jakarta.servlet.ServletRegistration;
import org.atmosphere.cpr.ApplicationConfig;
import org.atmosphere.cpr.AtmosphereFramework;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.roundtable.bench.Latencies;
import org.roundtable.board.Note;
import org.roundtable.board.Notes;
import org.roundtable.event.LearningEvent;
import org.roundtable.testing.Eventually;
import org.roundtable.testing.TestRoom;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Protocol-level participants against the whole application (real Vaadin, real push, real
 * MapDB): twenty join the demo event as tablets do, a note sent by one reaches every other by
 * push and is stored once, and a second note from another reaches all. A wrong code fails with
 * the app's own words instead of hanging.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProtocolParticipantTest {

    private static final int PARTICIPANTS = 20;
    private static final int JOINING_AT_ONCE = 4;
    private static final Duration PUSH_TIMEOUT = Duration.ofSeconds(10);
    private static final List<String> AGENCIES = List.of("Health Visiting", "Police", "Children's Social Care",
            "GP practice", "School and nursery", "Housing");

    /** On top of the test profile: a store and a cluster of this class's own, and the demo event. */
    @DynamicPropertySource
    static void app(DynamicPropertyRegistry registry) throws IOException {
        Path store = Files.createTempDirectory(Files.createDirectories(Paths.get("target", "test-data")), "protocol-");
        registry.add("roundtable.store.file", () -> store.toAbsolutePath().resolve("roundtable.db").toString());
        registry.add("roundtable.demo.enabled", () -> "true");
        registry.add("roundtable.cluster.name", () -> "protocol-" + UUID.randomUUID());
        // Short, so the test sees heartbeats and a resynchronisation within seconds (defaults: 300 s and 5 s).
        registry.add("vaadin.heartbeatInterval", () -> "2");
        registry.add("vaadin.maxMessageSuspendTimeout", () -> "1000");
    }

    @LocalServerPort
    private int port;
    @Autowired
    private TestRoom room;
    @Autowired
    private Notes notes;
    @Autowired
    private WebApplicationContext context;

    private final HttpClient http = ProtocolParticipant.httpClient();
    /** Every push each participant received, as text. */
    private final Map<ProtocolParticipant, List<String>> received = new ConcurrentHashMap<>();
    private final List<ProtocolParticipant> participants = new ArrayList<>();
    private final Latencies joins = new Latencies();
    private LearningEvent event;

    @BeforeAll
    void twentyJoin() throws Exception {
        event = room.demoEvent();
        String code = room.joinCode(event);
        ProtocolParticipant.Pushes keep = (who, json, receivedNanos) ->
                received.computeIfAbsent(who, p -> new CopyOnWriteArrayList<>()).add(json);
        long start = System.nanoTime();
        // A few at a time: on two cores more at once only queue up in the app.
        try (ExecutorService joining = Executors.newFixedThreadPool(JOINING_AT_ONCE)) {
            List<Future<ProtocolParticipant>> joined = IntStream.range(0, PARTICIPANTS)
                    .mapToObj(i -> joining.submit(() -> {
                        long began = System.nanoTime();
                        ProtocolParticipant participant = ProtocolParticipant.join(http, base(), code,
                                "Practitioner " + i, AGENCIES.get(i % AGENCIES.size()), keep);
                        joins.recordSince(began);
                        return participant;
                    })).toList();
            for (Future<ProtocolParticipant> participant : joined) {
                participants.add(participant.get(60, TimeUnit.SECONDS));
            }
        }
        log("%d participants joined in %d ms; per join %s", PARTICIPANTS,
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start), joins);
    }

    @AfterAll
    void leave() {
        participants.forEach(ProtocolParticipant::close);
    }

    @Test
    void a_note_from_one_participant_reaches_every_other_by_push_and_is_stored_once() throws Exception {
        participants.forEach(p -> assertTrue(p.isOpen(), p + " is not open: " + p.failure()));
        participants.forEach(p -> assertEquals(Optional.of("room/" + event.id()), p.location()));

        String first = "Nobody asked the nursery about the bruise [" + UUID.randomUUID() + "]";
        long sent = System.nanoTime();
        long saved = participants.getFirst().sendNote(0, first).get(30, TimeUnit.SECONDS);
        assertTrue(saved >= sent, "saved before it was sent");
        log("first note saved in %d ms", TimeUnit.NANOSECONDS.toMillis(saved - sent));
        List<ProtocolParticipant> others = participants.subList(1, PARTICIPANTS);
        assertReachesAll(others, first);
        assertEquals(1, notesWithText(first), "the first note is stored once");

        String second = "Housing knew of the damp in March [" + UUID.randomUUID() + "]";
        ProtocolParticipant author = participants.get(7);
        author.sendNote(5, second).get(30, TimeUnit.SECONDS);
        assertReachesAll(participants.stream().filter(p -> p != author).toList(), second);
        assertEquals(1, notesWithText(second), "the second note is stored once");

        participants.forEach(p -> assertTrue(p.isOpen(), p + " broke: " + p.failure()));
    }

    /**
     * Vaadin asks Atmosphere for 16 KB push buffers (about 95 KB of heap per screen between
     * Atmosphere and Tomcat); the Atmosphere that serves these participants' pushes reads the app's
     * smaller ones instead, Tomcat reads and writes every connection through 4 KB buffers and its WebSocket
     * buffers are 2 KB (ConnectionBuffers).
     */
    @Test
    void every_screens_connections_are_served_with_the_apps_small_buffers() throws ReflectiveOperationException {
        ServletContext servletContext = context.getServletContext();
        ServletRegistration vaadin = servletContext.getServletRegistrations().values().stream()
                .filter(registration -> SpringServlet.class.getName().equals(registration.getClassName()))
                .findFirst().orElseThrow();
        AtmosphereFramework atmosphere = (AtmosphereFramework) servletContext.getAttribute(
                JSR356WebsocketInitializer.getAttributeName(vaadin.getName()));
        Map<String, String> expected = Map.of(ApplicationConfig.WEBSOCKET_BUFFER_SIZE, "1024",
                ApplicationConfig.WEBSOCKET_MAXTEXTSIZE, "4096", ApplicationConfig.WEBSOCKET_MAXBINARYSIZE, "4096");
        expected.forEach((parameter, value) ->
                assertEquals(value, atmosphere.getAtmosphereConfig().getInitParameter(parameter), parameter));
        Connector connector = ((TomcatWebServer) ((WebServerApplicationContext) context).getWebServer()).getTomcat()
                .getConnector();
        assertEquals("4096", String.valueOf(connector.getProperty("socket.appReadBufSize")));
        assertEquals("4096", String.valueOf(connector.getProperty("socket.appWriteBufSize")));
        java.lang.reflect.Field tomcatWebSocketBuffer = Class.forName("org.apache.tomcat.websocket.Constants")
                .getDeclaredField("DEFAULT_BUFFER_SIZE");
        tomcatWebSocketBuffer.setAccessible(true);
        assertEquals(2048, tomcatWebSocketBuffer.getInt(null));
        assertTrue(participants.stream().allMatch(ProtocolParticipant::isOpen), "every participant is connected");
    }

    @Test
    void a_wrong_code_fails_with_the_apps_message_instead_of_hanging() {
        long start = System.nanoTime();
        ProtocolParticipant.Refused refused = assertThrows(ProtocolParticipant.Refused.class,
                () -> ProtocolParticipant.join(http, base(), "ZZZZ-ZZZZ", "Practitioner", "Police",
                        (who, json, at) -> { }));
        assertEquals("That code does not open a learning event. Check it with the facilitator.", refused.getMessage());
        assertTrue(System.nanoTime() - start < ProtocolParticipant.TIMEOUT.toNanos(), "it waited for a time-out");
    }

    @Test
    void an_empty_note_is_refused_with_the_apps_message() throws Exception {
        ExecutionException refused = assertThrows(ExecutionException.class,
                () -> participants.get(3).sendNote(2, "   ").get(30, TimeUnit.SECONDS));
        assertTrue(refused.getCause() instanceof ProtocolParticipant.Refused, "not a refusal: " + refused.getCause());
        log("an empty note: %s", refused.getCause().getMessage());
    }

    @Test
    void every_participant_answers_the_heartbeat_and_stays_in() {
        assertTrue(Eventually.holds(() -> participants.stream().allMatch(p -> p.heartbeatsAnswered() > 0),
                Duration.ofSeconds(10)), "not every participant's heartbeat was answered");
        participants.forEach(p -> assertTrue(p.isOpen(), p + " broke: " + p.failure()));
    }

    @Test
    void a_participant_that_lost_a_push_resynchronises_and_shows_every_note() throws Exception {
        ProtocolParticipant forgetful = ProtocolParticipant.join(http, base(), room.joinCode(event), "Forgetful",
                "Housing", (who, json, at) -> { });
        try {
            forgetful.loseNextPush();
            String lost = "Said in the push that was lost [" + UUID.randomUUID() + "]";
            String after = "Said after it [" + UUID.randomUUID() + "]";
            participants.get(2).sendNote(3, lost).get(30, TimeUnit.SECONDS);
            participants.get(4).sendNote(4, after).get(30, TimeUnit.SECONDS);

            assertTrue(Eventually.holds(() -> forgetful.shows(lost) && forgetful.shows(after), PUSH_TIMEOUT),
                    "the participant that lost a push does not show both notes");
            assertEquals(1, forgetful.resynchronisations());
            assertTrue(forgetful.isOpen(), "broke: " + forgetful.failure());
        } finally {
            forgetful.close();
        }
    }

    private void assertReachesAll(List<ProtocolParticipant> screens, String text) {
        boolean reached = Eventually.holds(() -> screens.stream().allMatch(p -> pushesOf(p).stream()
                .anyMatch(json -> json.contains(text))), PUSH_TIMEOUT);
        List<ProtocolParticipant> missed = screens.stream()
                .filter(p -> pushesOf(p).stream().noneMatch(json -> json.contains(text))).toList();
        assertTrue(reached, missed.size() + " of " + screens.size() + " got no push with \"" + text + "\": " + missed);
        List<Integer> sizes = screens.stream().map(p -> pushesOf(p).stream().filter(json -> json.contains(text))
                .findFirst().orElseThrow().getBytes(StandardCharsets.UTF_8).length).sorted().toList();
        log("the push with the note: %d to %d bytes (median %d)", sizes.getFirst(), sizes.getLast(),
                sizes.get(sizes.size() / 2));
    }

    private List<String> pushesOf(ProtocolParticipant participant) {
        return received.getOrDefault(participant, List.of());
    }

    private long notesWithText(String text) {
        List<Note> all = notes.notesFor(room.facilitator(), event.id());
        return all.stream().filter(note -> note.text().equals(text)).count();
    }

    private URI base() {
        return URI.create("http://127.0.0.1:" + port);
    }

    private static void log(String format, Object... args) {
        System.out.printf("[protocol] " + format + "%n", args);
    }
}
