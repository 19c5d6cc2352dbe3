package org.roundtable.live.store;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.roundtable.live.Change;
import org.roundtable.live.ChangeTypes;
import org.roundtable.live.LoggedChange;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ChangeCodecTest {

    enum Urgency { ROUTINE, URGENT }

    record VisitRecorded(String what, LocalDate day, @Nullable LocalTime time, Instant recordedAt, Urgency urgency,
            @Nullable String practitioner, List<String> agencies) implements Change {
    }

    record NoteRemoved(String noteId) implements Change {
    }

    private static final ChangeTypes VISITS = new ChangeTypes(Map.of("visit-recorded", VisitRecorded.class));
    private static final ChangeTypes NOTES = new ChangeTypes(Map.of("NoteRemoved.v1", NoteRemoved.class));

    private final ChangeCodec codec = new ChangeCodec(List.of(VISITS, NOTES));

    @Test
    void a_logged_change_comes_back_as_it_went_in() {
        LoggedChange logged = new LoggedChange("event:42", 7, Instant.parse("2025-03-04T09:30:15.123456789Z"),
                "participant:abc",
                new VisitRecorded("Home visit; \"no answer\" — note left ✉️", LocalDate.of(2023, 11, 2),
                        LocalTime.of(14, 5, 30), Instant.parse("2023-11-02T15:00:00Z"), Urgency.URGENT,
                        "Health visitor", List.of("HLT", "CSC")));

        assertThat(codec.decode(codec.encode(logged))).isEqualTo(logged);
    }

    @Test
    void empty_optional_fields_come_back_empty() {
        LoggedChange logged = new LoggedChange("event:42", 1, Instant.EPOCH, "account:1",
                new VisitRecorded("Call", LocalDate.of(2023, 1, 1), null, Instant.EPOCH, Urgency.ROUTINE, null,
                        List.of()));

        LoggedChange decoded = codec.decode(codec.encode(logged));

        assertThat(decoded).isEqualTo(logged);
        assertThat(((VisitRecorded) decoded.change()).time()).isNull();
        assertThat(((VisitRecorded) decoded.change()).practitioner()).isNull();
    }

    @Test
    void changes_of_every_registered_family_come_back_as_their_own_type() {
        LoggedChange removed = new LoggedChange("event:42", 2, Instant.EPOCH, "account:1", new NoteRemoved("n-1"));

        assertThat(codec.decode(codec.encode(removed)).change()).isInstanceOf(NoteRemoved.class).isEqualTo(new NoteRemoved("n-1"));
    }

    @Test
    void the_stored_change_names_its_type_by_the_registered_name_not_the_class() {
        LoggedChange logged = new LoggedChange("event:42", 2, Instant.EPOCH, "account:1", new NoteRemoved("n-1"));

        String json = new String(codec.encode(logged), UTF_8);

        JsonNode change = JsonMapper.builder().build().readTree(json).get("change");
        assertThat(change.get("type").asString()).isEqualTo("NoteRemoved.v1");
        assertThat(json).doesNotContain("org.roundtable").doesNotContain("ChangeCodecTest");
    }

    @Test
    void dates_and_times_are_stored_as_readable_text() {
        LoggedChange logged = new LoggedChange("event:42", 1, Instant.parse("2025-03-04T09:30:00Z"), "account:1",
                new VisitRecorded("Call", LocalDate.of(2023, 1, 9), LocalTime.of(8, 15), Instant.EPOCH,
                        Urgency.ROUTINE, null, List.of()));

        JsonNode json = JsonMapper.builder().build().readTree(new String(codec.encode(logged), UTF_8));

        assertThat(json.get("at").asString()).isEqualTo("2025-03-04T09:30:00Z");
        assertThat(json.get("change").get("day").asString()).isEqualTo("2023-01-09");
        assertThat(json.get("change").get("time").asString()).startsWith("08:15");
        assertThat(json.get("change").get("urgency").asString()).isEqualTo("ROUTINE");
    }

    @Test
    void a_change_stored_under_a_name_nobody_registered_is_refused() {
        ChangeCodec withoutNotes = new ChangeCodec(List.of(VISITS));
        byte[] stored = codec.encode(new LoggedChange("event:42", 2, Instant.EPOCH, "account:1", new NoteRemoved("n-1")));

        assertThatThrownBy(() -> withoutNotes.decode(stored)).isInstanceOf(RuntimeException.class);
    }

    @Test
    void a_change_class_can_move_as_long_as_its_name_stays() {
        byte[] stored = codec.encode(new LoggedChange("event:42", 2, Instant.EPOCH, "account:1", new NoteRemoved("n-1")));
        ChangeCodec afterTheMove = new ChangeCodec(List.of(new ChangeTypes(Map.of("NoteRemoved.v1", MovedNoteRemoved.class))));

        assertThat(afterTheMove.decode(stored).change()).isEqualTo(new MovedNoteRemoved("n-1"));
    }

    record MovedNoteRemoved(String noteId) implements Change {
    }
}
