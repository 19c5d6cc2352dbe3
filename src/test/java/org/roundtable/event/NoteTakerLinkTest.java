package org.roundtable.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.roundtable.access.Caller;
import org.roundtable.board.NoteKind;
import org.roundtable.board.NotePlace;
import org.roundtable.board.Notes;
import org.roundtable.live.ChangeLog;
import org.roundtable.record.Contribution;
import org.roundtable.record.NoteTaking;
import org.roundtable.record.RecordEntry;
import org.roundtable.shared.NotAllowed;
import org.roundtable.testing.TestRoom;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** A note-taker without an account keeps the record through the event's note-taker link. */
@SpringBootTest
@ActiveProfiles("test")
class NoteTakerLinkTest {

    @Autowired
    LearningEvents events;
    @Autowired
    NoteTaking record;
    @Autowired
    Notes notes;
    @Autowired
    ChangeLog changeLog;
    @Autowired
    TestRoom room;

    Caller.Account owner;
    LearningEvent event;

    @BeforeEach
    void anEvent() {
        owner = room.anotherFacilitator();
        event = room.newEvent(owner, "Child " + UUID.randomUUID().toString().substring(0, 6));
    }

    @Test
    void whoever_opens_the_link_reads_every_contribution_and_writes_the_record() {
        Caller.Participant participant = room.join(event, owner, "POL");
        notes.add(participant, event.id(), NotePlace.gapAfter(null), NoteKind.QUERY, "Who knew about the move?");
        String secret = events.createNoteTakerLink(owner, event.id());

        Caller.NoteTakerLink noteTaker = events.noteTakerForLink(secret).orElseThrow();
        RecordEntry entry = record.add(noteTaker, event.id(), "Police explained the referral", Set.of(), null, null);

        assertThat(noteTaker.eventId()).isEqualTo(event.id());
        assertThat(events.isNoteTakerOf(noteTaker, event.id())).isTrue();
        assertThat(record.recordFor(owner, event.id())).extracting(RecordEntry::id).contains(entry.id());
        assertThat(record.feedFor(noteTaker, event.id())).extracting(Contribution::text)
                .contains("Who knew about the move?");
        assertThat(record.historyOf(owner, event.id(), entry.id()).getFirst().by())
                .isEqualTo("the note-taker (link)");
    }

    @Test
    void the_link_keeps_working_after_the_event_closes() {
        String secret = events.createNoteTakerLink(owner, event.id());
        events.close(owner, event.id());

        Caller.NoteTakerLink noteTaker = events.noteTakerForLink(secret).orElseThrow();

        assertThat(record.add(noteTaker, event.id(), "Written up afterwards", Set.of(), null, null)).isNotNull();
    }

    @Test
    void a_revoked_or_replaced_link_is_refused_even_to_a_screen_that_opened_it_before() {
        String first = events.createNoteTakerLink(owner, event.id());
        Caller.NoteTakerLink before = events.noteTakerForLink(first).orElseThrow();

        String second = events.createNoteTakerLink(owner, event.id());

        assertThat(events.noteTakerForLink(first)).isEmpty();
        assertThatThrownBy(() -> record.recordFor(before, event.id())).isInstanceOf(NotAllowed.class);
        Caller.NoteTakerLink current = events.noteTakerForLink(second).orElseThrow();
        events.revokeNoteTakerLink(owner, event.id());
        assertThat(events.noteTakerForLink(second)).isEmpty();
        assertThatThrownBy(() -> record.add(current, event.id(), "Too late", Set.of(), null, null))
                .isInstanceOf(NotAllowed.class);
        assertThat(events.hasNoteTakerLink(owner, event.id())).isFalse();
    }

    @Test
    void a_secret_that_was_never_issued_opens_nothing() {
        events.createNoteTakerLink(owner, event.id());

        assertThat(events.noteTakerForLink("0123456789abcdef0123456789abcdef")).isEmpty();
        assertThat(events.noteTakerForLink("not even hex")).isEmpty();
        assertThat(events.noteTakerForLink(null)).isEmpty();
        assertThatThrownBy(() -> record.recordFor(new Caller.NoteTakerLink(event.id(), "forged"), event.id()))
                .isInstanceOf(NotAllowed.class);
    }

    @Test
    void the_log_keeps_only_a_hash_of_the_link() {
        String secret = events.createNoteTakerLink(owner, event.id());

        assertThat(changeLog.read(event.logId()).toString()).doesNotContain(secret)
                .contains("NoteTakerLinkCreated");
    }

    @Test
    void a_link_note_taker_cannot_run_the_room_or_open_another_event() {
        LearningEvent other = room.newEvent(owner, "Child " + UUID.randomUUID().toString().substring(0, 6));
        Caller.NoteTakerLink noteTaker = events.noteTakerForLink(events.createNoteTakerLink(owner, event.id()))
                .orElseThrow();

        assertThatThrownBy(() -> events.close(noteTaker, event.id())).isInstanceOf(NotAllowed.class);
        assertThatThrownBy(() -> events.readableBy(noteTaker, other.id())).isInstanceOf(NotAllowed.class);
        assertThatThrownBy(() -> record.recordFor(noteTaker, other.id())).isInstanceOf(NotAllowed.class);
    }
}
