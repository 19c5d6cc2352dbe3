package org.roundtable.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.roundtable.access.Caller;
import org.roundtable.board.BreakoutGroup;
import org.roundtable.board.BreakoutGroups;
import org.roundtable.board.GroupPrompt;
import org.roundtable.board.LearningPointKind;
import org.roundtable.board.LivedExperience;
import org.roundtable.board.LivedPeriod;
import org.roundtable.board.Note;
import org.roundtable.board.NoteKind;
import org.roundtable.board.NotePlace;
import org.roundtable.board.NoteTriage;
import org.roundtable.board.Notes;
import org.roundtable.board.LearningWall;
import org.roundtable.event.EventPreparation;
import org.roundtable.event.LearningEvent;
import org.roundtable.event.LearningEvents;
import org.roundtable.event.PersonInRole;
import org.roundtable.event.RoomStages;
import org.roundtable.record.export.ExportedRecord;
import org.roundtable.shared.InvalidInput;
import org.roundtable.shared.NotAllowed;
import org.roundtable.testing.ExportedText;
import org.roundtable.testing.TestRoom;
import org.roundtable.timeline.ChronologyDate;
import org.roundtable.timeline.NewTimelineEntry;
import org.roundtable.timeline.TimelineEntry;
import org.roundtable.timeline.Timelines;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** The record's export through the real services: anonymised, complete, in every format, and back again. */
@SpringBootTest
@ActiveProfiles("test")
class RecordExportTest {

    static final String MARKER_NAME = "Zebedee Quillfeather";
    static final String ODD = "Emoji 🧒🏽 and עברית and العربية\u0007 with a bell";

    @Autowired
    RecordExport export;
    @Autowired
    LearningEvents events;
    @Autowired
    EventPreparation preparation;
    @Autowired
    Timelines timelines;
    @Autowired
    Notes notes;
    @Autowired
    NoteTriage triage;
    @Autowired
    LearningWall wall;
    @Autowired
    RoomStages stages;
    @Autowired
    LivedExperience lived;
    @Autowired
    BreakoutGroups groups;
    @Autowired
    TestRoom room;

    Caller.Account owner;
    LearningEvent event;
    Caller.Participant named;
    Note hiddenNote;

    @BeforeEach
    void anEventWithAParticipantWhoGaveTheirName() {
        owner = room.facilitator();
        event = room.newEvent(owner, "Child X");
        preparation.changePeople(owner, event.id(), List.of(new PersonInRole("Independent reviewer", MARKER_NAME)),
                null, List.of());
        preparation.uploadGenogram(owner, event.id(), "genogram-of-the-family.png", png());
        TimelineEntry entry = timelines.add(owner, event.id(), new NewTimelineEntry("POL",
                ChronologyDate.onDay(java.time.LocalDate.of(2019, 4, 3)), null, null, "Police attended the home", null, null,
                "The comments column", null));
        named = events.join(room.joinCode(event), "Sergeant", "POL", MARKER_NAME, "client-x");
        notes.add(named, event.id(), NotePlace.onEntry(entry.id()), NoteKind.QUERY, "Was a referral made?");
        notes.add(named, event.id(), NotePlace.onEntry(entry.id()), NoteKind.COMMENT, ODD);
        hiddenNote = notes.add(named, event.id(), NotePlace.gapAfter(entry.id()), NoteKind.COMMENT,
                "A note the facilitator hid");
        triage.hide(owner, event.id(), hiddenNote.id());
        wall.add(named, event.id(), LearningPointKind.INTER_AGENCY, "Share referrals the same day", List.of());
        LivedPeriod period = lived.addPeriod(owner, event.id(), "Spring 2019", null, null);
        lived.addEntry(named, event.id(), period.id(), "Often hungry at nursery");
        BreakoutGroup group = groups.createGroups(owner, event.id(), List.of("Neglect")).getFirst();
        groups.moveToGroup(owner, event.id(), named.participantId(), group.id());
        groups.addPoint(named, event.id(), group.id(), GroupPrompt.WHAT_MADE_IT_HARD, "Workload was high", null);
        stages.moveTo(owner, event.id(), 0);
        stages.pauseInput(owner, event.id());
        stages.summarise(owner, event.id(), "The room agreed the referral was late");
        stages.resumeInput(owner, event.id());
    }

    @Test
    void no_format_carries_a_participants_or_facilitators_name_nor_the_genogram() throws IOException {
        for (RecordExportFormat format : RecordExportFormat.values()) {
            RecordExportFile file = export.export(owner, event.id(), RecordExportOptions.ANONYMISED, format);
            String text = textOf(format, file.bytes());
            assertThat(text).as(format.name()).contains("Police attended the home").doesNotContain(MARKER_NAME)
                    .doesNotContain("genogram-of-the-family");
            assertThat(new String(file.bytes(), StandardCharsets.ISO_8859_1)).doesNotContain(MARKER_NAME);
            assertThat(file.fileName()).doesNotContain("genogram");
        }
        assertThat(export.recordFor(owner, event.id(), RecordExportOptions.ANONYMISED).details().facilitatorRoles())
                .containsExactly("Independent reviewer");
    }

