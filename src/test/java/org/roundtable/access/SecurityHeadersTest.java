package org.roundtable.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Every page, the ones Vaadin writes included, carries the security headers; behind the TLS
 * proxy (a loopback request saying {@code X-Forwarded-Proto: https}) the session cookie is
 * Secure and HSTS is sent, and over plain HTTP neither.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SecurityHeadersTest {

    /** Vaadin's bootstrap page (the sign-in view and the join view), a theme file, an icon, a redirect. */
    private static final List<String> PATHS = List.of("/login", "/join", "/themes/roundtable.css",
            "/icons/roundtable.svg", "/");

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void vaadin_pages_and_static_files_refuse_framing_and_sniffing_and_keep_the_referrer_on_site() throws Exception {
        for (String path : PATHS) {
            HttpResponse<Void> response = get(path, false);

            assertThat(response.headers().allValues("X-Frame-Options")).as(path).containsExactly("DENY");
            assertThat(response.headers().firstValue("X-Content-Type-Options")).as(path).contains("nosniff");
            assertThat(response.headers().firstValue("Referrer-Policy")).as(path).contains("same-origin");
        }
    }

    @Test
    void vaadin_pages_and_static_files_carry_the_content_security_policy_and_the_other_policies() throws Exception {
        for (String path : PATHS) {
            HttpResponse<Void> response = get(path, false);

            assertThat(response.headers().allValues("Content-Security-Policy")).as(path).singleElement()
                    .isEqualTo(SecurityConfiguration.CONTENT_SECURITY_POLICY);
            assertThat(response.headers().firstValue("Permissions-Policy")).as(path)
                    .contains("camera=(), microphone=(), geolocation=()");
            assertThat(response.headers().firstValue("Cross-Origin-Opener-Policy")).as(path).contains("same-origin");
        }
    }

    @Test
    void the_policy_refuses_framing_plugins_foreign_scripts_and_foreign_connections() {
        List<String> directives = List.of(SecurityConfiguration.CONTENT_SECURITY_POLICY.split("; "));

        assertThat(directives).contains("default-src 'self'", "frame-ancestors 'none'", "object-src 'none'",
                "base-uri 'self'", "form-action 'self'", "connect-src 'self'");
        assertThat(directives).filteredOn(directive -> directive.startsWith("script-src")).singleElement()
                .isEqualTo("script-src 'self' 'unsafe-inline' 'unsafe-eval'");
        assertThat(SecurityConfiguration.CONTENT_SECURITY_POLICY).doesNotContain("*", "http:", "https:");
    }

    @Test
    void behind_the_tls_proxy_the_session_cookie_is_secure_and_hsts_is_sent() throws Exception {
        // An unsigned-in visit to a view is saved in the session for after the sign-in.
        HttpResponse<Void> response = get("/", true);

        String cookie = sessionCookie(response);
        assertThat(cookie).contains("; Secure").contains("; HttpOnly").containsIgnoringCase("; SameSite=Lax");
        assertThat(response.headers().firstValue("Strict-Transport-Security")).get().asString()
                .startsWith("max-age=").contains("includeSubDomains");
        // Tomcat took the scheme from the proxy: the sign-in redirect stays on HTTPS.
        assertThat(response.headers().firstValue("Location")).get().asString().startsWith("https://");
    }

    @Test
    void over_plain_http_there_is_no_hsts_and_the_cookie_is_not_marked_secure() throws Exception {
        HttpResponse<Void> response = get("/", false);

        String cookie = sessionCookie(response);
        assertThat(cookie).doesNotContain("Secure").contains("; HttpOnly").containsIgnoringCase("; SameSite=Lax");
        assertThat(response.headers().firstValue("Strict-Transport-Security")).isEmpty();
        for (String path : PATHS) {
            assertThat(get(path, false).headers().firstValue("Strict-Transport-Security")).as(path).isEmpty();
        }
    }

    @Test
    void hsts_is_on_every_page_and_static_file_that_came_through_the_tls_proxy() throws Exception {
        for (String path : PATHS) {
            assertThat(get(path, true).headers().firstValue("Strict-Transport-Security")).as(path).isPresent();
        }
    }

    private HttpResponse<Void> get(String path, boolean throughTlsProxy) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (throughTlsProxy) {
            // What nginx sends (docs/security.md); the test client is on loopback, a trusted proxy address.
            request.header("X-Forwarded-Proto", "https").header("X-Forwarded-For", "203.0.113.7");
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
