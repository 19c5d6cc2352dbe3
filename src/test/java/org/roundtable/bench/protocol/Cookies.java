package org.roundtable.bench.protocol;

import java.net.HttpCookie;
import java.net.http.HttpHeaders;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One participant's cookies (the session and the capability cookie), kept by the participant
 * itself because hundreds of them share one {@link java.net.http.HttpClient}, which would
 * otherwise mix them up in a shared cookie handler. All are for the one host under test, so
 * domain and path are not matched.
 */
final class Cookies {

    private final Map<String, String> values = new LinkedHashMap<>();

    /** Keeps what a response set, and drops what it expired. */
    synchronized void keepFrom(HttpHeaders headers) {
        for (String header : headers.allValues("set-cookie")) {
            for (HttpCookie cookie : HttpCookie.parse(header)) {
                if (cookie.getMaxAge() == 0) {
                    values.remove(cookie.getName());
                } else {
                    values.put(cookie.getName(), cookie.getValue());
                }
            }
        }
    }

    synchronized boolean isEmpty() {
        return values.isEmpty();
    }

    /** The value of a {@code Cookie} request header. */
    synchronized String header() {
        return values.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining("; "));
    }
}
