package org.roundtable.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.roundtable.access.Caller;
import org.roundtable.board.NoteKind;
import org.roundtable.board.NotePlace;
import org.roundtable.board.Notes;
import org.roundtable.live.ChangeLog;
import org.roundtable.shared.InvalidInput;
import org.roundtable.shared.NotAllowed;
import org.roundtable.testing.TestRoom;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** Running the room through the real services, log, MapDB file and Hazelcast member. */
@SpringBootTest
@ActiveProfiles("test")
class RoomStagesTest {

    @Autowired
    RoomStages stages;
    @Autowired
    EventPreparation preparation;
    @Autowired
    Notes notes;
    @Autowired
    ChangeLog changeLog;
    @Autowired
    TestRoom room;

    private Caller.Account owner() {
        return room.facilitator();
    }

    private Caller.Projector projectorOf(LearningEvent event) {
        return room.projector(event, owner());
    }

    @Test
    void only_the_events_facilitators_move_the_stages() {
        LearningEvent event = room.newEvent(owner(), "Child S1");
        Caller.Participant police = room.join(event, owner(), "POL");
        Caller.Account other = room.anotherFacilitator();
        int before = changeLog.read(event.logId()).size();

        for (Caller notRunning : List.of(police, projectorOf(event), other)) {
            assertThatThrownBy(() -> stages.moveTo(notRunning, event.id(), 0)).isInstanceOf(NotAllowed.class);
            assertThatThrownBy(() -> stages.pauseInput(notRunning, event.id())).isInstanceOf(NotAllowed.class);
            assertThatThrownBy(() -> stages.bringEveryone(notRunning, event.id())).isInstanceOf(NotAllowed.class);
            assertThatThrownBy(() -> stages.show(notRunning, event.id(), RoomView.TIMELINE, null))
                    .isInstanceOf(NotAllowed.class);
        }
        assertThat(changeLog.read(event.logId())).hasSize(before);
        assertThat(stages.stateFor(police, event.id()).started()).isFalse();
        assertThatThrownBy(() -> stages.stateFor(other, event.id())).isInstanceOf(NotAllowed.class);
    }

    @Test
    void moving_to_a_stage_shows_its_view_and_resets_and_starts_its_timer() {
        LearningEvent event = room.newEvent(owner(), "Child S2");
        List<AgendaStage> agenda = preparation.agendaFor(owner(), event.id());
        stages.moveTo(owner(), event.id(), 0);
        stages.addTime(owner(), event.id(), Duration.ofMinutes(5));
        stages.pauseTimer(owner(), event.id());

        RoomState state = stages.moveTo(owner(), event.id(), 3);

        assertThat(state.stageIndex()).isEqualTo(3);
        assertThat(state.stage()).isEqualTo(agenda.get(3));
        assertThat(state.view()).isEqualTo(RoomView.defaultFor(agenda.get(3).kind()));
        assertThat(state.timer().running()).isTrue();
        assertThat(state.timer().allowed()).isEqualTo(Duration.ofMinutes(agenda.get(3).minutes()));
        assertThat(state.timer().usedBefore()).isZero();
        assertThat(stages.stateFor(projectorOf(event), event.id())).isEqualTo(state);
    }

    @Test
    void a_stage_the_agenda_does_not_have_is_refused() {
        LearningEvent event = room.newEvent(owner(), "Child S3");
        int size = preparation.agendaFor(owner(), event.id()).size();

        assertThatThrownBy(() -> stages.moveTo(owner(), event.id(), size)).isInstanceOf(InvalidInput.class)
                .hasMessageContaining("no stage " + (size + 1));
        assertThatThrownBy(() -> stages.moveTo(owner(), event.id(), -1)).isInstanceOf(InvalidInput.class);
    }

    @Test
    void moving_to_the_stage_that_runs_or_starting_a_running_timer_adds_nothing_to_the_log() {
        LearningEvent event = room.newEvent(owner(), "Child S4");
        RoomState first = stages.moveTo(owner(), event.id(), 1);
        int before = changeLog.read(event.logId()).size();

        assertThat(stages.moveTo(owner(), event.id(), 1)).isEqualTo(first);
        assertThat(stages.startTimer(owner(), event.id())).isEqualTo(first);
        assertThat(stages.resumeInput(owner(), event.id())).isEqualTo(first);
        assertThat(stages.show(owner(), event.id(), first.view(), null)).isEqualTo(first);
        assertThat(changeLog.read(event.logId())).hasSize(before);
    }

    @Test
    void time_is_added_within_limits_and_paused_time_stands_still() {
        LearningEvent event = room.newEvent(owner(), "Child S5");
        assertThatThrownBy(() -> stages.addTime(owner(), event.id(), Duration.ofMinutes(5)))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("first stage");
        RoomState started = stages.moveTo(owner(), event.id(), 0);

        RoomState more = stages.addTime(owner(), event.id(), Duration.ofMinutes(5));

        assertThat(more.timer().allowed()).isEqualTo(started.timer().allowed().plusMinutes(5));
        assertThatThrownBy(() -> stages.addTime(owner(), event.id(), Duration.ofMinutes(121)))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("120");
        assertThatThrownBy(() -> stages.addTime(owner(), event.id(), Duration.ofMinutes(-5)))
                .isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> stages.addTime(owner(), event.id(), Duration.ZERO)).isInstanceOf(InvalidInput.class);

