package org.roundtable;

import java.util.Map;

import com.vaadin.flow.spring.SpringServlet;
import org.atmosphere.cpr.ApplicationConfig;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.stereotype.Component;

/**
 * Smaller buffers for the connections every screen holds open: its push WebSocket and the
 * connection its requests travel on. A room of 500 tablets holds 1,000 connections, and the
 * defaults give each more buffer than a screen's traffic ever fills.
 *
 * <ul>
 * <li>Push: Vaadin asks Atmosphere for 16 KB WebSocket buffers. Atmosphere then allocates a 16 K
 * byte and a 16 K char buffer for reading each connection's messages, and Tomcat a message buffer
 * of each size: about 95 KB of heap per screen, none of it needed, since screens send their changes
 * over XHR (the app's push transport is {@code WEBSOCKET_XHR}) and only the server speaks on the
 * socket. Atmosphere's reading buffers grow when a message is larger; Tomcat's message limit stays
 * well above what a screen sends on the socket (nothing but the connection's own frames). Vaadin
 * reads these settings from the servlet's own parameters first, so they are set there.</li>
 * <li>Tomcat's own WebSocket buffers (reading frames, the text and binary messages read, encoding
 * and writing messages): five per connection, 8 KB each (16 KB for the text, two bytes a character).
 * Tomcat makes them when the socket opens, of a size it reads once, from a system property, when
 * its WebSocket classes load; this bean is made before the web server starts, so it sets the
 * property first (unless the operator set it). 2 KB holds a note's push whole (a longer push goes
 * out in more frames) and far more than a screen ever sends on the socket.</li>
 * <li>Every connection: Tomcat reads and writes through an 8 KB buffer each way; 4 KB holds a
 * screen's request whole, and larger ones (an upload) go in more pieces.</li>
 * </ul>
 */
@Component
class ConnectionBuffers implements BeanPostProcessor {

    static final Map<String, String> PUSH_SERVLET_PARAMETERS = Map.of(
            ApplicationConfig.WEBSOCKET_BUFFER_SIZE, "1024",
            ApplicationConfig.WEBSOCKET_MAXTEXTSIZE, "4096",
            ApplicationConfig.WEBSOCKET_MAXBINARYSIZE, "4096");

    static final Map<String, String> SOCKET_PROPERTIES = Map.of(
            "socket.appReadBufSize", "4096",
            "socket.appWriteBufSize", "4096");

    static final String TOMCAT_WEBSOCKET_BUFFER = "org.apache.tomcat.websocket.DEFAULT_BUFFER_SIZE";
    static final String TOMCAT_WEBSOCKET_BUFFER_BYTES = "2048";

    ConnectionBuffers() {
        System.getProperties().putIfAbsent(TOMCAT_WEBSOCKET_BUFFER, TOMCAT_WEBSOCKET_BUFFER_BYTES);
    }

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof ServletRegistrationBean<?> registration && registration.getServlet() instanceof SpringServlet) {
            PUSH_SERVLET_PARAMETERS.forEach(registration::addInitParameter);
        }
        if (bean instanceof TomcatServletWebServerFactory tomcat) {
            tomcat.addConnectorCustomizers(connector -> SOCKET_PROPERTIES.forEach(connector::setProperty));
        }
        return bean;
    }
}
