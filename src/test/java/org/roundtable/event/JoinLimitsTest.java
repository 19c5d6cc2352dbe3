package org.roundtable.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.roundtable.access.Accounts;
import org.roundtable.access.AuditAction;
import org.roundtable.access.AuditEntry;
import org.roundtable.access.AuditTrail;
import org.roundtable.access.Caller;
import org.roundtable.live.ChangeLog;
import org.roundtable.shared.InvalidInput;
import org.roundtable.testing.TestRoom;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The join flow against brute force, through the real service: one address guessing is slowed,
 * many addresses guessing together spend a budget that then holds for everyone, a code lets
 * only so many people in a minute, a closed event's code and another event's code lead nowhere.
 * Each test has a service of its own with its own counts and a clock it moves by hand.
 */
@SpringBootTest
@ActiveProfiles("test")
class JoinLimitsTest {

    private static final int PER_CODE = 5;
    private static final int BUDGET = 40;

    @Autowired
    ChangeLog changeLog;
    @Autowired
    EventDirectory directory;
    @Autowired
    RoomStateStore roomState;
    @Autowired
    Accounts accounts;
    @Autowired
    CoFacilitators coFacilitators;
    @Autowired
    AuditTrail audit;
    @Autowired
    TestRoom room;

    private final HandClock clock = new HandClock();
    private LearningEvents events;
    private LearningEvent event;
    private String code;

    @BeforeEach
    void aServiceWithItsOwnCounts() {
        events = new LearningEvents(changeLog, directory, roomState, accounts, coFacilitators, audit,
                new JoinAttempts(clock, PER_CODE, BUDGET));
        event = room.newEvent(room.facilitator(), "Child J");
        code = room.joinCode(event);
    }

    @Test
    void fifty_random_codes_from_one_address_are_slowed_down_and_the_later_ones_wait() {
        String guesser = "203.0.113.50";
        int refusedWithAWait = 0;
        for (int i = 0; i < 50; i++) {
            try {
                events.eventForCode(JoinCode.generate(), guesser);
            } catch (InvalidInput refused) {
                if (refused.getMessage().startsWith("Too many wrong codes. Please wait")) {
                    refusedWithAWait++;
                }
            }
        }

        assertThat(refusedWithAWait).as("all but the first free tries").isEqualTo(50 - JoinAttempts.FREE_FAILURES);
        assertThatThrownBy(() -> events.eventForCode(code, guesser)).as("even the right code waits")
                .isInstanceOf(InvalidInput.class).hasMessageContaining("wait");
        assertThat(events.eventForCode(code, "203.0.113.51").id()).as("another address").isEqualTo(event.id());
    }

    @Test
    void wrong_codes_from_many_addresses_spend_the_budget_and_then_everyone_waits_a_while() {
        for (int i = 0; i < BUDGET; i++) {
            String address = "198.51.100." + i;
            assertThatThrownBy(() -> events.eventForCode(JoinCode.generate(), address))
                    .hasMessageContaining("does not open");
        }

        assertThatThrownBy(() -> events.eventForCode(JoinCode.generate(), "192.0.2.200"))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("please try again in 60 seconds");
        assertThatThrownBy(() -> events.join(code, "Health visitor", "HV", null, "192.0.2.201"))
                .as("no code is checked while the budget is spent").hasMessageContaining("try again in");

        clock.advance(Duration.ofMinutes(1));
        assertThat(events.join(code, "Health visitor", "HV", null, "192.0.2.201").eventId()).isEqualTo(event.id());
    }

    @Test
    void a_code_lets_only_so_many_people_join_a_minute_and_the_rest_are_told_to_try_again_soon() {
        List<Caller.Participant> joined = new ArrayList<>();
        for (int i = 0; i < PER_CODE; i++) {
            joined.add(events.join(code, "Practitioner", "POL", null, "192.0.2." + i));
            clock.advance(Duration.ofSeconds(1));
        }

        assertThatThrownBy(() -> events.join(code, "Practitioner", "POL", null, "192.0.2.99"))
                .isInstanceOf(InvalidInput.class)
                .hasMessage("Too many people are joining at once; please try again in 55 seconds.");
        assertThatThrownBy(() -> events.eventForCode(code, "192.0.2.98")).hasMessageContaining("joining at once");
        assertThat(joined).hasSize(PER_CODE);

        clock.advance(Duration.ofSeconds(55));
        assertThat(events.join(code, "Practitioner", "POL", null, "192.0.2.99").eventId()).isEqualTo(event.id());
    }

    @Test
    void a_closed_events_code_leads_nowhere_and_one_events_code_never_reaches_another() {
        LearningEvent other = room.newEvent(room.facilitator(), "Child K");
        String otherCode = room.joinCode(other);

        assertThat(events.join(otherCode, "Practitioner", "POL", null, "192.0.2.30").eventId())
                .isEqualTo(other.id()).isNotEqualTo(event.id());
        events.close(room.facilitator(), event.id());

        assertThatThrownBy(() -> events.eventForCode(code, "192.0.2.31")).hasMessageContaining("does not open");
        assertThatThrownBy(() -> events.join(code, "Practitioner", "POL", null, "192.0.2.31"))
                .hasMessageContaining("does not open");
    }

    @Test
    void a_burst_of_refusals_from_one_address_is_audited_once() {
        String guesser = "203.0.113.77";
        for (int i = 0; i < 30; i++) {
            try {
                events.eventForCode(JoinCode.generate(), guesser);
            } catch (InvalidInput refused) {
                clock.advance(Duration.ofSeconds(2));
            }
        }

        List<AuditEntry> refusals = audit.entriesFor(room.facilitator()).stream()
                .filter(entry -> entry.action() == AuditAction.JOIN_REFUSED && entry.who().equals(guesser)).toList();
        assertThat(refusals).hasSize(1);
        assertThat(refusals.getFirst().detail()).startsWith("wrong code");
    }

    /** A clock the test moves by hand, starting now. */
    private static final class HandClock extends Clock {
        private Instant now = Instant.now();

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
