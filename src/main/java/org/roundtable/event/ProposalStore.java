package org.roundtable.event;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;
import org.roundtable.live.LoggedChange;
import org.roundtable.live.Projection;
import org.springframework.stereotype.Component;

/** Read model of each event's proposed working principles, in the order they were proposed. */
@Component
class ProposalStore implements Projection {

    /** A proposal with its author, who is shown only through a {@link Byline}. */
    record Proposal(String id, String text, String authorActorId, @Nullable String agencyCode,
            ProposedPrinciple.Status status, Instant proposedAt) {

        Proposal decided(ProposedPrinciple.Status decision) {
            return new Proposal(id, text, authorActorId, agencyCode, decision, proposedAt);
        }
    }

    private final Map<String, Map<String, Proposal>> byLog = new ConcurrentHashMap<>();

    @Override
    public void apply(LoggedChange logged) {
        switch (logged.change()) {
            case RoomChange.PrincipleProposed proposed -> update(logged.logId(), proposals -> proposals.put(
                    proposed.proposalId(), new Proposal(proposed.proposalId(), proposed.text(), logged.actor(),
                            proposed.agencyCode(), ProposedPrinciple.Status.PENDING, logged.at())));
            case RoomChange.ProposalAccepted accepted -> update(logged.logId(), proposals -> proposals.computeIfPresent(
                    accepted.proposalId(), (id, p) -> p.decided(ProposedPrinciple.Status.ACCEPTED)));
            case RoomChange.ProposalDeclined declined -> update(logged.logId(), proposals -> proposals.computeIfPresent(
                    declined.proposalId(), (id, p) -> p.decided(ProposedPrinciple.Status.DECLINED)));
            default -> {
            }
        }
    }

    private void update(String logId, Consumer<Map<String, Proposal>> change) {
        Map<String, Proposal> proposals = byLog.computeIfAbsent(logId, id -> new LinkedHashMap<>());
        synchronized (proposals) {
            change.accept(proposals);
        }
    }

    List<Proposal> proposals(String logId) {
        Map<String, Proposal> proposals = byLog.get(logId);
        if (proposals == null) {
            return List.of();
        }
        synchronized (proposals) {
            return List.copyOf(proposals.values());
        }
    }

    Optional<Proposal> proposal(String logId, String proposalId) {
        Map<String, Proposal> proposals = byLog.get(logId);
        if (proposals == null) {
            return Optional.empty();
        }
        synchronized (proposals) {
            return Optional.ofNullable(proposals.get(proposalId));
        }
    }

    /** The event was purged: nothing of it stays here. */
    @Override
    public void forget(String logId) {
        byLog.remove(logId);
    }
}
