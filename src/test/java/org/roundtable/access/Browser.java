package org.roundtable.access;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One browser for HTTP-level sign-in tests: its own cookies, redirects not followed. */
final class Browser {

    private static final Pattern CSRF = Pattern.compile("_csrf\"\\s+content=\"([^\"]+)\"");

    private final String base;
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();

    Browser(int port) {
        this.base = "http://localhost:" + port;
    }

    /** Posts the sign-in form as the sign-in page would; returns where Spring sends the browser. */
    String signIn(String username, String password) throws IOException, InterruptedException {
        String page = get("/login").body();
        Matcher csrf = CSRF.matcher(page);
        String form = "username=" + encode(username) + "&password=" + encode(password)
                + (csrf.find() ? "&_csrf=" + encode(csrf.group(1)) : "");
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        return response.headers().firstValue("Location").orElse("status " + response.statusCode());
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Whether opening {@code path} now sends this browser to the sign-in page. */
    boolean isSentToSignIn(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = get(path);
        return response.statusCode() / 100 == 3
                && response.headers().firstValue("Location").orElse("").replaceAll("\\?.*", "").endsWith("/login");
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