    @Test
    void every_contribution_is_in_the_record_and_hidden_notes_only_when_asked() {
        ExportedRecord plain = export.recordFor(owner, event.id(), RecordExportOptions.ANONYMISED);
        ExportedRecord withHidden = export.recordFor(owner, event.id(), new RecordExportOptions(false, true));
        // two visible notes, a learning point, a lived entry, a group point, a summary; the hidden note only with the option
        assertThat(plain.contributionCount()).isEqualTo(6);
        assertThat(withHidden.contributionCount()).isEqualTo(7);
        assertThat(plain.toString()).contains("Often hungry at nursery", "Workload was high",
                "The room agreed the referral was late", "Share referrals the same day");
        assertThat(plain.toString()).doesNotContain("The comments column");
        assertThat(export.recordFor(owner, event.id(), new RecordExportOptions(true, false)).timeline())
                .singleElement().satisfies(row -> assertThat(row.comments()).isEqualTo("The comments column"));
        assertThat(plain.toString()).doesNotContain("A note the facilitator hid");
        assertThat(plain.queries()).singleElement().satisfies(q -> assertThat(q.by()).isEqualTo("Police (POL)"));
        String markdown = new String(export.export(owner, event.id(), new RecordExportOptions(false, true),
                RecordExportFormat.MARKDOWN).bytes(), StandardCharsets.UTF_8);
        assertThat(markdown).contains("A note the facilitator hid").contains("hidden by the facilitator");
    }

    @Test
    void the_same_state_exports_the_same_bytes_and_text_and_odd_characters_survive() throws IOException {
        for (RecordExportFormat format : RecordExportFormat.values()) {
            byte[] first = export.export(owner, event.id(), RecordExportOptions.ANONYMISED, format).bytes();
            byte[] second = export.export(owner, event.id(), RecordExportOptions.ANONYMISED, format).bytes();
            if (format == RecordExportFormat.MARKDOWN || format == RecordExportFormat.JSON) {
                assertThat(second).as(format.name()).isEqualTo(first);
            }
            assertThat(textOf(format, second)).isEqualTo(textOf(format, first));
        }
        String docx = textOf(RecordExportFormat.DOCX,
                export.export(owner, event.id(), RecordExportOptions.ANONYMISED, RecordExportFormat.DOCX).bytes());
        assertThat(docx).contains("🧒🏽").contains("עברית").doesNotContain("\u0007");
    }

    @Test
    void a_json_archive_imports_as_a_new_event_that_exports_the_same_record() {
        byte[] archive = export.export(owner, event.id(), RecordExportOptions.ANONYMISED, RecordExportFormat.JSON)
                .bytes();
        LearningEvent copy = export.importArchive(owner, archive);
        assertThat(copy.id()).isNotEqualTo(event.id());
        assertThat(export.recordFor(owner, copy.id(), RecordExportOptions.ANONYMISED))
                .isEqualTo(export.recordFor(owner, event.id(), RecordExportOptions.ANONYMISED));
        assertThat(export.export(owner, copy.id(), RecordExportOptions.ANONYMISED, RecordExportFormat.MARKDOWN)
                .bytes()).isEqualTo(export.export(owner, event.id(), RecordExportOptions.ANONYMISED,
                RecordExportFormat.MARKDOWN).bytes());
    }

    @Test
    void a_tampered_or_malformed_archive_is_refused_with_a_message_and_nothing_is_written() {
        byte[] archive = export.export(owner, event.id(), RecordExportOptions.ANONYMISED, RecordExportFormat.JSON)
                .bytes();
        int before = events.listFor(owner).size();
        byte[] tampered = new String(archive, StandardCharsets.UTF_8).replace("Was a referral made?", "Altered")
                .getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> export.importArchive(owner, tampered)).isInstanceOf(InvalidInput.class)
                .hasMessageContaining("altered");
        assertThatThrownBy(() -> export.importArchive(owner, Arrays.copyOf(archive, archive.length / 2)))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("not readable JSON");
        assertThatThrownBy(() -> export.importArchive(owner, "{}".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("not a Roundtable archive");
        assertThat(events.listFor(owner)).hasSize(before);
    }

    @Test
    void only_the_events_facilitators_export_and_only_facilitators_import() {
        assertThatThrownBy(() -> export.export(named, event.id(), RecordExportOptions.ANONYMISED,
                RecordExportFormat.DOCX)).isInstanceOf(NotAllowed.class);
        assertThatThrownBy(() -> export.export(room.anotherFacilitator(), event.id(), RecordExportOptions.ANONYMISED,
                RecordExportFormat.DOCX)).isInstanceOf(NotAllowed.class);
        assertThatThrownBy(() -> export.importArchive(named, new byte[] {'{'})).isInstanceOf(NotAllowed.class);
    }

    @Test
    void fifteen_hundred_notes_all_reach_the_export() {
        // 5,000 notes added one by one through the service take ~80 s here (each is a durable
        // append), too long for the suite; the export itself is timed in bench/ later
        List<TimelineEntry> entries = timelines.timelineFor(owner, event.id()).entries();
        for (int i = 0; i < 1_500; i++) {
            notes.add(named, event.id(), NotePlace.onEntry(entries.getFirst().id()), NoteKind.COMMENT, "Bulk note " + i);
        }
        ExportedRecord record = export.recordFor(owner, event.id(), RecordExportOptions.ANONYMISED);
        assertThat(record.contributionCount()).isEqualTo(1_506);
        String markdown = new String(export.export(owner, event.id(), RecordExportOptions.ANONYMISED,
                RecordExportFormat.MARKDOWN).bytes(), StandardCharsets.UTF_8);
        assertThat(markdown).contains("Bulk note 1499");
        assertThat(export.export(owner, event.id(), RecordExportOptions.ANONYMISED, RecordExportFormat.DOCX).bytes())
                .isNotEmpty();
    }

    static String textOf(RecordExportFormat format, byte[] bytes) throws IOException {
        return ExportedText.of(format, bytes);
    }

    static byte[] png() {
        byte[] png = new byte[256];
        byte[] header = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
        System.arraycopy(header, 0, png, 0, header.length);
        return png;
    }
}
