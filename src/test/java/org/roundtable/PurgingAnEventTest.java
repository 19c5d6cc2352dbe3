package org.roundtable;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.roundtable.access.Accounts;
import org.roundtable.access.Caller;
import org.roundtable.board.NoteKind;
import org.roundtable.board.NotePlace;
import org.roundtable.board.Notes;
import org.roundtable.event.EventPreparation;
import org.roundtable.event.LearningEvent;
import org.roundtable.event.LearningEvents;
import org.roundtable.event.NewLearningEvent;
import org.roundtable.live.ChangeLog;
import org.roundtable.live.Purge;
import org.roundtable.live.store.MapDbChangeStore;
import org.roundtable.shared.InvalidInput;
import org.roundtable.shared.NotAllowed;
import org.roundtable.timeline.ChronologyDate;
import org.roundtable.timeline.NewTimelineEntry;
import org.roundtable.timeline.Timelines;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The whole application on a real MapDB file: an event whose pseudonym, setup, timeline and
 * notes carry a marker is closed and purged; the marker is in no file of the store's folder
 * (write-ahead log files included), nothing of the event can be read or joined, and a restart
 * does not bring it back.
 */
class PurgingAnEventTest {

    private static final String MARKER = "PURGE-MARKER-7f3c";

    @TempDir
    Path data;

    @Test
    void a_purged_event_leaves_no_trace_in_the_store_files_and_stays_gone_after_a_restart() {
        Path store = data.resolve("roundtable.db");
        String eventId;
        String joinCode;
        String projectorToken;
        String sealedChange;
        Instant before = Instant.now();
        try (ConfigurableApplicationContext first = start(store)) {
            Caller.Account facilitator = first.getBean(Accounts.class).byUsername("facilitator").orElseThrow();
            LearningEvents events = first.getBean(LearningEvents.class);
            String pseudonym = "Child " + MARKER;
            LearningEvent event = events.create(facilitator, new NewLearningEvent(pseudonym, LocalDate.of(2026, 11, 30),
                    "Room " + MARKER, List.of(new NewLearningEvent.AgencyName("Police", "POL"))));
            eventId = event.id();
            joinCode = events.secretsFor(facilitator, eventId).displayJoinCode();
            projectorToken = events.secretsFor(facilitator, eventId).projectorToken();
            Caller.Participant officer = events.join(joinCode, "Officer", "POL", "Name " + MARKER, "purge-client");
            first.getBean(EventPreparation.class).changeWorkingPrinciples(facilitator, eventId,
                    List.of("Principle " + MARKER));
            first.getBean(Timelines.class).add(facilitator, eventId, new NewTimelineEntry("POL",
                    ChronologyDate.onDay(LocalDate.of(2024, 3, 12)), null, null, "Visit " + MARKER, null, null,
                    "Comment " + MARKER, null));
            first.getBean(Notes.class).add(officer, eventId, NotePlace.gapAfter(null), NoteKind.COMMENT,
                    "Note " + MARKER);
            events.close(facilitator, eventId);
            // The content is sealed (DD006): look for the sealed bytes of the event's first change instead.
            assertThat(filesHolding(MARKER)).as("the marker is sealed before the purge").isEmpty();
            byte[] sealed = first.getBean(MapDbChangeStore.class).read(event.logId()).getFirst();
            sealedChange = new String(sealed, sealed.length - 24, 24, ISO_8859_1);
            assertThat(filesHolding(sealedChange)).as("the event's change is in the store before the purge")
                    .isNotEmpty();

            Purge purge = events.purge(facilitator, eventId, pseudonym);

            assertThat(filesHolding(sealedChange)).as("files holding the event's change after the purge").isEmpty();
            assertThat(filesHolding(MARKER)).as("files holding the marker after the purge").isEmpty();
            assertThat(purge.actor()).isEqualTo(facilitator.actorId());
            assertThat(purge.at()).isAfterOrEqualTo(before).isBeforeOrEqualTo(Instant.now());
            assertThat(purge.toString()).doesNotContain(MARKER);
            assertThat(events.purgesFor(facilitator)).containsExactly(purge);
            assertGone(first, facilitator, eventId, joinCode, projectorToken);
        }

        try (ConfigurableApplicationContext second = start(store)) {
            Caller.Account facilitator = second.getBean(Accounts.class).byUsername("facilitator").orElseThrow();
            assertGone(second, facilitator, eventId, joinCode, projectorToken);
            assertThat(second.getBean(LearningEvents.class).purgesFor(facilitator)).hasSize(1);
        }
        assertThat(filesHolding(MARKER)).as("files holding the marker after a restart").isEmpty();
        assertThat(filesHolding(sealedChange)).as("files holding the event's change after a restart").isEmpty();
    }

    private static void assertGone(ConfigurableApplicationContext app, Caller.Account facilitator, String eventId,
            String joinCode, String projectorToken) {
        LearningEvents events = app.getBean(LearningEvents.class);
        assertThat(events.listFor(facilitator)).extracting(LearningEvent::id).doesNotContain(eventId);
        assertThatThrownBy(() -> events.readableBy(facilitator, eventId)).isInstanceOf(NotAllowed.class)
                .hasMessage(LearningEvents.PURGED);
        assertThatThrownBy(() -> events.join(joinCode, "Officer", "POL", null, "purge-client-2"))
                .isInstanceOf(InvalidInput.class);
        assertThat(events.projectorFor(projectorToken)).isEmpty();
        assertThatThrownBy(() -> app.getBean(Timelines.class).timelineFor(facilitator, eventId))
                .isInstanceOf(NotAllowed.class);
        assertThatThrownBy(() -> app.getBean(Notes.class).notesFor(facilitator, eventId))
                .isInstanceOf(NotAllowed.class);
        ChangeLog log = app.getBean(ChangeLog.class);
        assertThat(log.read(LearningEvent.logIdOf(eventId))).isEmpty();
        assertThat(log.logIds("event:")).doesNotContain(LearningEvent.logIdOf(eventId));
    }

    /** Every file under the store's folder whose bytes contain {@code marker}. */
    private List<Path> filesHolding(String marker) {
        try (Stream<Path> files = Files.walk(data)) {
            return files.filter(Files::isRegularFile).filter(file -> {
                try {
                    return new String(Files.readAllBytes(file), ISO_8859_1).contains(marker);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ConfigurableApplicationContext start(Path store) {
        return new SpringApplicationBuilder(RoundtableApplication.class)
                .profiles("test")
                .run("--server.port=0", "--roundtable.store.file=" + store,
                        "--roundtable.cluster.name=purge-" + store.hashCode());
    }
}
