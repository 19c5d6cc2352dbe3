package org.roundtable.board;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.roundtable.access.Caller;
import org.roundtable.event.LearningEvent;
import org.roundtable.event.StageKind;
import org.roundtable.event.StageStarted;
import org.roundtable.live.ChangeLog;
import org.roundtable.shared.NotAllowed;
import org.roundtable.testing.TestRoom;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** Private writing then reveal, through the real services and log. */
@SpringBootTest
@ActiveProfiles("test")
class PrivateWritingTest {

    @Autowired
    Notes notes;
    @Autowired
    ChangeLog changeLog;
    @Autowired
    TestRoom room;

    Caller.Account owner;
    LearningEvent event;
    Caller.Participant police;
    Caller.Participant health;
    Caller.Projector projector;

    @BeforeEach
    void aRoom() {
        owner = room.anotherFacilitator();
        event = room.newEvent(owner, "Child P");
        police = room.join(event, owner, "POL");
        health = room.join(event, owner, "HV");
        projector = room.projector(event, owner);
    }

    @Test
    void a_private_note_is_seen_by_its_author_and_the_facilitator_only_until_revealed() {
        notes.startPrivateWriting(owner, event.id(), false);
        Note written = notes.add(police, event.id(), NotePlace.gapAfter(null), NoteKind.COMMENT,
                "The referral was not followed up.");

        assertThat(written.privateNote()).isTrue();
        assertThat(ids(police)).contains(written.id());
        assertThat(ids(owner)).contains(written.id());
        assertThat(ids(health)).doesNotContain(written.id());
        assertThat(ids(projector)).doesNotContain(written.id());
        assertThat(notes.privateWriting(health, event.id())).isEqualTo(new PrivateWriting(true, false, 1));

        notes.revealAll(owner, event.id());

        assertThat(ids(health)).contains(written.id());
        assertThat(ids(projector)).contains(written.id());
        assertThat(notes.notesFor(health, event.id())).filteredOn(n -> n.id().equals(written.id()))
                .singleElement().satisfies(n -> assertThat(n.privateNote()).isFalse());
        assertThat(notes.privateWriting(health, event.id())).isEqualTo(PrivateWriting.OFF);
    }

    @Test
    void notes_written_before_private_writing_started_stay_public_and_notes_after_the_reveal_are_public() {
        Note before = notes.add(police, event.id(), NotePlace.gapAfter(null), NoteKind.COMMENT, "Before.");
        notes.startPrivateWriting(owner, event.id(), false);
        notes.revealAll(owner, event.id());
        Note after = notes.add(police, event.id(), NotePlace.gapAfter(null), NoteKind.COMMENT, "After.");

        assertThat(ids(health)).contains(before.id(), after.id());
        assertThat(before.privateNote()).isFalse();
        assertThat(after.privateNote()).isFalse();
    }

    @Test
    void private_writing_for_a_stage_ends_with_a_reveal_when_the_room_moves_on() {
        notes.startPrivateWriting(owner, event.id(), true);
        Note written = notes.add(health, event.id(), NotePlace.gapAfter(null), NoteKind.QUERY,
                "Who held the case over the summer?");
        assertThat(ids(police)).doesNotContain(written.id());
        assertThat(notes.privateWriting(owner, event.id()).untilStageEnds()).isTrue();

        changeLog.append(event.logId(), new StageStarted(1, "Timeline", StageKind.TIMELINE, 60), owner.actorId());

        assertThat(ids(police)).contains(written.id());
        assertThat(ids(projector)).contains(written.id());
        assertThat(notes.privateWriting(police, event.id()).on()).isFalse();
    }

    @Test
    void a_stage_change_does_not_reveal_notes_kept_private_until_the_facilitator_reveals_them() {
        notes.startPrivateWriting(owner, event.id(), false);
        Note written = notes.add(health, event.id(), NotePlace.gapAfter(null), NoteKind.COMMENT, "Kept back.");

        changeLog.append(event.logId(), new StageStarted(2, "Analysis", StageKind.TIMELINE, 60), owner.actorId());

        assertThat(ids(police)).doesNotContain(written.id());
        assertThat(notes.privateWriting(owner, event.id()).on()).isTrue();
    }

    @Test
    void only_the_facilitator_starts_private_writing_and_reveals() {
        assertThatThrownBy(() -> notes.startPrivateWriting(police, event.id(), false)).isInstanceOf(NotAllowed.class);
        assertThatThrownBy(() -> notes.revealAll(police, event.id())).isInstanceOf(NotAllowed.class);
        assertThatThrownBy(() -> notes.startPrivateWriting(projector, event.id(), true)).isInstanceOf(NotAllowed.class);
        assertThatThrownBy(() -> notes.startPrivateWriting(room.facilitator(), event.id(), true))
                .isInstanceOf(NotAllowed.class);
    }

    private java.util.List<String> ids(Caller viewer) {
        return notes.notesFor(viewer, event.id()).stream().map(Note::id).toList();
    }
}
