package org.roundtable;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.roundtable.access.Accounts;
import org.roundtable.access.Caller;
import org.roundtable.board.Note;
import org.roundtable.board.NoteKind;
import org.roundtable.board.NotePlace;
import org.roundtable.board.Notes;
import org.roundtable.event.LearningEvent;
import org.roundtable.event.LearningEvents;
import org.roundtable.timeline.TimelineEntry;
import org.roundtable.timeline.Timelines;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Stop the application and start it again on the same MapDB file: every account, event,
 * timeline entry and note is there as it was, and the log carries on where it stopped.
 */
class RestartTest {

    @TempDir
    Path data;

    @Test
    void after_a_restart_every_event_entry_and_note_is_there_as_it_was() {
        Path store = data.resolve("roundtable.db");
        String eventId;
        List<TimelineEntry> entriesBefore;
        List<Note> notesBefore;
        try (ConfigurableApplicationContext first = start(store)) {
            Caller.Account facilitator = first.getBean(Accounts.class).byUsername("facilitator").orElseThrow();
            LearningEvents events = first.getBean(LearningEvents.class);
            LearningEvent demo = events.listFor(facilitator).getFirst();
            eventId = demo.id();
            Caller.Participant participant = events.join(events.secretsFor(facilitator, eventId).joinCode(),
                    "Health visitor", "HV", "A Name", "restart-client");
            Timelines timelines = first.getBean(Timelines.class);
            Notes notes = first.getBean(Notes.class);
            TimelineEntry entry = timelines.timelineFor(participant, eventId).entries().get(7);
            notes.add(participant, eventId, NotePlace.onEntry(entry.id()), NoteKind.CORRECTION,
                    "The visit was on the Tuesday, not the Monday.");
            notes.add(facilitator, eventId, NotePlace.gapAfter(entry.id()), NoteKind.ADDITIONAL_EVENT,
                    "A phone call from the nursery is missing here.");
            entriesBefore = timelines.timelineFor(facilitator, eventId).entries();
            notesBefore = notes.notesFor(facilitator, eventId);
        }
        assertThat(store).exists();

        try (ConfigurableApplicationContext second = start(store)) {
            Caller.Account facilitator = second.getBean(Accounts.class).byUsername("facilitator").orElseThrow();
            LearningEvents events = second.getBean(LearningEvents.class);
            Notes notes = second.getBean(Notes.class);

            assertThat(events.listFor(facilitator)).extracting(LearningEvent::id).containsExactly(eventId);
            assertThat(events.readableBy(facilitator, eventId).joined()).isEqualTo(1);
            assertThat(second.getBean(Timelines.class).timelineFor(facilitator, eventId).entries())
                    .isEqualTo(entriesBefore);
            assertThat(notes.notesFor(facilitator, eventId)).isEqualTo(notesBefore).hasSize(2);

            Note after = notes.add(facilitator, eventId, NotePlace.gapAfter(null), NoteKind.COMMENT, "After restart");
            assertThat(notes.notesFor(facilitator, eventId)).hasSize(3).endsWith(after);
        }
    }

    private static ConfigurableApplicationContext start(Path store) {
        return new SpringApplicationBuilder(RoundtableApplication.class)
                .profiles("test")
                .run("--server.port=0", "--roundtable.store.file=" + store,
                        "--roundtable.cluster.name=restart-" + store.hashCode());
    }

    @Test
    void the_store_is_one_file_in_the_configured_folder() throws Exception {
        Path store = data.resolve("nested/folder/roundtable.db");
        try (ConfigurableApplicationContext context = start(store)) {
            assertThat(Files.isRegularFile(store)).isTrue();
        }
    }
}
