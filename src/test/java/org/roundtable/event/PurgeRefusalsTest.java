package org.roundtable.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.roundtable.access.Caller;
import org.roundtable.shared.InvalidInput;
import org.roundtable.shared.NotAllowed;
import org.roundtable.testing.TestRoom;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest
@ActiveProfiles("test")
class PurgeRefusalsTest {

    @Autowired
    TestRoom room;
    @Autowired
    LearningEvents events;

    @Test
    void only_the_events_own_facilitator_may_purge_it_and_only_once_it_is_closed_and_confirmed() {
        Caller.Account owner = room.anotherFacilitator();
        LearningEvent event = room.newEvent(owner, "Child Q");
        Caller.Participant participant = room.join(event, owner, "POL");

        assertThatThrownBy(() -> events.purge(owner, event.id(), "Child Q")).isInstanceOf(InvalidInput.class)
                .hasMessageContaining("Close the learning event");
        events.close(owner, event.id());
        assertThatThrownBy(() -> events.purge(participant, event.id(), "Child Q")).isInstanceOf(NotAllowed.class);
        assertThatThrownBy(() -> events.purge(new Caller.Projector(event.id()), event.id(), "Child Q"))
                .isInstanceOf(NotAllowed.class);
        assertThatThrownBy(() -> events.purge(room.anotherFacilitator(), event.id(), "Child Q"))
                .isInstanceOf(NotAllowed.class);
        assertThatThrownBy(() -> events.purge(owner, event.id(), "Child P")).isInstanceOf(InvalidInput.class)
                .hasMessageContaining("Type it exactly");
        assertThatThrownBy(() -> events.purge(owner, event.id(), null)).isInstanceOf(InvalidInput.class);
        assertThat(events.readableBy(owner, event.id()).pseudonym()).as("refusals purge nothing").isEqualTo("Child Q");

        events.purge(owner, event.id(), "  child q ");

        assertThat(events.listFor(owner)).extracting(LearningEvent::id).doesNotContain(event.id());
        assertThatThrownBy(() -> events.readableBy(participant, event.id())).hasMessage(LearningEvents.PURGED);
    }

    @Test
    void the_shared_demo_event_cannot_be_purged() {
        LearningEvent demo = room.demoEvent();
        assertThatThrownBy(() -> events.purge(room.facilitator(), demo.id(), demo.pseudonym()))
                .isInstanceOf(NotAllowed.class);
    }

    @Test
    void a_facilitator_sees_only_their_own_purges_and_never_the_pseudonym() {
        Caller.Account owner = room.anotherFacilitator();
        LearningEvent event = room.newEvent(owner, "Child Zebedee");
        events.close(owner, event.id());
        events.purge(owner, event.id(), "Child Zebedee");

        assertThat(events.purgesFor(owner)).singleElement().satisfies(purge -> {
            assertThat(purge.actor()).isEqualTo(owner.actorId());
            assertThat(purge.logId()).isEqualTo(event.logId());
            assertThat(purge.toString()).doesNotContain("Zebedee");
        });
        assertThat(events.purgesFor(room.anotherFacilitator())).isEmpty();
        assertThatThrownBy(() -> events.purgesFor(new Caller.Projector(event.id()))).isInstanceOf(NotAllowed.class);
    }
}
