package org.roundtable.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.roundtable.access.Caller;
import org.roundtable.live.ChangeLog;
import org.roundtable.shared.InvalidInput;
import org.roundtable.shared.UserText;
import org.springframework.stereotype.Service;

/**
 * The room adds to its working principles ("what else do we need to agree?"): anyone in the room
 * proposes an addition; the event's facilitators accept it into the principles or decline it. The
 * person who proposed sees what became of theirs; facilitators see who proposed as the event's
 * {@link RoomSettings} allow.
 */
@Service
public class PrincipleProposals {

    public static final int MAX_LENGTH = 300;
    public static final int MAX_PER_EVENT = 200;

    private final ChangeLog changeLog;
    private final LearningEvents events;
    private final EventPreparation preparation;
    private final Contributors contributors;
    private final ProposalStore store;

    PrincipleProposals(ChangeLog changeLog, LearningEvents events, EventPreparation preparation,
            Contributors contributors, ProposalStore store) {
        this.changeLog = changeLog;
        this.events = events;
        this.preparation = preparation;
        this.contributors = contributors;
        this.store = store;
    }

    /** Proposes an addition (at most 300 characters) while the event is open to the caller. */
    public ProposedPrinciple propose(Caller caller, String eventId, @Nullable String text) {
        LearningEvent event = events.openTo(caller, eventId);
        String clean = UserText.required(text, "event.field.proposed-principle", MAX_LENGTH);
        if (containsIgnoringCase(preparation.workingPrinciplesFor(caller, eventId), clean)) {
            throw InvalidInput.because("event.refused.principle-already-there");
        }
        if (store.proposals(event.logId()).size() >= MAX_PER_EVENT) {
            throw InvalidInput.because("event.refused.too-many-proposals", MAX_PER_EVENT);
        }
        String agencyCode = caller instanceof Caller.Participant participant ? participant.agencyCode() : null;
        String id = UUID.randomUUID().toString();
        changeLog.append(event.logId(), new RoomChange.PrincipleProposed(id, clean, agencyCode), caller.actorId());
        return shown(caller, eventId, store.proposal(event.logId(), id).orElseThrow());
    }

    /**
     * The proposals {@code viewer} may see, oldest first: every one for the event's facilitators and note-taker,
     * their own for anyone else (none for the projector).
     */
    public List<ProposedPrinciple> proposalsFor(Caller viewer, String eventId) {
        LearningEvent event = events.readableBy(viewer, eventId);
        boolean facilitator = events.seesAllContributions(viewer, eventId);
        return store.proposals(event.logId()).stream()
                .filter(p -> facilitator || p.authorActorId().equals(viewer.actorId()))
                .map(p -> shown(viewer, eventId, p))
                .toList();
    }

    /** The proposals waiting for a decision, for the event's facilitators only. */
    public List<ProposedPrinciple> pendingFor(Caller caller, String eventId) {
        events.facilitatedBy(caller, eventId);
        return proposalsFor(caller, eventId).stream()
                .filter(p -> p.status() == ProposedPrinciple.Status.PENDING)
                .toList();
    }

    /**
     * Adds the proposal to the event's working principles (unless the same text is there
     * already) and marks it accepted; returns the principles. Accepting it again changes nothing.
     */
    public synchronized List<String> accept(Caller caller, String eventId, String proposalId) {
        LearningEvent event = events.runBy(caller, eventId, EventRight.RUN_ROOM);
        ProposalStore.Proposal proposal = proposalOf(event, proposalId);
        if (proposal.status() == ProposedPrinciple.Status.ACCEPTED) {
            return preparation.workingPrinciplesFor(caller, eventId);
        }
        List<String> principles = new ArrayList<>(preparation.workingPrinciplesFor(caller, eventId));
        if (containsIgnoringCase(principles, proposal.text())) {
            changeLog.append(event.logId(), new RoomChange.ProposalAccepted(proposalId), caller.actorId());
            return principles;
        }
        if (principles.size() >= EventPreparation.MAX_WORKING_PRINCIPLES) {
            throw InvalidInput.because("event.refused.principles-full", EventPreparation.MAX_WORKING_PRINCIPLES);
        }
        // One step: the principle and the decision are stored together or not at all.
        changeLog.appendAll(event.logId(), List.of(new RoomChange.PrincipleAdded(proposalId, proposal.text()),
                new RoomChange.ProposalAccepted(proposalId)), caller.actorId());
        return preparation.workingPrinciplesFor(caller, eventId);
    }

    /** Declines a pending proposal; one already added to the principles is changed in Prepare instead. */
    public void decline(Caller caller, String eventId, String proposalId) {
        LearningEvent event = events.runBy(caller, eventId, EventRight.RUN_ROOM);
        ProposalStore.Proposal proposal = proposalOf(event, proposalId);
        switch (proposal.status()) {
            case ACCEPTED -> throw InvalidInput.because("event.refused.proposal-accepted");
            case DECLINED -> {
            }
            case PENDING -> changeLog.append(event.logId(), new RoomChange.ProposalDeclined(proposalId),
                    caller.actorId());
        }
    }

    private ProposalStore.Proposal proposalOf(LearningEvent event, @Nullable String proposalId) {
        if (proposalId == null) {
            throw LearningEvents.notAllowed("event.refused.no-such-proposal");
        }
        return store.proposal(event.logId(), proposalId)
                .orElseThrow(() -> LearningEvents.notAllowed("event.refused.no-such-proposal"));
    }

    private ProposedPrinciple shown(Caller viewer, String eventId, ProposalStore.Proposal p) {
        return new ProposedPrinciple(p.id(), p.text(),
                contributors.byline(viewer, eventId, p.authorActorId(), p.agencyCode()), p.status(), p.proposedAt());
    }

    private static boolean containsIgnoringCase(List<String> principles, String text) {
        String wanted = normalised(text);
        return principles.stream().anyMatch(p -> normalised(p).equals(wanted));
    }

    private static String normalised(String text) {
        return text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
