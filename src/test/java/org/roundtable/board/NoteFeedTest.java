package org.roundtable.board;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.roundtable.access.Caller;
import org.roundtable.event.LearningEvent;
import org.roundtable.testing.TestRoom;
import org.roundtable.timeline.TimelineEntry;
import org.roundtable.timeline.Timelines;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * A screen that follows the notes is given only what changed since it last read, and what it
 * builds from those changes is always exactly what it would see reading every note.
 */
@SpringBootTest
@ActiveProfiles("test")
class NoteFeedTest {

    @Autowired
    Notes notes;
    @Autowired
    NoteTriage triage;
    @Autowired
    Timelines timelines;
    @Autowired
    TestRoom room;

    /** The demo event is shared by the tests: each starts with the room writing openly, hindsight on the projector. */
    @BeforeEach
    void roomWritesOpenly() {
        notes.revealAll(room.facilitator(), room.demoEvent().id());
        notes.showHindsightOnProjector(room.facilitator(), room.demoEvent().id(), true);
    }

    @Test
    void after_the_first_read_a_screen_is_given_only_the_note_that_was_added() {
        LearningEvent event = room.demoEvent();
        Caller.Participant police = room.joinDemo("POL");
        Caller.Participant school = room.joinDemo("SCH");
        TimelineEntry entry = timelines.timelineFor(police, event.id()).entries().get(2);
        notes.add(police, event.id(), NotePlace.onEntry(entry.id()), NoteKind.COMMENT, "Seen at the time.");
        Notes.NoteFeed feed = notes.follow(school, event.id());

        NoteUpdate first = feed.next();
        Note added = notes.add(police, event.id(), NotePlace.onEntry(entry.id()), NoteKind.QUERY, "Who was told?");
        NoteUpdate second = feed.next();

        assertThat(first.everything()).isTrue();
        assertThat(first.shown()).hasSize(notes.notesFor(school, event.id()).size() - 1);
        assertThat(second.everything()).isFalse();
        assertThat(second.shown()).extracting(shown -> shown.note().id()).containsExactly(added.id());
        assertThat(second.shown().getFirst().order())
                .isGreaterThan(first.shown().stream().mapToInt(NoteUpdate.OrderedNote::order).max().orElse(-1));
        assertThat(feed.next().shown()).isEmpty();
    }

    @Test
    void a_note_the_facilitator_hides_leaves_the_room_s_screens_and_stays_on_its_author_s() {
        LearningEvent event = room.demoEvent();
        Caller.Participant police = room.joinDemo("POL");
        Caller.Participant school = room.joinDemo("SCH");
        TimelineEntry entry = timelines.timelineFor(police, event.id()).entries().get(1);
        Note note = notes.add(police, event.id(), NotePlace.onEntry(entry.id()), NoteKind.COMMENT, "Off topic.");
        Notes.NoteFeed room = notes.follow(school, event.id());
        Notes.NoteFeed author = notes.follow(police, event.id());
        room.next();
        author.next();

        triage.hide(this.room.facilitator(), event.id(), note.id());

        NoteUpdate roomUpdate = room.next();
        NoteUpdate authorUpdate = author.next();
        assertThat(roomUpdate.everything()).isFalse();
        assertThat(roomUpdate.gone()).containsExactly(note.id());
        assertThat(roomUpdate.shown()).isEmpty();
        assertThat(authorUpdate.shown()).singleElement().satisfies(shown -> assertThat(shown.note().hidden()).isTrue());
    }

    @Test
    void whatever_happens_the_notes_built_from_the_changes_are_the_notes_read_whole() {
        LearningEvent event = room.demoEvent();
        Caller.Account facilitator = room.facilitator();
        List<Caller.Participant> people = List.of(room.joinDemo("POL"), room.joinDemo("SCH"), room.joinDemo("HV"));
        List<Caller> readers = new ArrayList<>(people);
        readers.add(room.projector(event, facilitator));
        readers.add(facilitator);
        Map<Caller, Notes.NoteFeed> feeds = new HashMap<>();
        Map<Caller, Map<String, NoteUpdate.OrderedNote>> built = new HashMap<>();
        readers.forEach(reader -> {
            feeds.put(reader, notes.follow(reader, event.id()));
            built.put(reader, new HashMap<>());
        });
        List<TimelineEntry> entries = timelines.timelineFor(facilitator, event.id()).entries();
        List<String> added = new ArrayList<>();
        Random random = new Random(20261122);

        for (int step = 0; step < 120; step++) {
            int what = random.nextInt(10);
            Caller.Participant author = people.get(random.nextInt(people.size()));
            if (what < 4 || added.size() < 2) {
                added.add(notes.add(author, event.id(), NotePlace.onEntry(entries.get(random.nextInt(entries.size())).id()),
                        NoteKind.COMMENT, random.nextBoolean() ? Perspective.HINDSIGHT : Perspective.AT_THE_TIME,
                        "Note " + step).id());
            } else if (what == 4) {
                attempt(() -> triage.hide(facilitator, event.id(), added.get(random.nextInt(added.size()))));
            } else if (what == 5) {
                attempt(() -> triage.unhide(facilitator, event.id(), added.get(random.nextInt(added.size()))));
            } else if (what == 6) {
                attempt(() -> triage.merge(facilitator, event.id(), added.get(random.nextInt(added.size())),
                        added.get(random.nextInt(added.size()))));
            } else if (what == 7) {
                notes.showHindsightOnProjector(facilitator, event.id(), random.nextBoolean());
            } else if (what == 8) {
                notes.startPrivateWriting(facilitator, event.id(), false);
            } else {
                notes.revealAll(facilitator, event.id());
            }
            if (random.nextInt(3) == 0) {
                continue; // screens do not read after every change: several changes reach them as one update
            }
            for (Caller reader : readers) {
                Map<String, NoteUpdate.OrderedNote> shown = built.get(reader);
                NoteUpdate update = feeds.get(reader).next();
                if (update.everything()) {
                    shown.clear();
                }
                update.gone().forEach(shown::remove);
                update.shown().forEach(note -> shown.put(note.note().id(), note));
                assertThat(shown.values().stream().sorted(Comparator.comparingInt(NoteUpdate.OrderedNote::order))
                        .map(NoteUpdate.OrderedNote::note).toList())
                        .as("step %d, %s", step, reader)
                        .isEqualTo(notes.notesFor(reader, event.id()));
            }
        }
    }

    private static void attempt(Runnable decision) {
        try {
            decision.run();
        } catch (RuntimeException refused) {
            // A decision the rules refuse (merging a note into itself, unhiding a shown one) changes nothing.
        }
    }
}
