package org.roundtable;

import java.util.regex.Pattern;

import org.apache.catalina.Context;
import org.apache.catalina.Engine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * Names this node in every session id it hands out (Tomcat's jvmRoute: {@code 8F3A….node2}), so
 * a load balancer can send a browser back to the node that holds its screens by reading the
 * {@code JSESSIONID} cookie, even when every browser comes from one address. Set with
 * {@code roundtable.node-name}; unset (a single node) the session ids carry no route.
 */
@Component
class NodeRoute implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    private static final Logger log = LoggerFactory.getLogger(NodeRoute.class);

    /** Tomcat splits the session id at the first dot, and nginx matches the route in a regex. */
    private static final Pattern ROUTE = Pattern.compile("[A-Za-z0-9_-]{1,40}");

    private final String nodeName;

    NodeRoute(@Value("${roundtable.node-name:}") String nodeName) {
        this.nodeName = nodeName.strip();
        if (!this.nodeName.isEmpty() && !ROUTE.matcher(this.nodeName).matches()) {
            throw new IllegalStateException("roundtable.node-name must be 1 to 40 letters, digits, '-' or '_'"
                    + " (it ends every session id this node hands out), not \"" + nodeName + "\"");
        }
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        if (nodeName.isEmpty()) {
            return;
        }
        log.info("Session ids of this node end in .{} (roundtable.node-name)", nodeName);
        // The context is already inside its host, and the host inside the engine, when customizers run.
        factory.addContextCustomizers(context -> engineOf(context).setJvmRoute(nodeName));
    }

    private static Engine engineOf(Context context) {
        return (Engine) context.getParent().getParent();
    }
}
