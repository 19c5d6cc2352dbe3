package org.roundtable;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.roundtable.access.AuditAction;
import org.roundtable.access.AuditEntry;
import org.roundtable.access.AuditTrail;
import org.roundtable.access.Caller;
import org.roundtable.board.Note;
import org.roundtable.board.NoteKind;
import org.roundtable.board.NotePlace;
import org.roundtable.board.NoteTriage;
import org.roundtable.board.Notes;
import org.roundtable.evaluation.Evaluations;
import org.roundtable.event.Contributors;
import org.roundtable.event.LearningEvent;
import org.roundtable.event.LearningEvents;
import org.roundtable.event.RoomSettings;
import org.roundtable.record.RecordExport;
import org.roundtable.record.RecordExportFormat;
import org.roundtable.record.RecordExportOptions;
import org.roundtable.shared.Texts;
import org.roundtable.testing.TestRoom;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** Rights and setting changes, moderation, exports and purges leave an entry in the audit trail. */
@SpringBootTest
@ActiveProfiles("test")
class AuditHooksTest {

    @Autowired
    AuditTrail audit;
    @Autowired
    LearningEvents events;
    @Autowired
    Contributors contributors;
    @Autowired
    Notes notes;
    @Autowired
    NoteTriage triage;
    @Autowired
    RecordExport export;
    @Autowired
    Evaluations evaluations;
    @Autowired
    TestRoom room;

    Caller.Account owner;
    LearningEvent event;

    @BeforeEach
    void anEvent() {
        owner = room.anotherFacilitator();
        event = room.newEvent(owner, "Child " + UUID.randomUUID().toString().substring(0, 6));
    }

    /** Whatever the services wrote about this test's event, an administrator reading in Welsh reads it in Welsh. */
    @AfterEach
    void everyDetailWrittenReadsInWelsh() {
        List<AuditEntry> written = audit.entriesFor(room.facilitator()).stream()
                .filter(entry -> event.id().equals(entry.eventId())).toList();
        assertThat(written).isNotEmpty().allSatisfy(entry -> assertThat(entry.detailIn(Texts.WELSH))
                .as(entry.detail()).isNotEqualTo(entry.detail()));
    }

    /** The trail's entries about this test's event, newest first; the administrator reads them. */
    private List<AuditEntry> entries(AuditAction action) {
        return audit.entriesFor(room.facilitator()).stream()
                .filter(entry -> event.id().equals(entry.eventId()) && entry.action() == action)
                .toList();
    }

    @Test
    void granting_a_co_facilitator_and_creating_a_note_taker_link_are_rights_changes() {
        Caller.Account colleague = room.anotherFacilitator();

        events.grantCoFacilitator(owner, event.id(), colleague.username(), Set.of());
        events.createNoteTakerLink(owner, event.id());
        events.revokeCoFacilitator(owner, event.id(), colleague.username());

        assertThat(entries(AuditAction.RIGHTS_CHANGED)).extracting(AuditEntry::detail).containsExactly(
                "Co-facilitator removed: " + colleague.username(), "Note-taker link created",
                "Co-facilitator " + colleague.username() + ": panel member (no rights)");
        assertThat(entries(AuditAction.RIGHTS_CHANGED).getFirst().who()).isEqualTo(owner.username());
    }

    @Test
    void changing_the_room_settings_and_closing_the_event_are_setting_changes() {
        contributors.changeSettings(owner, event.id(), new RoomSettings(true, false, false));
        events.close(owner, event.id());

        assertThat(entries(AuditAction.SETTING_CHANGED)).extracting(AuditEntry::detail).containsExactly(
                "Event closed", "Room settings: anonymous contributions on, facilitators see names off, "
                        + "names in the room list off");
    }

    @Test
    void hiding_a_note_is_moderation_and_says_which_note_without_its_text() {
        Caller.Participant participant = room.join(event, owner, "POL");
        Note note = notes.add(participant, event.id(), NotePlace.gapAfter(null), NoteKind.QUERY, "A secret worry");

        triage.hide(owner, event.id(), note.id());

        assertThat(entries(AuditAction.MODERATED)).extracting(AuditEntry::detail)
                .containsExactly("Hid note " + note.id());
        assertThat(audit.entriesFor(room.facilitator()).toString()).doesNotContain("A secret worry");
    }

    @Test
    void exporting_the_record_and_the_evaluation_results_are_exports_with_their_format() {
        export.export(owner, event.id(), new RecordExportOptions(true, false), RecordExportFormat.MARKDOWN);
        evaluations.resultsCsv(owner, event.id());

        assertThat(entries(AuditAction.EXPORTED)).extracting(AuditEntry::detail).containsExactly(
                "Evaluation results (CSV)",
                "Record (MARKDOWN), with the comments column, hidden contributions left out");
    }

    @Test
    void purging_an_event_is_recorded_and_the_entry_outlives_the_event() {
        events.close(owner, event.id());

        events.purge(owner, event.id(), event.pseudonym());

        assertThat(entries(AuditAction.PURGED)).extracting(AuditEntry::detail).containsExactly("Event purged");
    }
}
