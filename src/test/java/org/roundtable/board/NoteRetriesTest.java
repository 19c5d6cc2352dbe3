package org.roundtable.board;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import org.junit.jupiter.api.Test;
import org.roundtable.access.Caller;
import org.roundtable.event.LearningEvent;
import org.roundtable.live.ChangeLog;
import org.roundtable.live.LoggedChange;
import org.roundtable.live.store.ChangeCodec;
import org.roundtable.shared.InvalidInput;
import org.roundtable.testing.TestRoom;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** A tablet sends a note again after its connection dropped: the note is added once, however often it is sent. */
@SpringBootTest
@ActiveProfiles("test")
class NoteRetriesTest {

    @Autowired
    Notes notes;
    @Autowired
    ChangeLog changeLog;
    @Autowired
    TestRoom room;

    private static String key() {
        return UUID.randomUUID().toString();
    }

    private long notesWithText(Caller reader, LearningEvent event, String text) {
        return notes.notesFor(reader, event.id()).stream().filter(note -> note.text().equals(text)).count();
    }

    @Test
    void a_note_sent_twice_with_the_same_key_is_added_once() {
        LearningEvent event = room.demoEvent();
        Caller.Participant school = room.joinDemo("SCH");
        String key = key();

        Note first = notes.add(school, event.id(), NotePlace.gapAfter(null), NoteKind.COMMENT,
                Perspective.AT_THE_TIME, "Sent before the Wi-Fi dropped", key);
        int logged = changeLog.read(event.logId()).size();
        Note again = notes.add(school, event.id(), NotePlace.gapAfter(null), NoteKind.COMMENT,
                Perspective.AT_THE_TIME, "Sent before the Wi-Fi dropped", key);

        assertThat(again.id()).isEqualTo(first.id());
        assertThat(changeLog.read(event.logId())).hasSize(logged);
        assertThat(notesWithText(room.facilitator(), event, "Sent before the Wi-Fi dropped")).isEqualTo(1);
    }

    @Test
    void two_people_whose_tablets_chose_the_same_key_each_get_their_note() {
        LearningEvent event = room.demoEvent();
        Caller.Participant school = room.joinDemo("SCH");
        Caller.Participant police = room.joinDemo("POL");
        String key = key();

        Note fromSchool = notes.add(school, event.id(), NotePlace.gapAfter(null), NoteKind.COMMENT,
                Perspective.AT_THE_TIME, "Same key, two people", key);
        Note fromPolice = notes.add(police, event.id(), NotePlace.gapAfter(null), NoteKind.COMMENT,
                Perspective.AT_THE_TIME, "Same key, two people", key);

        assertThat(fromPolice.id()).isNotEqualTo(fromSchool.id());
        assertThat(notesWithText(room.facilitator(), event, "Same key, two people")).isEqualTo(2);
    }

    @Test
    void when_two_retries_of_one_draft_reach_the_log_the_first_wins_and_the_board_shows_one_note() {
        LearningEvent event = room.demoEvent();
        Caller.Participant school = room.joinDemo("SCH");
        String key = key();
        // As if two nodes had each accepted the retry before either saw the other's change.
        changeLog.append(event.logId(), new BoardChange.NoteAdded(UUID.randomUUID().toString(),
                NotePlace.gapAfter(null), NoteKind.COMMENT, "Raced once", "SCH", Perspective.AT_THE_TIME, key),
                school.actorId());
        changeLog.append(event.logId(), new BoardChange.NoteAdded(UUID.randomUUID().toString(),
                NotePlace.gapAfter(null), NoteKind.COMMENT, "Raced twice", "SCH", Perspective.AT_THE_TIME, key),
                school.actorId());

        assertThat(notesWithText(room.facilitator(), event, "Raced once")).isEqualTo(1);
        assertThat(notesWithText(room.facilitator(), event, "Raced twice")).isZero();
        Note retried = notes.add(school, event.id(), NotePlace.gapAfter(null), NoteKind.COMMENT,
                Perspective.AT_THE_TIME, "Raced three times", key);
        assertThat(retried.text()).isEqualTo("Raced once");
    }

    @Test
    void the_same_draft_sent_from_many_threads_at_once_is_added_once() throws Exception {
        LearningEvent event = room.demoEvent();
        Caller.Participant school = room.joinDemo("SCH");
        String key = key();
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<Note>> sends = java.util.stream.IntStream.range(0, 6)
                .mapToObj(i -> CompletableFuture.supplyAsync(() -> {
                    try {
                        start.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return notes.add(school, event.id(), NotePlace.gapAfter(null), NoteKind.COMMENT,
                            Perspective.AT_THE_TIME, "Sent from six retries", key);
                }))
                .toList();
        start.countDown();

        List<String> ids = sends.stream().map(CompletableFuture::join).map(Note::id).distinct().toList();

        assertThat(ids).hasSize(1);
        assertThat(notesWithText(room.facilitator(), event, "Sent from six retries")).isEqualTo(1);
    }

    @Test
    void a_key_that_is_too_long_or_carries_other_characters_is_refused_and_nothing_is_logged() {
        LearningEvent event = room.demoEvent();
        Caller.Participant school = room.joinDemo("SCH");
        int before = changeLog.read(event.logId()).size();

        for (String bad : List.of("", "a".repeat(65), "<script>", "../../etc", "key with space", "ключ")) {
            assertThatThrownBy(() -> notes.add(school, event.id(), NotePlace.gapAfter(null), NoteKind.COMMENT,
                    Perspective.AT_THE_TIME, "A note", bad))
                    .as(bad)
                    .isInstanceOf(InvalidInput.class);
        }
        assertThat(changeLog.read(event.logId())).hasSize(before);
        assertThat(notes.add(school, event.id(), NotePlace.gapAfter(null), NoteKind.COMMENT,
                Perspective.AT_THE_TIME, "A note", "a".repeat(64)).text()).isEqualTo("A note");
    }

    @Test
    void a_note_recorded_before_submission_keys_existed_still_reads_back_without_one() {
        ChangeCodec codec = new ChangeCodec(List.of(BoardChange.TYPES));
        String old = """
                {"logId":"event:e","sequence":3,"at":"2026-11-01T10:00:00Z","actor":"participant:p",
                 "change":{"type":"NoteAdded","noteId":"n1","place":{"kind":"ON_ENTRY","entryId":"t1"},
                 "kind":"QUERY","text":"Who saw him?","agencyCode":"POL","perspective":"HINDSIGHT"}}
                """;

        LoggedChange read = codec.decode(old.getBytes(java.nio.charset.StandardCharsets.UTF_8));

        assertThat(read.change()).isEqualTo(new BoardChange.NoteAdded("n1", NotePlace.onEntry("t1"), NoteKind.QUERY,
                "Who saw him?", "POL", Perspective.HINDSIGHT, null));
        var keyed = new BoardChange.NoteAdded("n2", NotePlace.gapAfter(null), NoteKind.COMMENT, "x", "SCH",
                Perspective.AT_THE_TIME, "k-1");
        assertThat(codec.decode(codec.encode(new LoggedChange("event:e", 4, Instant.EPOCH, "participant:p", keyed)))
                .change()).isEqualTo(keyed);
    }
}
