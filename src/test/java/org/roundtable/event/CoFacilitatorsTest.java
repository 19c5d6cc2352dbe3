package org.roundtable.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.roundtable.access.Accounts;
import org.roundtable.access.Caller;
import org.roundtable.board.Note;
import org.roundtable.board.NoteKind;
import org.roundtable.board.NotePlace;
import org.roundtable.board.NoteTriage;
import org.roundtable.board.Notes;
import org.roundtable.record.RecordExport;
import org.roundtable.record.RecordExportFormat;
import org.roundtable.record.RecordExportOptions;
import org.roundtable.shared.InvalidInput;
import org.roundtable.shared.NotAllowed;
import org.roundtable.timeline.ChronologyDate;
import org.roundtable.timeline.NewTimelineEntry;
import org.roundtable.timeline.Timelines;
import org.roundtable.testing.TestRoom;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** An event's owner shares it with co-facilitators and panel members, each with the rights granted. */
@SpringBootTest
@ActiveProfiles("test")
class CoFacilitatorsTest {

    @Autowired
    LearningEvents events;
    @Autowired
    EventPreparation preparation;
    @Autowired
    RoomStages stages;
    @Autowired
    Notes notes;
    @Autowired
    NoteTriage triage;
    @Autowired
    Timelines timelines;
    @Autowired
    RecordExport export;
    @Autowired
    Accounts accounts;
    @Autowired
    TestRoom room;

    Caller.Account owner;
    Caller.Account colleague;
    LearningEvent event;

    @BeforeEach
    void anEventAndAColleague() {
        owner = room.anotherFacilitator();
        colleague = room.anotherFacilitator();
        event = room.newEvent(owner, "Child " + UUID.randomUUID().toString().substring(0, 6));
    }

    private void grant(EventRight... rights) {
        events.grantCoFacilitator(owner, event.id(), colleague.username(),
                rights.length == 0 ? Set.of() : EnumSet.of(rights[0], rights));
    }

    private Note aNote() {
        Caller.Participant participant = room.join(event, owner, "POL");
        return notes.add(participant, event.id(), NotePlace.gapAfter(null), NoteKind.QUERY, "Who knew?");
    }

    @Test
    void a_co_facilitator_finds_the_event_in_their_list_with_the_rights_granted() {
        assertThat(events.listFor(colleague)).extracting(LearningEvent::id).doesNotContain(event.id());

        grant(EventRight.PREPARE, EventRight.EXPORT);

        assertThat(events.listFor(colleague)).extracting(LearningEvent::id).contains(event.id());
        assertThat(events.rightsOf(colleague, event.id())).containsExactlyInAnyOrder(EventRight.PREPARE,
                EventRight.EXPORT);
        assertThat(events.rightsOf(owner, event.id())).containsExactlyInAnyOrder(EventRight.values());
        assertThat(events.coFacilitatorsOf(owner, event.id()))
                .containsExactly(new CoFacilitator(colleague.username(), Set.of(EventRight.PREPARE, EventRight.EXPORT)));
    }

    @Test
    void prepare_allows_changing_the_preparation_and_without_it_that_is_refused() {
        grant(EventRight.RUN_ROOM);
        assertThatThrownBy(() -> preparation.changeWorkingPrinciples(colleague, event.id(), List.of("Be kind")))
                .isInstanceOf(NotAllowed.class).hasMessageContaining("prepare the event");

        grant(EventRight.PREPARE);
        preparation.changeWorkingPrinciples(colleague, event.id(), List.of("Be kind"));

        assertThat(preparation.workingPrinciplesFor(owner, event.id())).containsExactly("Be kind");
    }

    @Test
    void run_room_allows_moving_the_stages_and_without_it_that_is_refused() {
        grant(EventRight.PREPARE, EventRight.MODERATE, EventRight.EXPORT);
        assertThatThrownBy(() -> stages.moveTo(colleague, event.id(), 1)).isInstanceOf(NotAllowed.class);
        assertThatThrownBy(() -> events.close(colleague, event.id())).isInstanceOf(NotAllowed.class);

        grant(EventRight.RUN_ROOM);

        assertThat(stages.moveTo(colleague, event.id(), 1).stageIndex()).isEqualTo(1);
    }

    @Test
    void moderate_allows_hiding_a_note_and_without_it_that_is_refused() {
        Note note = aNote();
        grant(EventRight.RUN_ROOM, EventRight.PREPARE);
        assertThatThrownBy(() -> triage.hide(colleague, event.id(), note.id())).isInstanceOf(NotAllowed.class);

        grant(EventRight.MODERATE);

        assertThat(triage.hide(colleague, event.id(), note.id()).hidden()).isTrue();
    }

