package org.roundtable.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.roundtable.live.Change;
import org.roundtable.live.LoggedChange;

/** The rules of the running room, fed straight from logged changes as every node replays them. */
class RoomStateStoreTest {

    private static final String LOG = "event:e1";
    private static final Instant NINE = Instant.parse("2026-11-30T09:00:00Z");

    private final RoomStateStore store = new RoomStateStore();
    private final List<LoggedChange> log = new ArrayList<>();

    private void at(long secondsAfterNine, Change change) {
        LoggedChange logged = new LoggedChange(LOG, log.size() + 1, NINE.plusSeconds(secondsAfterNine),
                "account:a", change);
        log.add(logged);
        store.apply(logged);
    }

    @Test
    void before_the_first_stage_nothing_runs() {
        assertThat(store.state(LOG)).isEqualTo(RoomState.NOT_STARTED);
        at(0, new RoomChange.TimerStarted());
        at(1, new RoomChange.TimeAdded(300));
        assertThat(store.state(LOG).timer()).isEqualTo(StageTimer.NONE);
    }

    @Test
    void a_stage_starts_with_its_default_view_and_its_timer_running_from_the_log_time() {
        at(0, new RoomChange.ViewShown(RoomView.LEARNING_WALL, "group-1"));
        at(60, new StageStarted(3, "Walking the timeline", StageKind.TIMELINE, 75));

        RoomState state = store.state(LOG);
        assertThat(state.stageIndex()).isEqualTo(3);
        assertThat(state.stage()).isEqualTo(new AgendaStage("Walking the timeline", 75, StageKind.TIMELINE));
        assertThat(state.view()).isEqualTo(RoomView.TIMELINE);
        assertThat(state.focusId()).isNull();
        assertThat(state.timer()).isEqualTo(StageTimer.startedAt(Duration.ofMinutes(75), NINE.plusSeconds(60)));
    }

    @Test
    void pausing_and_starting_the_timer_and_adding_time_follow_the_log() {
        at(0, new StageStarted(0, "Introductions", StageKind.INTRODUCTIONS, 20));
        at(300, new RoomChange.TimerPaused());
        at(900, new RoomChange.TimerStarted());
        at(960, new RoomChange.TimeAdded(300));

        StageTimer timer = store.state(LOG).timer();
        assertThat(timer.running()).isTrue();
        assertThat(timer.remaining(NINE.plusSeconds(1000))).isEqualTo(Duration.ofSeconds(25 * 60 - 300 - 100));
    }

    @Test
    void a_summary_written_in_a_pause_is_kept_for_the_record_when_the_room_carries_on() {
        at(0, new StageStarted(1, "Purpose of the day", StageKind.PURPOSE_AND_PRINCIPLES, 15));
        at(100, new RoomChange.InputPaused());
        at(110, new RoomChange.SummaryWritten("First draft"));
        at(120, new RoomChange.SummaryWritten("We agreed the principles."));
        assertThat(store.paused(LOG)).isTrue();
        assertThat(store.state(LOG).pauseSummary()).isEqualTo("We agreed the principles.");

        at(200, new RoomChange.InputResumed());

        RoomState state = store.state(LOG);
        assertThat(state.paused()).isFalse();
        assertThat(state.pauseSummary()).isNull();
        assertThat(state.summaries()).containsExactly(new StageSummary(1, "Purpose of the day",
                "We agreed the principles.", NINE.plusSeconds(120)));
    }

    @Test
    void a_pause_without_a_summary_leaves_nothing_in_the_record_and_a_summary_outside_a_pause_is_ignored() {
        at(0, new RoomChange.SummaryWritten("Not paused"));
        at(1, new RoomChange.InputPaused());
        at(2, new RoomChange.InputResumed());

        assertThat(store.state(LOG).summaries()).isEmpty();
        assertThat(store.state(LOG).pauseSummary()).isNull();
    }

    @Test
    void moving_on_to_another_stage_carries_the_room_on_and_keeps_the_summary() {
        at(0, new StageStarted(0, "Introductions", StageKind.INTRODUCTIONS, 20));
        at(10, new RoomChange.InputPaused());
        at(20, new RoomChange.SummaryWritten("Everyone is here."));
        at(30, new StageStarted(1, "Principles", StageKind.PURPOSE_AND_PRINCIPLES, 15));

        RoomState state = store.state(LOG);
        assertThat(state.paused()).isFalse();
        assertThat(state.summaries()).extracting(StageSummary::stageTitle).containsExactly("Introductions");
    }

    @Test
    void bring_everyone_counts_up_and_survives_a_stage_change() {
        at(0, new RoomChange.EveryoneSummoned());
        at(1, new StageStarted(0, "Introductions", StageKind.INTRODUCTIONS, 20));
        at(2, new RoomChange.EveryoneSummoned());

        assertThat(store.state(LOG).summons()).isEqualTo(2);
    }

    @Test
    void replaying_the_same_log_on_another_node_gives_the_same_room() {
        at(0, new StageStarted(0, "Introductions", StageKind.INTRODUCTIONS, 20));
        at(50, new RoomChange.TimerPaused());
        at(70, new RoomChange.InputPaused());
        at(80, new RoomChange.SummaryWritten("So far"));
        at(90, new RoomChange.InputResumed());
        at(95, new RoomChange.ViewShown(RoomView.GROUP_FEEDBACK, "g2"));
        at(99, new RoomChange.EveryoneSummoned());

        RoomStateStore elsewhere = new RoomStateStore();
        log.forEach(elsewhere::apply);

        assertThat(elsewhere.state(LOG)).isEqualTo(store.state(LOG));
    }

    @Test
    void events_do_not_share_a_room() {
        at(0, new StageStarted(0, "Introductions", StageKind.INTRODUCTIONS, 20));

        assertThat(store.state("event:other")).isEqualTo(RoomState.NOT_STARTED);
    }
}
