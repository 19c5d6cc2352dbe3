package org.roundtable;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.awt.image.BufferedImage;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import javax.imageio.ImageIO;

import org.jspecify.annotations.Nullable;
import org.roundtable.access.Accounts;
import org.roundtable.access.Caller;
import org.roundtable.event.EventRight;
import org.roundtable.event.LearningEvent;
import org.roundtable.event.LearningEvents;
import org.roundtable.testing.TestRoom;

/**
 * One cell's world for {@link AccessMatrixTest}: a fresh event run by the matrix's facilitator,
 * with a co-facilitator granted every right, a panel member (a co-facilitator granted none), its
 * note-taker assigned, a note-taker link, a participant joined and another joined and removed,
 * plus whatever the row's set-up made (kept by name). The accounts and the "other event" are
 * shared by every cell, because hashing a password is slow and the other event is only ever read.
 */
final class MatrixFixture {

    /** The accounts and the other event every cell shares; made once per test class. */
    record People(Caller.Account administrator, Caller.Account owner, Caller.Account coFacilitator,
            Caller.Account panelMember, Caller.Account otherFacilitator, Caller.Account noteTaker,
            Caller.Account noteTakerElsewhere, Caller.Participant participantElsewhere,
            Caller.Projector projectorElsewhere, Caller.Account bystander) {

        static People make(TestRoom room, Accounts accounts, LearningEvents events) {
            Caller.Account administrator = room.facilitator();
            Caller.Account owner = room.anotherFacilitator();
            Caller.Account coFacilitator = room.anotherFacilitator();
            Caller.Account panelMember = room.anotherFacilitator();
            Caller.Account other = room.anotherFacilitator();
            Caller.Account noteTaker = accounts.createNoteTaker(administrator, "matrix-nt-" + shortId(),
                    TestRoom.PASSWORD);
            Caller.Account noteTakerElsewhere = accounts.createNoteTaker(administrator, "matrix-nt-" + shortId(),
                    TestRoom.PASSWORD);
            // an account in no column, for the rows that act on someone else's account
            Caller.Account bystander = accounts.createNoteTaker(administrator, "matrix-by-" + shortId(),
                    TestRoom.PASSWORD);
            LearningEvent elsewhere = room.newEvent(other, "Child Elsewhere");
            events.assignNoteTaker(other, elsewhere.id(), noteTakerElsewhere.username());
            return new People(administrator, owner, coFacilitator, panelMember, other, noteTaker,
                    noteTakerElsewhere, room.join(elsewhere, other, "POL"), room.projector(elsewhere, other),
                    bystander);
        }
    }

    /** A tiny PNG, for the genogram rows. */
    static final byte[] PNG = png();

    final People people;
    final LearningEvent event;
    final Caller.Participant participant;
    final Caller.Projector projector;
    final Caller.NoteTakerLink noteTakerLink;
    final Caller.Participant removedParticipant;
    private final TestRoom room;
    private final Map<String, Object> made = new HashMap<>();
    private Caller.@Nullable Participant otherParticipant;

    MatrixFixture(People people, TestRoom room, LearningEvents events) {
        this.people = people;
        this.room = room;
        this.event = room.newEvent(people.owner(), "Child M");
        events.assignNoteTaker(people.owner(), event.id(), people.noteTaker().username());
        events.grantCoFacilitator(people.owner(), event.id(), people.coFacilitator().username(),
                EnumSet.allOf(EventRight.class));
        events.grantCoFacilitator(people.owner(), event.id(), people.panelMember().username(), Set.of());
        this.noteTakerLink = events.noteTakerForLink(events.createNoteTakerLink(people.owner(), event.id()))
                .orElseThrow();
        this.participant = room.join(event, people.owner(), "POL");
        this.removedParticipant = room.join(event, people.owner(), "POL");
        events.removeParticipant(people.owner(), event.id(), removedParticipant.participantId());
        this.projector = room.projector(event, people.owner());
    }

    /** The caller in column {@code who}, for this cell's event. */
    Caller as(AccessMatrixTest.Who who) {
        return switch (who) {
            case ADMINISTRATOR -> people.administrator();
            case OWNER -> people.owner();
            case CO_FACILITATOR -> people.coFacilitator();
            case PANEL_MEMBER -> people.panelMember();
            case OTHER_FACILITATOR -> people.otherFacilitator();
            case NOTE_TAKER -> people.noteTaker();
            case NOTE_TAKER_LINK -> noteTakerLink;
            case NOTE_TAKER_ELSEWHERE -> people.noteTakerElsewhere();
            case PARTICIPANT -> participant;
            case REMOVED_PARTICIPANT -> removedParticipant;
            case PARTICIPANT_ELSEWHERE -> people.participantElsewhere();
            case PROJECTOR -> projector;
            case PROJECTOR_ELSEWHERE -> people.projectorElsewhere();
        };
    }

    String id() {
        return event.id();
    }

    Caller.Account owner() {
        return people.owner();
    }

    /** A second participant of the event (health visiting), joined on first use. */
    Caller.Participant otherParticipant() {
        if (otherParticipant == null) {
            otherParticipant = room.join(event, people.owner(), "HV");
        }
        return otherParticipant;
    }

    /** Keeps what a set-up step made, by name, and returns it. */
    <T> T keep(String name, T thing) {
        made.put(name, thing);
        return thing;
    }

    @SuppressWarnings("unchecked")
    <T> T get(String name) {
        return (T) Objects.requireNonNull(made.get(name), () -> "the row's set-up made no " + name);
    }

    private static String shortId() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private static byte[] png() {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB), "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