    @Test
    void export_allows_exporting_the_record_and_without_it_that_is_refused() {
        grant(EventRight.PREPARE, EventRight.RUN_ROOM, EventRight.MODERATE);
        assertThatThrownBy(() -> export.export(colleague, event.id(), RecordExportOptions.ANONYMISED,
                RecordExportFormat.MARKDOWN)).isInstanceOf(NotAllowed.class);

        grant(EventRight.EXPORT);

        assertThat(export.export(colleague, event.id(), RecordExportOptions.ANONYMISED, RecordExportFormat.MARKDOWN)
                .bytes()).isNotEmpty();
    }

    @Test
    void a_panel_member_reads_the_comments_column_and_every_note_but_changes_nothing() {
        timelines.add(owner, event.id(), new NewTimelineEntry("POL", ChronologyDate.onDay(LocalDate.of(2025, 3, 1)),
                null, null, "Home visit", null, null, "Police were not told", null));
        Note note = aNote();
        triage.hide(owner, event.id(), note.id());
        grant();

        assertThat(events.isFacilitatorOf(colleague, event.id())).isTrue();
        assertThat(events.rightsOf(colleague, event.id())).isEmpty();
        assertThat(timelines.commentsFor(colleague, event.id())).containsValue("Police were not told");
        assertThat(notes.notesFor(colleague, event.id())).extracting(Note::id).contains(note.id());
        assertThat(preparation.setupFor(colleague, event.id())).isNotNull();

        assertThatThrownBy(() -> triage.unhide(colleague, event.id(), note.id())).isInstanceOf(NotAllowed.class);
        assertThatThrownBy(() -> stages.moveTo(colleague, event.id(), 1)).isInstanceOf(NotAllowed.class);
        assertThatThrownBy(() -> preparation.changeWorkingPrinciples(colleague, event.id(), List.of("Mine")))
                .isInstanceOf(NotAllowed.class);
        assertThatThrownBy(() -> notes.add(colleague, event.id(), NotePlace.gapAfter(null), NoteKind.QUERY, "Hm"))
                .isInstanceOf(NotAllowed.class);
        assertThatThrownBy(() -> events.secretsFor(colleague, event.id())).isInstanceOf(NotAllowed.class);
    }

    @Test
    void only_the_owner_grants_rights_assigns_the_note_taker_and_purges() {
        grant(EventRight.values());
        Caller.Account third = room.anotherFacilitator();

        assertThatThrownBy(() -> events.grantCoFacilitator(colleague, event.id(), third.username(), Set.of()))
                .isInstanceOf(NotAllowed.class);
        assertThatThrownBy(() -> events.createNoteTakerLink(colleague, event.id())).isInstanceOf(NotAllowed.class);
        assertThatThrownBy(() -> events.assignNoteTaker(colleague, event.id(), "anyone"))
                .isInstanceOf(NotAllowed.class);
        events.close(colleague, event.id());
        assertThatThrownBy(() -> events.purge(colleague, event.id(), event.pseudonym()))
                .isInstanceOf(NotAllowed.class).hasMessageContaining("owns");
    }

    @Test
    void only_another_facilitators_account_can_be_granted() {
        Caller.Account noteTaker = accounts.createNoteTaker(owner, "scribe-" + UUID.randomUUID().toString()
                .substring(0, 8), TestRoom.PASSWORD);
        Caller.Participant participant = room.join(event, owner, "POL");

        assertThatThrownBy(() -> events.grantCoFacilitator(owner, event.id(), noteTaker.username(), Set.of()))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("no facilitator's account");
        assertThatThrownBy(() -> events.grantCoFacilitator(owner, event.id(), "nobody-here", Set.of()))
                .isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> events.grantCoFacilitator(owner, event.id(), owner.username(), Set.of()))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("owner");
        assertThatThrownBy(() -> events.grantCoFacilitator(participant, event.id(), colleague.username(), Set.of()))
                .isInstanceOf(NotAllowed.class);
    }

    @Test
    void a_revoked_co_facilitator_can_no_longer_open_the_event() {
        grant(EventRight.RUN_ROOM);
        events.revokeCoFacilitator(owner, event.id(), colleague.username());

        assertThat(events.listFor(colleague)).extracting(LearningEvent::id).doesNotContain(event.id());
        assertThatThrownBy(() -> events.readableBy(colleague, event.id())).isInstanceOf(NotAllowed.class);
        assertThatThrownBy(() -> stages.moveTo(colleague, event.id(), 1)).isInstanceOf(NotAllowed.class);
        assertThat(events.coFacilitatorsOf(owner, event.id())).isEmpty();
    }
}
