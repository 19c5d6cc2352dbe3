package org.roundtable.bench.floor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import org.apache.catalina.Context;
import org.apache.catalina.LifecycleException;
import org.apache.catalina.Wrapper;
import org.apache.catalina.connector.Connector;
import org.apache.catalina.startup.Tomcat;
import org.apache.tomcat.websocket.server.WsSci;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.web.context.support.AnnotationConfigWebApplicationContext;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.config.annotation.EnableWebSocket;
import org.springframework.web.socket.config.annotation.WebSocketConfigurer;
import org.springframework.web.socket.config.annotation.WebSocketHandlerRegistry;
import org.springframework.web.socket.handler.TextWebSocketHandler;
import org.springframework.web.socket.server.standard.ServletServerContainerFactoryBean;

/**
 * The floor of issue 8: the least a server can do to show a note on every screen, a bare Spring
 * WebSocket broadcast. It runs as a process of its own, like the application, so that both are
 * measured alike on the same machine.
 *
 * <p>It is embedded Tomcat with one Spring {@link DispatcherServlet} over an
 * {@link AnnotationConfigWebApplicationContext} holding {@link EnableWebSocket} and one handler, and
 * nothing else: no Spring Boot, so none of Roundtable's auto-configuration (Vaadin, Hazelcast,
 * security, actuator) can start from the shared test classpath. Spring Boot with only the web
 * server's auto-configuration imported would do too, but {@code SpringApplication} still reads the
 * application's own {@code application.yaml} and runs every listener and environment
 * post-processor the classpath registers; this is smaller and has nothing to switch off.
 *
 * <p>It listens on 127.0.0.1 on a free port, says {@code floor-ready <port>} on standard output
 * when it takes connections at {@code ws://127.0.0.1:<port>/floor}, and stops when its standard
 * input closes (the harness closes it, or died). Its own log goes to standard error.
 */
public final class FloorServer {

    static final String READY = "floor-ready ";
    /** Sent to each new session once it is among the receivers, so a client knows when it will get every broadcast. */
    static final String WELCOME = "floor-welcome";
    static final String PATH = "/floor";
    /** Roomier than Tomcat's 8 KB default, so a message padded to a large push is not refused. */
    private static final int MAX_MESSAGE = 1 << 20;

    private FloorServer() {
    }

    public static void main(String[] args) throws IOException, LifecycleException {
        quietLogging();
        Path work = Files.createTempDirectory("floor-tomcat-");
        Tomcat tomcat = new Tomcat();
        tomcat.setBaseDir(work.toString());
        Connector connector = new Connector();
        connector.setPort(0);
        connector.setProperty("address", "127.0.0.1");
        tomcat.setConnector(connector);

        Context context = tomcat.addContext("", work.toString());
        // Tomcat's JSR 356 container, which Spring's handshake upgrades the connection with.
        context.addServletContainerInitializer(new WsSci(), null);
        AnnotationConfigWebApplicationContext spring = new AnnotationConfigWebApplicationContext();
        spring.register(Broadcasting.class);
        Wrapper dispatcher = Tomcat.addServlet(context, "floor", new DispatcherServlet(spring));
        dispatcher.setLoadOnStartup(1);
        context.addServletMappingDecoded("/", "floor");

        tomcat.start();
        System.out.println(READY + connector.getLocalPort());
        System.out.flush();
        while (System.in.read() != -1) {
            // the harness writes nothing; end of input means stop
        }
        tomcat.stop();
        tomcat.destroy();
        System.exit(0);
    }

    /** Spring and Tomcat would otherwise log every request at debug level on standard output. */
    private static void quietLogging() {
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext logback) {
            logback.getLogger(Logger.ROOT_LOGGER_NAME).setLevel(Level.WARN);
        }
    }

    /**
     * Registered by hand, not a {@code @Configuration}: it lives under {@code org.roundtable}, and
     * the application's own component scan in tests must never pick it up.
     */
    @EnableWebSocket
    static class Broadcasting implements WebSocketConfigurer {

        @Override
        public void registerWebSocketHandlers(WebSocketHandlerRegistry registry) {
            registry.addHandler(new Broadcast(), PATH).setAllowedOrigins("*");
        }

        @Bean
        ServletServerContainerFactoryBean webSocketContainer() {
            ServletServerContainerFactoryBean container = new ServletServerContainerFactoryBean();
            container.setMaxTextMessageBufferSize(MAX_MESSAGE);
            return container;
        }
    }

    /**
     * Sends every text it receives to every open session, the sender's included. A new session is
     * first sent {@link #WELCOME}: the client's handshake completes before this handler hears of
     * the session, so without it a client could send before every other one is listening.
     */
    static final class Broadcast extends TextWebSocketHandler {

        private final Map<String, Outbox> outboxes = new ConcurrentHashMap<>();

        @Override
        public void afterConnectionEstablished(WebSocketSession session) {
            Outbox outbox = new Outbox(session);
            outboxes.put(session.getId(), outbox);
            outbox.offer(new TextMessage(WELCOME));
        }

        @Override
        protected void handleTextMessage(WebSocketSession from, TextMessage message) {
            for (Outbox outbox : outboxes.values()) {
                outbox.offer(message);
            }
        }

        @Override
        public void afterConnectionClosed(WebSocketSession session, CloseStatus status) {
            Outbox outbox = outboxes.remove(session.getId());
            if (outbox != null) {
                outbox.stop();
            }
        }
    }

    /**
     * One session's messages in order, written by a virtual thread of its own. Spring's
     * {@code ConcurrentWebSocketSessionDecorator} makes a send to a busy session wait in a buffer
     * rather than on a lock, but the broadcasting thread still writes itself and, when a client's
     * socket is full, waits there with every client after it in the loop. Here the broadcast only
     * enqueues: a slow client holds up nobody but itself, and one that falls a whole queue behind
     * is closed.
     */
    static final class Outbox {

        private static final int LIMIT = 10_000;
        private static final System.Logger LOG = System.getLogger(Outbox.class.getName());

        private final WebSocketSession session;
        private final BlockingQueue<TextMessage> queue = new LinkedBlockingQueue<>(LIMIT);
        private final Thread sender;

        Outbox(WebSocketSession session) {
            this.session = session;
            this.sender = Thread.ofVirtual().name("floor-send-" + session.getId()).start(this::send);
        }

        void offer(TextMessage message) {
            if (!queue.offer(message)) {
                LOG.log(System.Logger.Level.WARNING, "closing session {0}: {1} messages behind", session.getId(), LIMIT);
                closeQuietly(CloseStatus.SESSION_NOT_RELIABLE);
            }
        }

        void stop() {
            sender.interrupt();
        }

        private void send() {
            try {
                while (session.isOpen()) {
                    session.sendMessage(queue.take());
                }
            } catch (InterruptedException e) {
                // the session closed
            } catch (IOException | IllegalStateException e) {
                closeQuietly(CloseStatus.SERVER_ERROR);
            }
        }

        private void closeQuietly(CloseStatus status) {
            try {
                session.close(status);
            } catch (IOException e) {
                // it is gone either way
            }
        }
    }
}
