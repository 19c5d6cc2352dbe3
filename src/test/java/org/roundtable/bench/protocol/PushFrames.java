package org.roundtable.bench.protocol;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts the push WebSocket's text into Atmosphere's messages. With {@code trackMessageLength}
 * every message comes as {@code <length>|<message>}, the length counted in UTF-16 units as
 * JavaScript counts it; a WebSocket frame may hold several messages or a part of one, and the
 * JDK's WebSocket may hand a frame over in parts. The first message is Atmosphere's handshake
 * ({@code <tracking id>|<heartbeat interval>|<padding>|}); heartbeats are the padding alone.
 */
final class PushFrames {

    private final StringBuilder pending = new StringBuilder();

    /** Adds text as it arrived and returns every message now complete, in order. */
    List<String> add(CharSequence text) {
        pending.append(text);
        List<String> messages = new ArrayList<>(1);
        int start = 0;
        while (true) {
            int bar = pending.indexOf("|", start);
            if (bar < 0) {
                break;
            }
            int length = length(pending, start, bar);
            if (pending.length() - (bar + 1) < length) {
                break;
            }
            messages.add(pending.substring(bar + 1, bar + 1 + length));
            start = bar + 1 + length;
        }
        pending.delete(0, start);
        return messages;
    }

    /** Whether a message is Vaadin's JSON rather than Atmosphere's handshake or a heartbeat. */
    static boolean isUidl(String message) {
        return message.startsWith("{") || message.startsWith("for(;;);");
    }

    private static int length(CharSequence text, int from, int bar) {
        if (bar == from || bar - from > 9) {
            throw new IllegalStateException("Not an Atmosphere length prefix: "
                    + text.subSequence(from, Math.min(text.length(), from + 40)));
        }
        int length = 0;
        for (int i = from; i < bar; i++) {
            char digit = text.charAt(i);
            if (digit < '0' || digit > '9') {
                throw new IllegalStateException("Not an Atmosphere length prefix: "
                        + text.subSequence(from, Math.min(text.length(), from + 40)));
            }
            length = length * 10 + (digit - '0');
        }
        return length;
    }
}
