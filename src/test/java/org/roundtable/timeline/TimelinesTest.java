package org.roundtable.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.roundtable.access.Caller;
import org.roundtable.event.LearningEvent;
import org.roundtable.shared.NotAllowed;
import org.roundtable.testing.TestRoom;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** The merged timeline of the demo event, and who may read its comments. */
@SpringBootTest
@ActiveProfiles("test")
class TimelinesTest {

    @Autowired
    Timelines timelines;
    @Autowired
    TestRoom room;

    @Test
    void the_demo_event_has_forty_entries_from_six_agencies_in_date_order() {
        LearningEvent event = room.demoEvent();
        MergedTimeline timeline = timelines.timelineFor(room.facilitator(), event.id());

        assertThat(timeline.entries()).hasSize(40);
        assertThat(timeline.entries()).extracting(TimelineEntry::agencyCode)
                .containsOnly("POL", "CSC", "HV", "GP", "SCH", "HOU");
        assertThat(timeline.entries()).isSortedAccordingTo(MergedTimeline.ORDER);
    }

    @Test
    void the_comments_column_is_for_facilitators_only() {
        LearningEvent event = room.demoEvent();
        Caller.Participant participant = room.joinDemo("POL");
        Caller.Projector projector = room.projector(event, room.facilitator());

        Map<String, String> comments = timelines.commentsFor(room.facilitator(), event.id());

        assertThat(comments).isNotEmpty();
        assertThatThrownBy(() -> timelines.commentsFor(participant, event.id())).isInstanceOf(NotAllowed.class);
        assertThatThrownBy(() -> timelines.commentsFor(projector, event.id())).isInstanceOf(NotAllowed.class);
        String aComment = comments.values().iterator().next();
        assertThat(timelines.timelineFor(participant, event.id()).toString()).doesNotContain(aComment);
        assertThat(Arrays.stream(TimelineEntry.class.getRecordComponents()).map(RecordComponent::getName))
                .doesNotContain("comments");
    }

    @Test
    void only_facilitators_add_entries() {
        LearningEvent event = room.demoEvent();
        Caller.Participant participant = room.joinDemo("GP");

        assertThatThrownBy(() -> timelines.add(participant, event.id(), new NewTimelineEntry("GP",
                ChronologyDate.onDay(LocalDate.of(2025, 3, 1)), null, null, "Forged entry", null, null, null, null)))
                .isInstanceOf(NotAllowed.class);
    }
}
