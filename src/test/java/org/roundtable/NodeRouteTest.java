package org.roundtable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.test.context.ActiveProfiles;

/**
 * A node with a name ends every session id with it, which is what nginx reads to send a browser
 * back to its node (docs/cluster.md); a browser arriving with another node's session, after that
 * node died, gets a session of this node.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "roundtable.node-name=node7")
@ActiveProfiles("test")
class NodeRouteTest {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void the_session_cookie_of_a_named_node_ends_with_its_name() throws Exception {
        // An unsigned-in visit to a view is saved in the session for after the sign-in.
        String cookie = sessionCookie(get(null));

        assertThat(cookie).matches("JSESSIONID=[0-9A-F]+\\.node7;.*");
    }

    @Test
    void a_browser_with_a_session_of_a_dead_node_gets_a_session_of_this_node() throws Exception {
        String cookie = sessionCookie(get("JSESSIONID=8F3A2C1D9E0B7A6F5C4D3E2F1A0B9C8D.node2"));

        assertThat(cookie).matches("JSESSIONID=[0-9A-F]+\\.node7;.*");
    }

    @Test
    void a_single_node_without_a_name_leaves_tomcat_as_it_is() {
        TomcatServletWebServerFactory factory = new TomcatServletWebServerFactory();

        new NodeRoute("").customize(factory);

        assertThat(factory.getContextCustomizers()).isEmpty();
    }

    @Test
    void a_name_that_would_break_the_session_id_stops_the_start() {
        assertThatThrownBy(() -> new NodeRoute("node.1")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("roundtable.node-name");
        assertThatThrownBy(() -> new NodeRoute("node 1")).isInstanceOf(IllegalStateException.class);
    }

    private HttpResponse<Void> get(String cookie) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/"));
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.discarding());
    }

    private static String sessionCookie(HttpResponse<Void> response) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(cookie -> cookie.startsWith("JSESSIONID="))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no session cookie in " + response.headers().map()));
    }
}
