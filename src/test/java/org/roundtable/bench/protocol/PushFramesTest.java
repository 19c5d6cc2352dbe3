package org.roundtable.bench.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class PushFramesTest {

    private final PushFrames frames = new PushFrames();

    @Test
    void the_handshake_and_a_message_in_one_frame_come_out_as_two_messages() {
        List<String> messages = frames.add("41|d3a87542-b628-4761-ae30-afa79a266657|0|X|12|{\"syncId\":7}");

        assertEquals(List.of("d3a87542-b628-4761-ae30-afa79a266657|0|X|", "{\"syncId\":7}"), messages);
        assertFalse(PushFrames.isUidl(messages.get(0)));
        assertTrue(PushFrames.isUidl(messages.get(1)));
    }

    @Test
    void a_message_split_over_frames_comes_out_once_it_is_whole() {
        String message = "{\"text\":\"a|b — c\"}";
        String framed = message.length() + "|" + message;

        assertEquals(List.of(), frames.add(framed.substring(0, 1)));
        assertEquals(List.of(), frames.add(framed.substring(1, 14)));
        assertEquals(List.of(message), frames.add(framed.substring(14)));
    }

    @Test
    void lengths_count_utf16_units_as_javascript_does() {
        String note = "{\"t\":\"\uD83D\uDE00\"}";

        assertEquals(List.of(note), frames.add(note.length() + "|" + note));
    }

    @Test
    void text_that_is_not_atmosphere_framing_fails_loudly() {
        assertThrows(IllegalStateException.class, () -> frames.add("{\"syncId\":1}|"));
    }
}