        RoomState paused = stages.pauseTimer(owner(), event.id());
        assertThat(paused.timer().running()).isFalse();
        Instant later = Instant.now().plusSeconds(3600);
        assertThat(paused.timer().remaining(later)).isEqualTo(paused.timer().remaining(Instant.now()));
        assertThat(stages.startTimer(owner(), event.id()).timer().running()).isTrue();
    }

    @Test
    void pausing_the_room_freezes_a_participants_notes_with_a_message_but_not_the_facilitators() {
        LearningEvent event = room.newEvent(owner(), "Child S6");
        Caller.Participant police = room.join(event, owner(), "POL");
        stages.moveTo(owner(), event.id(), 0);

        assertThat(stages.pauseInput(owner(), event.id()).paused()).isTrue();

        assertThatThrownBy(() -> notes.add(police, event.id(), NotePlace.gapAfter(null), NoteKind.COMMENT,
                "Sent while paused")).isInstanceOf(NotAllowed.class)
                .hasMessage("The facilitator has paused the room to summarise. Your text is kept here; "
                        + "send it when the room carries on.");
        assertThat(notes.add(owner(), event.id(), NotePlace.gapAfter(null), NoteKind.COMMENT, "Facilitator's note")
                .text()).isEqualTo("Facilitator's note");

        assertThat(stages.resumeInput(owner(), event.id()).paused()).isFalse();
        assertThat(notes.add(police, event.id(), NotePlace.gapAfter(null), NoteKind.COMMENT, "Sent after").text())
                .isEqualTo("Sent after");
    }

    @Test
    void the_summary_is_shown_while_paused_and_kept_in_the_record_after_the_room_carries_on() {
        LearningEvent event = room.newEvent(owner(), "Child S7");
        RoomState started = stages.moveTo(owner(), event.id(), 2);
        assertThatThrownBy(() -> stages.summarise(owner(), event.id(), "Too early"))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("pause it first");

        stages.pauseInput(owner(), event.id());
        stages.pauseInput(owner(), event.id());
        stages.summarise(owner(), event.id(), "A first try");
        RoomState shown = stages.summarise(owner(), event.id(), "  The school raised concerns twice.  ");
        assertThat(shown.pauseSummary()).isEqualTo("The school raised concerns twice.");
        assertThat(stages.stateFor(projectorOf(event), event.id()).pauseSummary())
                .isEqualTo("The school raised concerns twice.");
        assertThatThrownBy(() -> stages.summarise(owner(), event.id(), "x".repeat(RoomStages.MAX_SUMMARY_LENGTH + 1)))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("1000");

        RoomState after = stages.resumeInput(owner(), event.id());

        assertThat(after.pauseSummary()).isNull();
        assertThat(after.summaries()).singleElement().satisfies(summary -> {
            assertThat(summary.stageIndex()).isEqualTo(2);
            assertThat(summary.stageTitle()).isEqualTo(started.stage().title());
            assertThat(summary.text()).isEqualTo("The school raised concerns twice.");
        });
    }

    @Test
    void bring_everyone_here_counts_each_call_and_show_changes_the_view_without_the_stage() {
        LearningEvent event = room.newEvent(owner(), "Child S8");
        stages.moveTo(owner(), event.id(), 5);

        stages.bringEveryone(owner(), event.id());
        RoomState state = stages.bringEveryone(owner(), event.id());
        assertThat(state.summons()).isEqualTo(2);

        RoomState shown = stages.show(owner(), event.id(), RoomView.TIMELINE, "entry-4");
        assertThat(shown.stageIndex()).isEqualTo(5);
        assertThat(shown.view()).isEqualTo(RoomView.TIMELINE);
        assertThat(shown.focusId()).isEqualTo("entry-4");
        assertThatThrownBy(() -> stages.show(owner(), event.id(), RoomView.GROUPS, "g".repeat(101)))
                .isInstanceOf(InvalidInput.class);
    }

    @Test
    void the_room_rebuilt_from_the_log_as_after_a_restart_equals_the_room_before() {
        LearningEvent event = room.newEvent(owner(), "Child S9");
        stages.moveTo(owner(), event.id(), 0);
        stages.pauseTimer(owner(), event.id());
        stages.addTime(owner(), event.id(), Duration.ofMinutes(3));
        stages.pauseInput(owner(), event.id());
        stages.summarise(owner(), event.id(), "Introductions done.");
        stages.moveTo(owner(), event.id(), 1);
        stages.show(owner(), event.id(), RoomView.ROOM_LIST, null);
        stages.bringEveryone(owner(), event.id());
        stages.pauseInput(owner(), event.id());

        RoomStateStore replayed = new RoomStateStore();
        changeLog.read(event.logId()).forEach(replayed::apply);

        assertThat(replayed.state(event.logId())).isEqualTo(stages.stateFor(owner(), event.id()));
        assertThat(replayed.state(event.logId()).summaries()).hasSize(1);
        assertThat(replayed.paused(event.logId())).isTrue();
    }
}
