package org.roundtable.testing;

import org.roundtable.access.Accounts;
import org.roundtable.access.Caller;
import org.roundtable.event.LearningEvent;
import org.roundtable.event.LearningEvents;
import org.roundtable.event.NewLearningEvent;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The people of a test room: the configured facilitator (see application-test.yaml), the demo
 * event, participants who join it, and fresh events and facilitators when a test needs them.
 */
@Component
public class TestRoom {

    public static final String FACILITATOR = "facilitator";
    public static final String PASSWORD = "correct-horse-battery-staple";

    private final Accounts accounts;
    private final LearningEvents events;

    TestRoom(Accounts accounts, LearningEvents events) {
        this.accounts = accounts;
        this.events = events;
    }

    public Caller.Account facilitator() {
        return accounts.byUsername(FACILITATOR).orElseThrow();
    }

    /** Another facilitator, with events of their own. */
    public Caller.Account anotherFacilitator() {
        String name = "other-" + UUID.randomUUID().toString().substring(0, 8);
        return accounts.createFacilitator(facilitator(), name, PASSWORD);
    }

    public LearningEvent demoEvent() {
        return events.listFor(facilitator()).stream().filter(LearningEvent::demo).findFirst().orElseThrow();
    }

    /** A new event owned by {@code facilitator}, with police and health visiting taking part. */
    public LearningEvent newEvent(Caller.Account facilitator, String pseudonym) {
        return events.create(facilitator, new NewLearningEvent(pseudonym, LocalDate.of(2026, 11, 30), "Room 1",
                List.of(new NewLearningEvent.AgencyName("Police", "POL"),
                        new NewLearningEvent.AgencyName("Health Visiting", "HV"))));
    }

    /** The room's screen of {@code event}, as its read-only projector link opens it. */
    public Caller.Projector projector(LearningEvent event, Caller.Account owner) {
        return events.projectorFor(events.secretsFor(owner, event.id()).projectorToken()).orElseThrow();
    }

    public String joinCode(LearningEvent event) {
        return events.secretsFor(facilitator(), event.id()).displayJoinCode();
    }

    /** Someone from {@code agencyCode} joins the demo event from a tablet. */
    public Caller.Participant join(LearningEvent event, Caller.Account owner, String agencyCode) {
        String code = events.secretsFor(owner, event.id()).displayJoinCode();
        return events.join(code, "Practitioner", agencyCode, null, "client-" + UUID.randomUUID());
    }

    public Caller.Participant joinDemo(String agencyCode) {
        return join(demoEvent(), facilitator(), agencyCode);
    }
}
